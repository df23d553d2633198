package org.vfit.likelihood.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.vfit.likelihood.Likelihoods;
import org.vfit.oscillation.MixingParameters;

/**
 * Super-K's spectra: each phase's zenith rows counted once, and the energy-correlated systematics
 * profiled exactly.
 */
class SuperKSpectrumExperimentTest {

  private static SolarTerm term(String... names) {
    return (SolarTerm) Likelihoods.terms(List.of(names)).get(0);
  }

  private static SuperKSpectrumExperiment superK(SolarTerm t) {
    for (SolarExperiment e : t.experiments()) {
      if (e instanceof SuperKSpectrumExperiment s) {
        return s;
      }
    }
    throw new AssertionError("no Super-K experiment in " + t.datasetNames());
  }

  private static MixingParameters point(double dm21, double s12) {
    return MixingParameters.ofSin2(dm21, 2.5e-3, s12, 0.022, 0.5, 0);
  }

  @Test
  void skIvDayAndNightRowsCombineToThePublishedAllZenithRates() throws Exception {
    // With the I–IV amplitude present, SK-IV's day and night rows are merged by inverse-variance
    // weights (∝ exposure). Super-K publishes the all-zenith rates as well (test resource): the
    // merge must reproduce them. Published rates carry 3–4 significant digits and the day/night
    // errors 2–3, which moves a merged rate by up to ~0.12σ; 0.2σ allows that rounding and
    // nothing more (a wrong weighting, e.g. equal weights, misses by up to 0.5σ in the low bins).
    SolarTerm t = term("superk", "superk-day-night");
    double[][] rows = superK(t).observedRows();
    List<double[]> published = published();
    assertEquals(published.size(), rows[0].length);
    for (int i = 0; i < published.size(); i++) {
      double[] p = published.get(i);
      double sigma = 0.5 * (p[1] + p[2]);
      assertEquals(p[0], rows[0][i], 0.2 * sigma, "bin " + i);
    }
    assertTrue(
        t.notes().stream().anyMatch(n -> n.contains("superk (SK-IV)")), t.notes().toString());
  }

  @Test
  void withoutAnAmplitudeTheZenithRowsStaySplit() {
    SolarTerm t = term("superk");
    assertEquals(46, superK(t).dataPoints());
    assertTrue(t.notes().isEmpty(), t.notes().toString());
  }

  @Test
  void amplitudeOfAnotherPhaseLeavesSkIvSplit() {
    // The SK-I–III amplitude carries SK-I..III only: SK-IV's day/night spectra stay as published,
    // SK-II's rows (SK-I–III) are merged.
    SolarTerm t = term("superk", "superk-ii", "superk-i-iii-day-night");
    SuperKSpectrumExperiment sk = superK(t);
    assertTrue(!sk.merges("SK-IV") && sk.merges("SK-II"));
    // 46 SK-IV rows + 17 SK-II energy bins (7.0–7.5 MeV is all-zenith already).
    assertEquals(46 + 17, sk.dataPoints());
  }

  @Test
  void overlappingDatasetsAreRefusedByName() {
    IllegalArgumentException a =
        assertThrows(
            IllegalArgumentException.class, () -> term("superk-day-night", "superk-iv-day-night"));
    assertTrue(
        a.getMessage().contains("superk-day-night")
            && a.getMessage().contains("superk-iv-day-night")
            && a.getMessage().contains("SK-IV"),
        a.getMessage());
    IllegalArgumentException b =
        assertThrows(IllegalArgumentException.class, () -> term("superk-i", "superk-i-spectrum"));
    assertTrue(b.getMessage().contains("SK-I"), b.getMessage());
  }

  @Test
  void profiledSystematicsEqualTheCovarianceForm() {
    // Pull method ≡ covariance method (Fogli et al., PRD 66, 053010, §III): minimising over the
    // linear nuisances gives rᵀ(W⁻¹ + SSᵀ)⁻¹r. Computed here by an independent route (a full LU
    // inverse of the 100 × 100 covariance); 1e-9 relative is double rounding in both.
    SolarTerm t =
        term("superk-i-spectrum", "superk-ii", "superk-iii", "superk", "superk-day-night");
    SuperKSpectrumExperiment sk = superK(t);
    for (double[] q : new double[][] {{6.1e-5, 0.31}, {4e-5, 0.28}, {1.2e-4, 0.35}}) {
      SolarPoint point = new SolarPoint(t.physics(), point(q[0], q[1]));
      for (double fB : new double[] {0.9, 1.0, 1.1}) {
        SuperKSpectrumExperiment.LinearForm f = sk.linearForm(point, fB);
        int n = f.residual().length;
        RealMatrix v = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            double c = i == j ? f.variance()[i] : 0;
            for (int a = 0; a < f.s()[i].length; a++) {
              c += f.s()[i][a] * f.s()[j][a];
            }
            v.setEntry(i, j, c);
          }
        }
        RealVector r = new ArrayRealVector(f.residual());
        double expected = r.dotProduct(new LUDecomposition(v).getSolver().solve(r));
        double got = sk.chi2(point, fB);
        assertEquals(expected, got, 1e-9 * expected, "at " + q[0] + ", f_B " + fB);
      }
    }
    // One 8B-shape nuisance for all four phases, energy scale and resolution per phase: 1 + 2·4.
    assertEquals(9, sk.nuisances().size());
    assertEquals("superk-8b-spectrum-shape", sk.nuisances().get(0));
  }

  @Test
  void correlatedSystematicsOnlyEverLowerTheChi2() {
    // Profiling adds freedom: χ² with the nuisances ≤ the χ² of the same rows without them (the
    // covariance only grows), and strictly lower somewhere in the LMA region.
    SolarTerm t = term("superk");
    SuperKSpectrumExperiment sk = superK(t);
    SolarPoint point = new SolarPoint(t.physics(), point(7.5e-5, 0.31));
    SuperKSpectrumExperiment.LinearForm f = sk.linearForm(point, 1.0);
    double plain = 0;
    for (int i = 0; i < f.residual().length; i++) {
      plain += f.residual()[i] * f.residual()[i] / f.variance()[i];
    }
    double profiled = sk.chi2(point, 1.0);
    assertTrue(profiled < plain, profiled + " vs " + plain);
  }

  private static List<double[]> published() throws Exception {
    List<double[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                SuperKSpectrumExperimentTest.class.getResourceAsStream("superk-iv-all-zenith.csv"),
                StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split(",");
        out.add(
            new double[] {
              Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4])
            });
      }
    }
    return out;
  }
}
