package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * Day–night asymmetries of a solar signal, optionally with the published dependence of the fitted
 * asymmetry on the Δm²₂₁ assumed in the amplitude fit (Super-K fits the amplitude of the expected
 * zenith variation, so its A_DN is quoted as a function of Δm²₂₁).
 */
public record DayNight(
    Metadata meta,
    AsymmetryConvention convention,
    List<Asymmetry> asymmetries,
    AmplitudeCurve curve,
    List<String> phases)
    implements Dataset {

  /**
   * @param phases the detector's data-taking phases whose events the asymmetries use (e.g. {@code
   *     SK-I}…{@code SK-IV}); empty when not stated. A spectrum of one of these phases split by
   *     zenith angle carries part of the same day–night information.
   */
  public DayNight {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(convention, "convention");
    asymmetries = Checks.list(asymmetries, "asymmetries");
    phases = phases == null ? List.of() : Checks.list(phases, "phases");
  }

  /** Asymmetries without phases. */
  public DayNight(
      Metadata meta,
      AsymmetryConvention convention,
      List<Asymmetry> asymmetries,
      AmplitudeCurve curve) {
    this(meta, convention, asymmetries, curve, List.of());
  }

  /**
   * One asymmetry (a fraction, not percent).
   *
   * @param referenceDm2 Δm²₂₁ (eV²) at which an amplitude-fit value is quoted, or null
   */
  public record Asymmetry(
      String id,
      double value,
      Uncertainty stat,
      Uncertainty syst,
      Observable observable,
      Double referenceDm2) {
    public Asymmetry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(stat, "stat");
      Objects.requireNonNull(observable, "observable");
    }

    public Uncertainty uncertainty() {
      return syst == null ? stat : stat.combine(syst);
    }
  }

  /**
   * The fitted asymmetry and its 1σ band versus the Δm²₂₁ (eV²) assumed in the fit, and the
   * expected asymmetry on its own grid (it is drawn only where it lies inside the figure).
   */
  public record AmplitudeCurve(
      Values dm2, Values fit, Values low, Values high, Values expectedDm2, Values expected) {
    public AmplitudeCurve {
      Objects.requireNonNull(dm2, "dm2");
      Checks.sameLength("fit", dm2.size(), Objects.requireNonNull(fit, "fit"));
      Checks.sameLength("low", dm2.size(), Objects.requireNonNull(low, "low"));
      Checks.sameLength("high", dm2.size(), Objects.requireNonNull(high, "high"));
      Objects.requireNonNull(expectedDm2, "expectedDm2");
      Checks.sameLength(
          "expected", expectedDm2.size(), Objects.requireNonNull(expected, "expected"));
    }

    /** The fitted asymmetry at Δm² (eV²), linear between grid points; outside the grid an error. */
    public double fitAt(double dm2Value) {
      return Interpolation.linear(dm2, fit, dm2Value);
    }

    /** Half the 1σ band at Δm² (eV²), linear between grid points. */
    public double sigmaAt(double dm2Value) {
      return 0.5
          * (Interpolation.linear(dm2, high, dm2Value) - Interpolation.linear(dm2, low, dm2Value));
    }
  }

  public Asymmetry asymmetry(String id) {
    return asymmetries.stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no asymmetry " + id + " in " + name()));
  }
}
