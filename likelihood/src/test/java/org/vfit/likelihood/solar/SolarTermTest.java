package org.vfit.likelihood.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Interpolation;
import org.vfit.likelihood.Likelihoods;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.solar.SolarFluxComponent;

class SolarTermTest {
  private static final List<String> ALL_SOLAR =
      List.of(
          "homestake", "gallium", "sno-polynomial", "superk", "borexino", "borexino-7be-day-night");

  /** One term over all solar data, shared: its night tables fill lazily and are reused. */
  private static final SolarTerm ALL = (SolarTerm) Likelihoods.terms(ALL_SOLAR).get(0);

  private static SolarTerm term(List<String> names) {
    return names.equals(ALL_SOLAR) ? ALL : (SolarTerm) Likelihoods.terms(names).get(0);
  }

  private static MixingParameters point(double dm21, double s12) {
    return MixingParameters.ofSin2(dm21, 2.5e-3, s12, 0.022, 0.5, 0);
  }

  @Test
  void modelDayNightAsymmetryReproducesSuperKsExpectedCurve() {
    // Super-K publishes its own expected A_DN versus Δm²₂₁ (digitised curve in superk-day-night).
    // Ours: B16 production, adiabatic MSW, PREM, computed Kamioka exposure, BKS elastic scattering
    // over recoil energies ≥ 4.49 MeV. Measured agreement at sin²θ12 = 0.31: 0.1–0.9 % for
    // 4e-5 … 1.5e-4 eV²; 3 % allows for the digitisation and SK's own detector response.
    SolarTerm sk = term(List.of("superk-day-night"));
    DayNight data = Datasets.load("superk-day-night", DayNight.class);
    for (double dm : new double[] {4e-5, 6.1e-5, 7.5e-5, 1e-4, 1.5e-4}) {
      double model = sk.expected(point(dm, 0.31), 1.0).get(0).get(0);
      double expected =
          Interpolation.linear(data.curve().expectedDm2(), data.curve().expected(), dm);
      assertEquals(expected, model, 0.03 * Math.abs(expected), "A_DN at " + dm);
    }
  }

  @Test
  void profiledB8FluxIsTheMinimumOverTheNormalisation() {
    SolarTerm t = term(ALL_SOLAR);
    for (double[] q : new double[][] {{6.2e-5, 0.304}, {7.4e-5, 0.31}, {4e-5, 0.33}}) {
      MixingParameters p = point(q[0], q[1]);
      double f = t.bestB8Flux(p);
      double chi2 = t.chi2(p, new double[0]);
      // χ² is exactly quadratic in f_B (observables linear in it), so the analytic minimum lies
      // below neighbouring values and matches a fine scan to the scan's step (Δf = 1e-3 → Δχ² ~
      // 1e-4).
      assertTrue(chi2 <= t.chi2(p, f + 1e-3) && chi2 <= t.chi2(p, f - 1e-3));
      double scan = Double.POSITIVE_INFINITY;
      for (double g = f - 0.05; g < f + 0.05; g += 1e-3) scan = Math.min(scan, t.chi2(p, g));
      assertEquals(scan, chi2, 1e-3);
    }
  }

  @Test
  void asimovDataHaveZeroChi2AtTheirPoint() {
    SolarTerm t = term(ALL_SOLAR);
    MixingParameters p = point(6.5e-5, 0.31);
    SolarTerm asimov = (SolarTerm) t.asimov(p, new double[0]);
    // Predictions reproduce themselves; the profiled f_B returns to its true value to ~1e-6
    // (the Ga cross-section error scales with the ⁸B contribution, so χ²(f_B) is quadratic only
    // to O(δσ²)): the residual χ² is ≲ 1e-8.
    assertEquals(0.0, asimov.chi2(p, new double[0]), 1e-6);
    assertEquals(t.bestB8Flux(p), asimov.bestB8Flux(p), 1e-6);
    // 9e-5 is ~2.5σ from 6.5e-5 for solar data alone: Δχ² must be several units.
    assertTrue(asimov.chi2(point(9e-5, 0.31), new double[0]) > 2.0, "a different Δm² must cost χ²");
  }

  @Test
  void toysAreReproducibleAndScatter() {
    SolarTerm t = term(List.of("sno-polynomial", "borexino"));
    MixingParameters p = point(6.5e-5, 0.31);
    double a = t.toy(p, new double[0], new java.util.SplittableRandom(7)).chi2(p, new double[0]);
    double b = t.toy(p, new double[0], new java.util.SplittableRandom(7)).chi2(p, new double[0]);
    double c = t.toy(p, new double[0], new java.util.SplittableRandom(8)).chi2(p, new double[0]);
    assertEquals(a, b, 0.0);
    assertTrue(a > 0 && c > 0 && a != c);
  }

  @Test
  void galliumCrossSectionAveragesMatchBahcall() {
    SolarPhysics physics = new SolarPhysics(SolarOptions.defaults());
    CrossSection ga = Datasets.load("ga71-capture", CrossSection.class);
    // pp: SOURCES.md gives 11.85e-46 cm² for the Bahcall pp spectrum with σ continued at its first
    // tabulated value down to threshold (what CrossSection.at does): same inputs, so 0.5 %.
    assertEquals(11.85e-46, average(physics.grid(SolarFluxComponent.PP), ga), 0.005 * 11.85e-46);
    // ⁸B: Bahcall 1997 quotes 2.40e-42 cm² for Bahcall's ⁸B spectrum; the Winter 2006 spectrum
    // used here is harder (mean 6.77 vs 6.735 MeV) and σ_Ga rises steeply with E — measured
    // 2.455e-42 (+2.3 %). 3 % accepts that difference and nothing larger.
    assertEquals(2.40e-42, average(physics.grid(SolarFluxComponent.B8), ga), 0.03 * 2.40e-42);
  }

  private static double average(EnergyGrid g, CrossSection xs) {
    double avg = 0, norm = 0;
    for (int k = 0; k < g.size(); k++) {
      avg += g.weight()[k] * xs.at(g.energyMeV()[k]);
      norm += g.weight()[k];
    }
    return avg / norm;
  }

  @Test
  void unoscillatedSuperKPredictionIsTheMonteCarloRescaledToTheSolarModel() {
    // With P_ee = 1 (θ12 = θ13 = 0) the ratio to the MC is 1 for every bin, so the prediction is
    // the MC rate × Φ_B16(⁸B)/5.25e6 (+ hep likewise), to the kernel quadrature (1e-9).
    SolarTerm t = term(List.of("superk"));
    MixingParameters noOsc = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0, 0, 0.5, 0);
    double[] pred = t.expected(noOsc, 1.0).get(0).toArray();
    org.vfit.datasets.model.RecoilSpectrum sk =
        Datasets.load("superk", org.vfit.datasets.model.RecoilSpectrum.class);
    for (int i = 0; i < pred.length; i++) {
      var row = sk.rows().get(i);
      double expected = row.expected8B() * 5.46e6 / 5.25e6 + row.expectedHep() * 7.98e3 / 7.88e3;
      assertEquals(expected, pred[i], 1e-9 * expected, "row " + i);
    }
  }
}
