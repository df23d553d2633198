package org.vfit.fit.minuit;

/** Machine-precision constants used by the step-size rules of F. James' MINUIT. */
final class Precision {

  /** Relative machine precision of a double (unit roundoff times two). */
  static final double EPS = Math.ulp(1.0);

  /**
   * MINUIT's EPSMA2 = 2√ε: the relative precision to which a function value can be trusted when
   * differences of nearby values are taken (MINUIT Reference Manual, "Floating-point precision").
   */
  static final double EPS2 = 2.0 * Math.sqrt(EPS);

  private Precision() {}
}
