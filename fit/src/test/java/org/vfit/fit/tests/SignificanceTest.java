package org.vfit.fit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.Levels;

/** p-values, σ and Δχ² levels against closed forms. */
class SignificanceTest {

  @Test
  void wilksPValuesMatchClosedForms() {
    for (double x : new double[] {0.1, 1, 4, 9, 25, 100, 600}) {
      // χ²(1): P = erfc(√(x/2)); χ²(2): P = e^{−x/2}; χ²(3): erfc(√(x/2)) + √(2x/π) e^{−x/2}.
      // Relative 1e-12: the regularised Γ's continued fraction converges to ~1e-15.
      assertRel(Erf.erfc(Math.sqrt(x / 2)), Significance.pValue(x, 1), 1e-12, "dof 1 at " + x);
      assertRel(Math.exp(-x / 2), Significance.pValue(x, 2), 1e-12, "dof 2 at " + x);
      assertRel(
          Erf.erfc(Math.sqrt(x / 2)) + Math.sqrt(2 * x / Math.PI) * Math.exp(-x / 2),
          Significance.pValue(x, 3),
          1e-12,
          "dof 3 at " + x);
    }
    assertEquals(1.0, Significance.pValue(0, 2));
    assertEquals(1.0, Significance.pValue(-1e-9, 2), "a convergence-noise negative chi2 is p = 1");
  }

  @Test
  void sigmaIsTheTwoSidedGaussianQuantileDownToTinyPValues() {
    // The textbook anchors: 3σ ↔ 0.26998%, 5σ ↔ 5.7330e-7 (two-sided), to the digits quoted.
    assertEquals(3.0, Significance.sigma(0.0026997960632601866), 1e-12);
    assertEquals(5.0, Significance.sigma(5.733031437583878e-7), 1e-12);
    for (double s : new double[] {1e-3, 0.1, 0.5, 1, 2, 3, 5, 8, 13, 20, 30, 37}) {
      double p = Significance.pValueOfSigma(s);
      // Round trip to 1e-10 relative: erfc is accurate to ~1e-15 relative even at 1e-300,
      // and dσ/dp amplifies that by 1/(σ²) at most.
      assertRel(s, Significance.sigma(p), 1e-10, "round trip at " + s + " sigma (p = " + p + ")");
    }
    assertEquals(0.0, Significance.sigma(1.0));
    assertEquals(Double.POSITIVE_INFINITY, Significance.sigma(0.0));
    assertThrows(IllegalArgumentException.class, () -> Significance.sigma(1.5));
  }

  @Test
  void binomialErrorIsSqrtPqOverN() {
    assertEquals(Math.sqrt(0.25 * 0.75 / 400), Significance.binomialError(100, 400), 1e-17);
    assertEquals(0.0, Significance.binomialError(0, 10));
  }

  @Test
  void contourLevelsAreTheQuotedOnes() {
    double[] l = Levels.contourLevels();
    // The published rounding: 2.30, 6.18, 11.83 for two parameters.
    assertEquals(2.30, l[0], 0.005);
    assertEquals(6.18, l[1], 0.005);
    assertEquals(11.83, l[2], 0.005);
    // Exactly: −2 ln(1 − 0.682689492) = 2.295748928898636.
    assertEquals(2.295748928898636, l[0], 1e-12);
    assertEquals(1.0, Levels.deltaChi2(1, 1));
    assertEquals(9.0, Levels.deltaChi2(1, 3));
    // Three parameters, 1σ: the χ²(3) quantile at 68.27% is 3.5267 (PDG statistics review, Table
    // 40.2).
    assertEquals(3.5267, Levels.deltaChi2(3, 1), 1e-4);
  }

  private static void assertRel(double expected, double actual, double tol, String what) {
    double rel = Math.abs(actual - expected) / Math.abs(expected);
    if (!(rel <= tol)) {
      throw new AssertionError(
          what + ": expected " + expected + ", got " + actual + " (relative " + rel + ")");
    }
  }
}
