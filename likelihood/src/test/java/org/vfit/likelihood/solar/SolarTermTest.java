package org.vfit.likelihood.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Interpolation;
import org.vfit.datasets.model.SolarSpectrum;
import org.vfit.datasets.model.Values;
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
  void toysAreReproducibleAndScatterAsChiSquareWithOneDegreeOfFreedomPerDatum() {
    SolarTerm t = term(List.of("sno-polynomial", "borexino"));
    MixingParameters p = point(6.5e-5, 0.31);
    assertEquals(toyChi2(t, p, 7), toyChi2(t, p, 7), 0.0, "same generator, same toy");
    // At the true point a toy's χ² is a sum of squares of Gaussian draws: the N data and the drawn
    // prior centre of f_B, less the one f_B fitted (every observable is linear in f_B), so it
    // follows χ²(N): mean N, variance 2N.
    int n = t.dataPoints();
    int toys = 400;
    double sum = 0, sumSq = 0;
    for (int k = 0; k < toys; k++) {
      double c = toyChi2(t, p, 1000 + k);
      sum += c;
      sumSq += c * c;
    }
    double mean = sum / toys;
    double variance = (sumSq - toys * mean * mean) / (toys - 1);
    // 4 standard errors of the sample mean (√(2N/M)) and of the sample variance (√((μ₄ − σ⁴)/M)
    // with the central moment μ₄ = 12N(N + 4) of χ²(N)): a real bias in the toys fails.
    assertEquals(n, mean, 4 * Math.sqrt(2.0 * n / toys), "mean toy chi2");
    double varianceError = Math.sqrt((12.0 * n * (n + 4) - 4.0 * n * n) / toys);
    assertEquals(2.0 * n, variance, 4 * varianceError, "variance of toy chi2");
  }

  private static double toyChi2(SolarTerm t, MixingParameters p, long seed) {
    return t.toy(p, new double[0], new java.util.SplittableRandom(seed)).chi2(p, new double[0]);
  }

  @Test
  void galliumCrossSectionAveragesMatchBahcallAndTheDirectIntegral() {
    SolarPhysics physics = new SolarPhysics(SolarOptions.defaults());
    CrossSection ga = Datasets.load("ga71-capture", CrossSection.class);
    // pp: SOURCES.md gives 11.85e-46 cm² for the Bahcall pp spectrum with σ continued at its first
    // tabulated value down to threshold (what CrossSection.at does). Same inputs, so the only
    // difference allowed is the rounding of the quoted number to four digits.
    assertEquals(11.85e-46, average(physics.grid(SolarFluxComponent.PP), ga), 0.005e-46);
    // ⁸B: the grid the solar term integrates on (oscillation's Winter 2006 spectrum) against the
    // trapezoid integral over the datasets' own copy of that spectrum: the same sum, so only
    // round-off (1e-12 relative). Bahcall's published 2.40e-42 cm² is for his softer 1996
    // spectrum; BundledNumbersTest checks it (through SOURCES.md's 2.41e-42 with this σ table).
    double direct = trapezoidAverage(ga, Datasets.load("solar-spectrum-8b", SolarSpectrum.class));
    assertEquals(direct, average(physics.grid(SolarFluxComponent.B8), ga), 1e-12 * direct);
  }

  /** ∫λσ dE / ∫λ dE by the trapezoid rule on the spectrum's own tabulation. */
  private static double trapezoidAverage(CrossSection xs, SolarSpectrum s) {
    Values e = s.energy(), d = s.density();
    double num = 0, den = 0;
    for (int i = 1; i < e.size(); i++) {
      double de = e.get(i) - e.get(i - 1);
      num += 0.5 * (d.get(i) * xs.at(e.get(i)) + d.get(i - 1) * xs.at(e.get(i - 1))) * de;
      den += 0.5 * (d.get(i) + d.get(i - 1)) * de;
    }
    return num / den;
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
