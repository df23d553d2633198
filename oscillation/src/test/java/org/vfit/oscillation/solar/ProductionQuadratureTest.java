package org.vfit.oscillation.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductionQuadratureTest {

  @Test
  void aProductionRegionAtOneDensityGivesOneNodeThere() {
    // Every neutrino born at n = 50 mol/cm³: the measure is a single point, which supports one
    // orthogonal polynomial; the rule is that point with weight 1 (exact), not NaN.
    double[] r = {0.0, 0.1, 0.2, 0.3};
    double[] ne = {50, 50, 50, 50};
    double[] pdf = {0, 1, 1, 0};
    ProductionQuadrature q = ProductionQuadrature.of(r, ne, pdf, 16);
    assertEquals(1, q.size());
    assertEquals(50.0, q.densities()[0], 1e-12);
    assertEquals(1.0, q.weights()[0], 0.0);
  }

  @Test
  void theRuleIntegratesLowPolynomialsOfTheDensityExactly() {
    // n_e = 100 e^{-10 r}, pdf ∝ r²(0.3 − r) on [0, 0.3]: the K-node Gauss rule is exact for
    // polynomials in n of degree < 2K. Compare Σ W n³ with the discretised measure's own moment,
    // computed here by brute force on a fine grid (the rule's measure is the table with ln n_e and
    // pdf linear between radii, so the fine grid follows the same interpolation). The brute force
    // is a midpoint rule with 200 steps per interval, good to ~1e-7 relative for this smooth
    // integrand; 1e-6 leaves room for it, while a rule exact only to degree 2K−1 < 3 would miss by
    // percent.
    int m = 301;
    double[] r = new double[m];
    double[] ne = new double[m];
    double[] pdf = new double[m];
    for (int i = 0; i < m; i++) {
      r[i] = 0.3 * i / (m - 1);
      ne[i] = 100 * Math.exp(-10 * r[i]);
      pdf[i] = r[i] * r[i] * (0.3 - r[i]);
    }
    ProductionQuadrature q = ProductionQuadrature.of(r, ne, pdf, 8);
    double ruleMoment = 0;
    for (int k = 0; k < q.size(); k++) {
      ruleMoment += q.weights()[k] * Math.pow(q.densities()[k], 3);
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < m - 1; i++) {
      int sub = 200;
      for (int j = 0; j < sub; j++) {
        double t = (j + 0.5) / sub;
        double n = Math.exp(Math.log(ne[i]) + (Math.log(ne[i + 1]) - Math.log(ne[i])) * t);
        double w = (pdf[i] + (pdf[i + 1] - pdf[i]) * t) * (r[i + 1] - r[i]) / sub;
        num += w * n * n * n;
        den += w;
      }
    }
    assertEquals(num / den, ruleMoment, 1e-6 * ruleMoment);
  }
}
