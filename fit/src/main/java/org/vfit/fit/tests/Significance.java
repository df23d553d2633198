package org.vfit.fit.tests;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * p-values and Gaussian significances.
 *
 * <p>By Wilks' theorem a likelihood-ratio statistic between nested hypotheses differing by {@code
 * dof} parameters follows χ²(dof) under the smaller one (S. S. Wilks, Ann. Math. Stat. 9 (1938)
 * 60); for χ²_PG this is shown by Maltoni and Schwetz, PRD 68, 033020 (2003). Significances are
 * two-sided: σ = Φ⁻¹(1 − p/2), the convention under which p = 0.0027 is 3σ. Both directions are
 * computed from the upper tail directly, so tiny p-values (10⁻³⁰⁰) keep full precision instead of
 * being lost in 1 − p.
 */
public final class Significance {

  private Significance() {}

  /** Wilks p-value P(χ²(dof) ≥ chi2); 1 for chi2 ≤ 0. */
  public static double pValue(double chi2, int dof) {
    if (dof < 1) {
      throw new IllegalArgumentException("dof must be >= 1, got " + dof);
    }
    if (Double.isNaN(chi2)) {
      throw new IllegalArgumentException("chi2 is NaN");
    }
    if (chi2 <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(dof / 2.0, chi2 / 2.0);
  }

  /** The two-sided p-value of a σ: P(|Z| ≥ σ) = erfc(σ/√2). */
  public static double pValueOfSigma(double sigma) {
    if (!(sigma >= 0)) {
      throw new IllegalArgumentException("sigma must be >= 0, got " + sigma);
    }
    return Erf.erfc(sigma / Math.sqrt(2));
  }

  /**
   * Two-sided Gaussian significance of a p-value: the σ with erfc(σ/√2) = p; 0 for p = 1 and +∞ for
   * p = 0. Found by Newton's method on ln erfc, which is smooth and nearly linear in σ².
   */
  public static double sigma(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
    }
    if (p == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 1) {
      return 0.0;
    }
    double target = Math.log(p);
    // Start: the leading asymptotic term for small p, a crude guess near p = 1.
    double z = p < 0.3 ? Math.sqrt(-2 * Math.log(p)) : Math.sqrt(Math.PI / 2) * (1 - p);
    for (int i = 0; i < 100; i++) {
      double tail = Erf.erfc(z / Math.sqrt(2));
      // d ln erfc(z/√2) / dz = −√(2/π) e^{−z²/2} / erfc(z/√2).
      double slope = -Math.sqrt(2 / Math.PI) * Math.exp(-0.5 * z * z) / tail;
      double step = (Math.log(tail) - target) / slope;
      double next = Math.max(z - step, 0.5 * z);
      if (Math.abs(next - z) <= 1e-14 * Math.max(1, z)) {
        return next;
      }
      z = next;
    }
    return z;
  }

  /** Binomial standard error √(p(1 − p)/n) of a fraction p = k/n. */
  public static double binomialError(long k, long n) {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException(
          "need 0 <= k <= n and n >= 1, got k = " + k + ", n = " + n);
    }
    double p = (double) k / n;
    return Math.sqrt(p * (1 - p) / n);
  }
}
