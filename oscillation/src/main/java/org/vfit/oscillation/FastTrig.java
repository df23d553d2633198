package org.vfit.oscillation;

/**
 * sin and cos together for the propagation kernels, about three times cheaper than a {@link
 * Math#sin}/{@link Math#cos} pair: one reduction of the argument by π/2 shared by both, then short
 * polynomials on |r| ≤ π/4.
 *
 * <p>Reduction (Cody–Waite, with fdlibm's three-part π/2): k = rint(2x/π), r = ((x − kP₁) − kP₂) −
 * kP₃, where P₁ and P₂ carry 33 significant bits each, so kP₁ and kP₂ are exact for |k| &lt; 2²⁰
 * and r is correct to about one ulp of r. Arguments beyond {@link #MAX_ARGUMENT} go to {@code
 * Math}. Polynomials: the Taylor series to r¹⁵ (sin) and r¹⁶ (cos), whose truncation errors at π/4
 * are 5e-17 and 2e-18 — below half an ulp of the result. Measured against {@code Math.sin}/{@code
 * Math.cos}: ≤ 2.3e-16 absolute over |x| ≤ 10⁵ (FastTrigTest).
 *
 * <p>Use: {@code double k = quadrant(x), r = remainder(x, k);} then {@link #sin(double, double)}
 * and {@link #cos(double, double)} of (r, k) — the JIT keeps it all in registers.
 */
public final class FastTrig {
  /** Largest |x| reduced here (k·P₁ stays exact far beyond; kept small for r's accuracy). */
  public static final double MAX_ARGUMENT = 1.0e5;

  private static final double TWO_OVER_PI = 6.36619772367581382433e-01;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_3 = 2.02226624879595063154e-21;

  private FastTrig() {}

  /** The nearest multiple k of π/2 to x (an integer-valued double). */
  public static double quadrant(double x) {
    return Math.rint(x * TWO_OVER_PI);
  }

  /** x − kπ/2, |result| ≤ π/4 (plus rounding) for k = quadrant(x). */
  public static double remainder(double x, double k) {
    return ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
  }

  /** sin(x) from r = remainder(x, k) and k = quadrant(x). */
  public static double sin(double r, double k) {
    // Selects without a jump table: slab phases fall in every quadrant at random, and the JIT
    // turns these selects into conditional moves (and shares the polynomials with cos(r, k)).
    int q = (int) ((long) k & 3);
    double v = (q & 1) == 0 ? sinPoly(r) : cosPoly(r);
    return (q & 2) == 0 ? v : -v;
  }

  /** cos(x) from r = remainder(x, k) and k = quadrant(x). */
  public static double cos(double r, double k) {
    int q = (int) ((long) k & 3);
    double v = (q & 1) == 0 ? cosPoly(r) : sinPoly(r);
    return ((q + 1) & 2) == 0 ? v : -v;
  }

  /** sin(x), for tests and non-kernel callers. */
  public static double sin(double x) {
    if (!(Math.abs(x) <= MAX_ARGUMENT)) return Math.sin(x);
    double k = quadrant(x);
    return sin(remainder(x, k), k);
  }

  /** cos(x), for tests and non-kernel callers. */
  public static double cos(double x) {
    if (!(Math.abs(x) <= MAX_ARGUMENT)) return Math.cos(x);
    double k = quadrant(x);
    return cos(remainder(x, k), k);
  }

  private static double sinPoly(double r) {
    double z = r * r;
    return r
        + r
            * z
            * (-1.0 / 6
                + z
                    * (1.0 / 120
                        + z
                            * (-1.0 / 5040
                                + z
                                    * (1.0 / 362880
                                        + z
                                            * (-1.0 / 39916800
                                                + z
                                                    * (1.0 / 6227020800.0
                                                        + z * (-1.0 / 1307674368000.0)))))));
  }

  private static double cosPoly(double r) {
    double z = r * r;
    return 1.0
        + z
            * (-0.5
                + z
                    * (1.0 / 24
                        + z
                            * (-1.0 / 720
                                + z
                                    * (1.0 / 40320
                                        + z
                                            * (-1.0 / 3628800
                                                + z
                                                    * (1.0 / 479001600
                                                        + z
                                                            * (-1.0 / 87178291200.0
                                                                + z / 20922789888000.0)))))));
  }
}
