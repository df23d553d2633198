package org.vfit.likelihood.xsec;

/**
 * The real dilogarithm Li₂(x) = −∫₀ˣ ln(1 − t)/t dt for x ≤ 1. Hand-written because commons-math3
 * has none; the elastic-scattering QED corrections need it (BKS 1995 write their "Spence function"
 * L(x) = ∫₀ˣ ln|1 − t|/t dt = −Li₂(x)).
 *
 * <p>Method: the power series Σ x^k/k² for |x| ≤ ½, the reflection Li₂(x) = π²/6 − ln x ln(1 − x) −
 * Li₂(1 − x) on (½, 1], and the Landen identity Li₂(x) = −Li₂(x/(x − 1)) − ½ ln²(1 − x) for x &lt;
 * −½ — every series evaluated has |argument| ≤ ½, so 60 terms reach double precision.
 */
public final class Dilogarithm {
  private Dilogarithm() {}

  private static final double PI2_6 = Math.PI * Math.PI / 6.0;

  public static double li2(double x) {
    if (x > 1.0 || Double.isNaN(x)) {
      throw new IllegalArgumentException("real dilogarithm needs x <= 1, got " + x);
    }
    if (x == 1.0) {
      return PI2_6;
    }
    if (x < -0.5) {
      double l = Math.log1p(-x);
      return -li2(x / (x - 1.0)) - 0.5 * l * l;
    }
    if (x > 0.5) {
      return PI2_6 - Math.log(x) * Math.log1p(-x) - li2(1.0 - x);
    }
    double term = x, sum = 0.0;
    for (int k = 1; k <= 80; k++) {
      double t = term / ((double) k * k);
      sum += t;
      if (Math.abs(t) < 1e-18 * Math.abs(sum)) {
        break;
      }
      term *= x;
    }
    return sum;
  }

  /** BKS's Spence function L(x) = ∫₀ˣ ln|1 − t|/t dt = −Li₂(x), for x ≤ 1. */
  public static double spence(double x) {
    return -li2(x);
  }
}
