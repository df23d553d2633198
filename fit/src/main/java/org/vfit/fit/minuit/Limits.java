package org.vfit.fit.minuit;

/**
 * Allowed range of a parameter, in external units. Either side may be infinite; both infinite means
 * unbounded.
 */
public record Limits(double lower, double upper) {

  /** No limits. */
  public static final Limits NONE = new Limits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  public Limits {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      throw new IllegalArgumentException("limits must not be NaN: [" + lower + ", " + upper + "]");
    }
    if (!(lower < upper)) {
      throw new IllegalArgumentException(
          "lower limit must be below upper limit: [" + lower + ", " + upper + "]");
    }
  }

  public boolean hasLower() {
    return lower != Double.NEGATIVE_INFINITY;
  }

  public boolean hasUpper() {
    return upper != Double.POSITIVE_INFINITY;
  }

  public boolean isBounded() {
    return hasLower() || hasUpper();
  }

  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  public double clamp(double x) {
    return Math.max(lower, Math.min(upper, x));
  }
}
