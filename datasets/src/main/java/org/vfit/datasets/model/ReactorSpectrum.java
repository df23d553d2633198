package org.vfit.datasets.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A binned prompt-energy spectrum of reactor ν̄_e inverse beta decay (KamLAND, JUNO style), with
 * everything a prediction needs: backgrounds, detector resolution, systematics, the reactor tables
 * and flux model to use (by dataset name) and the fission fractions.
 *
 * <p>A data set may be split into periods with their own live time, counts and backgrounds (KamLAND
 * 2013); all periods share the binning.
 *
 * @param binEdges prompt-energy bin edges in MeV (one more than the number of bins)
 * @param fissionFractions fraction of fissions per isotope ({@code U235, U238, Pu239, Pu241})
 */
public record ReactorSpectrum(
    Metadata meta,
    Values binEdges,
    Detector detector,
    List<Period> periods,
    List<Systematic> systematics,
    Reactors reactors,
    String fluxModel,
    Map<String, Double> fissionFractions)
    implements Dataset {

  /** Isotopes whose fission fractions a file must give, in this order. */
  public static final List<String> ISOTOPES = List.of("U235", "U238", "Pu239", "Pu241");

  public ReactorSpectrum {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(binEdges, "binEdges");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(reactors, "reactors");
    Objects.requireNonNull(fluxModel, "fluxModel");
    periods = Checks.list(periods, "periods");
    systematics = Checks.list(systematics, "systematics");
    fissionFractions = Checks.orderedMap(fissionFractions, "fissionFractions");
    int bins = binEdges.size() - 1;
    for (Period p : periods) {
      Checks.sameLength(p.name() + " observed", bins, p.observed());
      Checks.sameLength(p.name() + " no-oscillation", bins, p.noOscillation());
      Checks.sameLength(p.name() + " best fit", bins, p.referenceBestFit());
      for (Background b : p.backgrounds()) {
        Checks.sameLength(p.name() + " " + b.name(), bins, b.expected());
      }
    }
  }

  public int binCount() {
    return binEdges.size() - 1;
  }

  public Period period(String name) {
    return periods.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no period " + name + " in " + name()));
  }

  /**
   * Detector response.
   *
   * @param resolution σ_E/E at 1 MeV of a stochastic resolution σ_E = resolution·√(E/MeV)
   * @param promptEnergyShift E_ν − E_prompt in MeV with the neutron recoil neglected (Δ − m_e)
   * @param targetProtons number of free target protons, or null when only the exposure is known
   */
  public record Detector(double resolution, double promptEnergyShift, Double targetProtons) {}

  /**
   * One data-taking period.
   *
   * @param livetime live time in days
   * @param exposure target-proton-years, or null
   * @param observed observed candidates per bin
   * @param noOscillation published expected reactor events without oscillation, or null
   * @param referenceBestFit published reactor events at the collaboration's best fit, or null (for
   *     checking a prediction, not for fitting)
   */
  public record Period(
      String name,
      LocalDate start,
      LocalDate end,
      double livetime,
      Double exposure,
      Values observed,
      Values noOscillation,
      Values referenceBestFit,
      List<Background> backgrounds) {
    public Period {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(observed, "observed");
      backgrounds = Checks.list(backgrounds, "backgrounds");
    }

    public Background background(String name) {
      return backgrounds.stream()
          .filter(b -> b.name().equals(name))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("no background " + name + " in " + this.name));
    }

    /** Sum of all background expectations per bin. */
    public Values totalBackground() {
      double[] sum = new double[observed.size()];
      for (Background b : backgrounds) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += b.expected().get(i);
        }
      }
      return Values.of(sum);
    }
  }

  /** A background component: its expected events per bin and how its normalisation may vary. */
  public record Background(String name, Values expected, Normalisation normalisation) {
    public Background {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(normalisation, "normalisation");
    }

    /** The 1σ fractional normalisation uncertainty, or 0 for a fixed or free component. */
    public double fractionalUncertainty() {
      return normalisation.fractional(expected.sum());
    }
  }

  /**
   * How a background normalisation is treated: {@code fixed}, {@code free}, or {@code constrained}
   * with a 1σ uncertainty given either as a fraction ({@code sigma}) or in events on the total
   * ({@code uncertainty}).
   */
  public record Normalisation(Treatment treatment, Double sigma, Double uncertainty) {
    public Normalisation {
      Objects.requireNonNull(treatment, "treatment");
      boolean constrained = treatment == Treatment.CONSTRAINED;
      if (constrained && (sigma == null) == (uncertainty == null)) {
        throw new IllegalArgumentException(
            "a constrained normalisation needs sigma or uncertainty");
      }
      if (!constrained && (sigma != null || uncertainty != null)) {
        throw new IllegalArgumentException(treatment.id() + " normalisation takes no uncertainty");
      }
    }

    public static Normalisation fixed() {
      return new Normalisation(Treatment.FIXED, null, null);
    }

    public static Normalisation free() {
      return new Normalisation(Treatment.FREE, null, null);
    }

    double fractional(double total) {
      if (treatment != Treatment.CONSTRAINED) {
        return 0;
      }
      return sigma != null ? sigma : uncertainty / total;
    }
  }

  /** Normalisation treatments. */
  public enum Treatment implements Term {
    FIXED("fixed"),
    CONSTRAINED("constrained"),
    FREE("free");

    private final String id;

    Treatment(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  /**
   * A Gaussian systematic: a fractional 1σ on the reactor rate or on the energy scale.
   *
   * @param periods the periods it applies to; empty means all
   */
  public record Systematic(String name, SystematicType type, double sigma, List<String> periods) {
    public Systematic {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      periods = Checks.list(periods, "periods");
    }

    public boolean appliesTo(String period) {
      return periods.isEmpty() || periods.contains(period);
    }
  }

  /** Systematic kinds a reactor fit knows how to apply. */
  public enum SystematicType implements Term {
    /** Fully correlated normalisation of the reactor signal (flux, cross section, volume...). */
    RATE_NORMALISATION("rate-normalisation"),
    /** Linear scale of the prompt energy. */
    ENERGY_SCALE("energy-scale");

    private final String id;

    SystematicType(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  /**
   * The reactor tables (names of {@link ReactorBaselines} or {@link ReactorUnits} datasets) that
   * can model the flux, the default first-choice one, and the fraction of reactor events from
   * reactors outside the tables (null when not known).
   */
  public record Reactors(List<String> tables, String defaultTable, Double otherReactorsFraction) {
    public Reactors {
      tables = Checks.list(tables, "tables");
      Objects.requireNonNull(defaultTable, "defaultTable");
      if (!tables.contains(defaultTable)) {
        throw new IllegalArgumentException("default table " + defaultTable + " not in " + tables);
      }
    }
  }
}
