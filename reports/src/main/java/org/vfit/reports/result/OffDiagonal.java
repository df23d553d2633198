package org.vfit.reports.result;

/**
 * An off-diagonal element A_αβ (α before β in e, μ, τ order) in units of 1e-4 eV², in both
 * Cartesian and polar form as the paper's Table 1 prints it. The two forms are redundant on
 * purpose: readers of the file use whichever they need, and the constructor checks they agree.
 *
 * @param re real part
 * @param im imaginary part
 * @param modulus |A_αβ|
 * @param phaseDeg arg A_αβ in degrees, in (−180, 180]
 */
public record OffDiagonal(double re, double im, double modulus, double phaseDeg) {
  /**
   * Agreement required between the two forms, relative to the modulus: the file keeps ~17
   * significant digits, so a correctly written element agrees to ~1e-15; 1e-9 still catches any
   * hand edit or unit mix-up while leaving room for values computed in a different order.
   */
  private static final double CONSISTENCY = 1e-9;

  public OffDiagonal {
    Checks.finite("re", re);
    Checks.finite("im", im);
    Checks.nonNegative("modulus", modulus);
    Checks.finite("phaseDeg", phaseDeg);
    if (phaseDeg <= -180 || phaseDeg > 180) {
      throw new InvalidFieldException("phaseDeg", "must be in (-180, 180], was " + phaseDeg);
    }
    double scale = Math.max(modulus, Math.hypot(re, im));
    if (Math.abs(Math.hypot(re, im) - modulus) > CONSISTENCY * scale) {
      throw new InvalidFieldException(
          "modulus", "is " + modulus + " but hypot(re, im) = " + Math.hypot(re, im));
    }
    double rad = Math.toRadians(phaseDeg);
    if (Math.abs(modulus * Math.cos(rad) - re) > CONSISTENCY * scale
        || Math.abs(modulus * Math.sin(rad) - im) > CONSISTENCY * scale) {
      throw new InvalidFieldException(
          "phaseDeg",
          "is " + phaseDeg + " but atan2(im, re) = " + Math.toDegrees(Math.atan2(im, re)));
    }
  }

  /** The element from its Cartesian parts, with the polar form computed from them. */
  public static OffDiagonal of(double re, double im) {
    double phase = Math.toDegrees(Math.atan2(im, re));
    return new OffDiagonal(re, im, Math.hypot(re, im), phase == -180.0 ? 180.0 : phase);
  }
}
