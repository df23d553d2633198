package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * What a summary measurement measures, in enough detail to predict it.
 *
 * @param source the solar neutrino source ({@link #SOURCES}), {@code all} for a radiochemical rate
 * @param target detecting nucleus or particle, e.g. {@code 37Cl}, {@code 71Ga}, {@code e}, {@code
 *     d}
 * @param process {@code CC}, {@code NC} or {@code ES}
 * @param threshold neutrino-energy threshold in MeV, or null
 * @param energy representative neutrino energy in MeV (where a P_ee point is plotted), or null
 * @param window the detected-energy window, or null
 * @param response name of the dataset that holds the detector response (e.g. a cross section), or
 *     null
 */
public record Observable(
    Quantity quantity,
    String source,
    String target,
    String process,
    Double threshold,
    Double energy,
    EnergyWindow window,
    String response,
    String description) {

  /** Solar neutrino sources; {@code CNO} = 13N + 15O + 17F, {@code all} = every source. */
  public static final List<String> SOURCES =
      List.of("pp", "pep", "hep", "7Be", "8B", "13N", "15O", "17F", "CNO", "all");

  public static final List<String> PROCESSES = List.of("CC", "NC", "ES");

  public Observable {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(source, "source");
  }

  /** The measured quantity; it fixes the unit of the value. */
  public enum Quantity implements Term {
    /** Radiochemical capture rate, SNU (1e-36 captures per target atom per second). */
    CAPTURE_RATE("capture-rate", "SNU"),
    /** Elastic-scattering interaction rate, counts per day per 100 t. */
    INTERACTION_RATE("interaction-rate", "cpd/100t"),
    /** Neutrino flux at Earth, cm⁻² s⁻¹. */
    FLUX("flux", "cm^-2 s^-1"),
    /** ν_e survival probability. */
    SURVIVAL_PROBABILITY("survival-probability", "dimensionless"),
    /** Day–night asymmetry (a fraction, not percent). */
    DAY_NIGHT_ASYMMETRY("day-night-asymmetry", "dimensionless");

    private final String id;
    private final String unit;

    Quantity(String id, String unit) {
      this.id = id;
      this.unit = unit;
    }

    @Override
    public String id() {
      return id;
    }

    /** The only unit a file may give for a value of this quantity. */
    public String unit() {
      return unit;
    }
  }

  /** A detected-energy window [min, max] in MeV; {@code max} null means open above. */
  public record EnergyWindow(EnergyVariable variable, double min, Double max) {
    public EnergyWindow {
      Objects.requireNonNull(variable, "variable");
    }
  }
}
