package org.vfit.datasets.model;

/** Interpolation on tabulated data (grids strictly increasing, as file validation ensures). */
public final class Interpolation {
  private Interpolation() {}

  /**
   * Linear interpolation of y(x) at {@code at}; an {@link IllegalArgumentException} outside [x₀,
   * x_last], because extrapolating a published table silently would invent numbers.
   */
  public static double linear(Values x, Values y, double at) {
    int i = cell(x, at);
    double t = (at - x.get(i)) / (x.get(i + 1) - x.get(i));
    return y.get(i) + t * (y.get(i + 1) - y.get(i));
  }

  /** Index i of the cell with x_i ≤ at ≤ x_{i+1}. */
  static int cell(Values x, double at) {
    int n = x.size();
    if (n < 2 || !(at >= x.first() && at <= x.last())) {
      throw new IllegalArgumentException(
          "value " + at + " outside the tabulated range [" + x.first() + ", " + x.last() + "]");
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x.get(mid) <= at) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
