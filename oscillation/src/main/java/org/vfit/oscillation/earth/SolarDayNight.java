package org.vfit.oscillation.earth;

import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * Day, night and annual-average ν_e survival of solar neutrinos at a detector, and the day–night
 * asymmetry A_DN = 2(D − N)/(D + N).
 *
 * <p>Mass states leave the Sun incoherently (fractions P_i from {@link SolarSurvival}); by day they
 * are projected on ν_e in vacuum, by night they cross the Earth: P_ee^N = Σ_i P_i P_ie^⊕ with
 * P_1e^⊕ = c₁₃²(1 − ⟨P_2e⟩), P_2e^⊕ = c₁₃²⟨P_2e⟩, P_3e^⊕ = s₁₃², the mean taken over the detector's
 * annual nadir exposure ({@link NightRegeneration}). Thread-safe after construction.
 */
public final class SolarDayNight {
  /**
   * Night bins of cos η used by default: the exposure quadrature then leaves ±1e-4 wiggles in the
   * night-mean P(ν₂ → ν_e) as a function of energy (±1e-3 at 100 bins; measured against 1600).
   */
  public static final int DEFAULT_NADIR_BINS = 400;

  /**
   * Probabilities at one energy.
   *
   * @param day P_ee with the Sun above the horizon
   * @param night exposure-weighted P_ee with the Sun below the horizon
   * @param average annual mean (day and night weighted by their exposure fractions)
   * @param adn 2(D − N)/(D + N)
   */
  public record Result(double day, double night, double average, double adn) {}

  private final SolarSurvival sun;
  private final NightRegeneration table;

  public SolarDayNight(SolarSurvival sun, NightRegeneration table) {
    this.sun = sun;
    this.table = table;
  }

  /**
   * For a detector (PREM, continental crust): with {@code tabulated} the night regeneration is
   * precomputed over all E/Δm² and θ₁₂ (a few seconds, then ~100 ns per call: for fits); without,
   * it is evaluated directly (~0.1 ms per call: for a handful of energies).
   */
  public static SolarDayNight forDetector(
      SolarSurvival sun, Detector detector, int nadirBins, boolean tabulated) {
    NadirExposure ex = NadirExposure.compute(detector, nadirBins);
    EarthModel earth = EarthModel.premContinental();
    NightRegeneration night =
        tabulated
            ? NightRegenerationTable.build(earth, ex, EarthChord.DEFAULT_MAX_SLAB_KM)
            : NightRegeneration.direct(earth, ex, EarthChord.DEFAULT_MAX_SLAB_KM);
    return new SolarDayNight(sun, night);
  }

  public Detector detector() {
    return table.exposure().detector();
  }

  public SolarSurvival sun() {
    return sun;
  }

  /** Day, night, average P_ee and A_DN for a component at an energy. */
  public Result probabilities(SolarFluxComponent c, double energyMeV, MixingParameters p) {
    double[] out = new double[2];
    dayNight(c, energyMeV, p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), new double[3], out);
    NadirExposure ex = table.exposure();
    double d = out[0], n = out[1];
    double avg =
        (d * ex.dayFraction() + n * ex.nightFraction()) / (ex.dayFraction() + ex.nightFraction());
    return new Result(d, n, avg, 2 * (d - n) / (d + n));
  }

  /**
   * Allocation-free core: {@code out[0]} = day P_ee, {@code out[1]} = night P_ee; {@code work}
   * (length 3) receives the solar mass fractions.
   */
  public void dayNight(
      SolarFluxComponent c,
      double energyMeV,
      double dm21EV2,
      double dm31EV2,
      double theta12,
      double theta13,
      double[] work,
      double[] out) {
    sun.massFractions(c, energyMeV, dm21EV2, dm31EV2, theta12, theta13, work);
    double s13 = Math.sin(theta13), c13 = Math.cos(theta13);
    double s12 = Math.sin(theta12), c12 = Math.cos(theta12);
    double c13sq = c13 * c13, s13sq = s13 * s13;
    double p2e = table.meanP2e(energyMeV, dm21EV2, theta12, c13sq);
    out[0] = work[0] * c13sq * c12 * c12 + work[1] * c13sq * s12 * s12 + work[2] * s13sq;
    out[1] = work[0] * c13sq * (1 - p2e) + work[1] * c13sq * p2e + work[2] * s13sq;
  }

  /** Fraction of the annual exposure by day. */
  public double dayFraction() {
    return table.exposure().dayFraction();
  }
}
