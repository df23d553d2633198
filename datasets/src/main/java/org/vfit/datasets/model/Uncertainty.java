package org.vfit.datasets.model;

/**
 * A one-standard-deviation uncertainty, possibly asymmetric: the value may lie {@code plus} above
 * or {@code minus} below the central value (both non-negative, in the units of the value).
 */
public record Uncertainty(double plus, double minus) {

  public Uncertainty {
    if (!(plus >= 0) || !(minus >= 0) || Double.isInfinite(plus) || Double.isInfinite(minus)) {
      throw new IllegalArgumentException(
          "uncertainty must be finite and >= 0: +" + plus + " -" + minus);
    }
  }

  public static Uncertainty symmetric(double sigma) {
    return new Uncertainty(sigma, sigma);
  }

  public boolean isSymmetric() {
    return plus == minus;
  }

  /**
   * The mean of the two sides, the usual symmetric stand-in for an asymmetric error in a Gaussian
   * likelihood (as the SNO and Super-K transcriptions do).
   */
  public double average() {
    return 0.5 * (plus + minus);
  }

  /** Quadrature sum side by side (independent sources). */
  public Uncertainty combine(Uncertainty other) {
    return new Uncertainty(Math.hypot(plus, other.plus), Math.hypot(minus, other.minus));
  }

  public Uncertainty scaled(double factor) {
    return new Uncertainty(plus * factor, minus * factor);
  }
}
