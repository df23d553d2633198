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
 * @param absoluteRate how the experiment normalised its absolute reactor rate, for a prediction
 *     built from the reactor history rather than from a published no-oscillation spectrum; null
 *     when the dataset does not say
 */
public record ReactorSpectrum(
    Metadata meta,
    Values binEdges,
    Detector detector,
    List<Period> periods,
    List<Systematic> systematics,
    Reactors reactors,
    String fluxModel,
    Map<String, Double> fissionFractions,
    AbsoluteRate absoluteRate)
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

  /** A spectrum without absolute-rate information. */
  public ReactorSpectrum(
      Metadata meta,
      Values binEdges,
      Detector detector,
      List<Period> periods,
      List<Systematic> systematics,
      Reactors reactors,
      String fluxModel,
      Map<String, Double> fissionFractions) {
    this(
        meta,
        binEdges,
        detector,
        periods,
        systematics,
        reactors,
        fluxModel,
        fissionFractions,
        null);
  }

  /** The same spectrum with other metadata (toys, Asimov data). */
  public ReactorSpectrum withMeta(Metadata m) {
    return new ReactorSpectrum(
        m,
        binEdges,
        detector,
        periods,
        systematics,
        reactors,
        fluxModel,
        fissionFractions,
        absoluteRate);
  }

  /** The same spectrum with other periods (e.g. other observed counts). */
  public ReactorSpectrum withPeriods(List<Period> p) {
    return new ReactorSpectrum(
        meta,
        binEdges,
        detector,
        p,
        systematics,
        reactors,
        fluxModel,
        fissionFractions,
        absoluteRate);
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
   * @param efficiency selection efficiency against prompt energy, or null when the published
   *     no-oscillation column already carries it
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
      List<Background> backgrounds,
      Efficiency efficiency) {
    public Period {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(observed, "observed");
      backgrounds = Checks.list(backgrounds, "backgrounds");
    }

    /** A period without an efficiency curve. */
    public Period(
        String name,
        LocalDate start,
        LocalDate end,
        double livetime,
        Double exposure,
        Values observed,
        Values noOscillation,
        Values referenceBestFit,
        List<Background> backgrounds) {
      this(
          name,
          start,
          end,
          livetime,
          exposure,
          observed,
          noOscillation,
          referenceBestFit,
          backgrounds,
          null);
    }

    /** The same period with other observed counts. */
    public Period withObserved(Values counts) {
      return new Period(
          name,
          start,
          end,
          livetime,
          exposure,
          counts,
          noOscillation,
          referenceBestFit,
          backgrounds,
          efficiency);
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

  /**
   * A selection efficiency tabulated against prompt energy, linear between the points and constant
   * beyond the ends.
   *
   * @param energies prompt energies in MeV, strictly increasing
   * @param values efficiencies in [0, 1]
   */
  public record Efficiency(Values energies, Values values) {
    public Efficiency {
      Objects.requireNonNull(energies, "energies");
      Objects.requireNonNull(values, "values");
      Checks.sameLength("efficiency values", energies.size(), values);
      if (energies.size() < 2) {
        throw new IllegalArgumentException("an efficiency curve needs at least 2 points");
      }
    }

    /** The efficiency at prompt energy e (MeV). */
    public double at(double e) {
      int n = energies.size();
      if (e <= energies.get(0)) {
        return values.get(0);
      }
      if (e >= energies.get(n - 1)) {
        return values.get(n - 1);
      }
      int lo = 0;
      int hi = n - 1;
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (energies.get(mid) <= e) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      double f = (e - energies.get(lo)) / (energies.get(hi) - energies.get(lo));
      return values.get(lo) + f * (values.get(hi) - values.get(lo));
    }
  }

  /**
   * How the experiment normalised its absolute reactor rate.
   *
   * @param anchor a measured IBD yield per fission the flux model's rate is scaled to, or null to
   *     use the flux model's own absolute prediction
   * @param longLivedFactor factor for long-lived fission products (non-equilibrium, spent fuel) not
   *     in the flux model, 1 when not applied
   */
  public record AbsoluteRate(Anchor anchor, double longLivedFactor) {
    public AbsoluteRate {
      if (!(longLivedFactor > 0) || !Double.isFinite(longLivedFactor)) {
        throw new IllegalArgumentException(
            "long-lived factor must be positive, got " + longLivedFactor);
      }
    }
  }

  /**
   * A measured IBD yield per fission and the fission fractions it was measured at. The prediction
   * uses σ_f = σ_anchor + Σ_k (f_k − f_k^anchor) σ_k^model (the anchor corrected to the
   * experiment's fuel with the model's per-isotope yields).
   *
   * @param crossSectionPerFission σ_f in cm² per fission
   * @param source who measured it (a citation)
   */
  public record Anchor(
      double crossSectionPerFission, Map<String, Double> fissionFractions, String source) {
    public Anchor {
      Objects.requireNonNull(source, "source");
      fissionFractions = Checks.orderedMap(fissionFractions, "fissionFractions");
      if (!(crossSectionPerFission > 0)) {
        throw new IllegalArgumentException(
            "cross section per fission must be positive, got " + crossSectionPerFission);
      }
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
