package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Regions where a scanned profile lies below a level. Each crossing is located between the two grid
 * points that bracket it by the parabola through them and a third neighbour, which is exact for a
 * parabolic (Gaussian) profile at any grid spacing; where that parabola has no root in the bracket
 * (a kink), linear interpolation is used.
 */
final class Crossings {

  private Crossings() {}

  /** Regions of {@code delta < level} over the valid points of a strictly increasing grid. */
  static List<Interval> below(double[] grid, double[] delta, boolean[] valid, double level) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int k = 0; k < grid.length; k++) {
      if (valid[k] && Double.isFinite(delta[k])) {
        xs.add(grid[k]);
        ys.add(delta[k]);
      }
    }
    int n = xs.size();
    List<Interval> out = new ArrayList<>();
    int k = 0;
    while (k < n) {
      if (ys.get(k) >= level) {
        k++;
        continue;
      }
      int first = k;
      while (k + 1 < n && ys.get(k + 1) < level) {
        k++;
      }
      int last = k;
      boolean lowerOpen = first == 0;
      boolean upperOpen = last == n - 1;
      double lo = lowerOpen ? xs.get(0) : crossing(xs, ys, first - 1, level, first + 1);
      double hi = upperOpen ? xs.get(n - 1) : crossing(xs, ys, last, level, last - 1);
      out.add(new Interval(level, lo, hi, lowerOpen, upperOpen));
      k++;
    }
    return out;
  }

  /**
   * The crossing of {@code level} between points a and a + 1, using point {@code third} (on the
   * inside of the region) for the parabola when it exists.
   */
  private static double crossing(List<Double> xs, List<Double> ys, int a, double level, int third) {
    double x0 = xs.get(a);
    double x1 = xs.get(a + 1);
    double y0 = ys.get(a) - level;
    double y1 = ys.get(a + 1) - level;
    double linear = x0 + (x1 - x0) * y0 / (y0 - y1);
    if (third < 0 || third >= xs.size()) {
      return linear;
    }
    double x2 = xs.get(third);
    double y2 = ys.get(third) - level;
    // Newton form y = y0 + d1 (x − x0) + d2 (x − x0)(x − x1).
    double d1 = (y1 - y0) / (x1 - x0);
    double d2 = ((y2 - y1) / (x2 - x1) - d1) / (x2 - x0);
    if (d2 == 0) {
      return linear;
    }
    // In t = x − x0: d2 t² + (d1 − d2 (x1 − x0)) t + y0 = 0.
    double b = d1 - d2 * (x1 - x0);
    double disc = b * b - 4 * d2 * y0;
    if (disc < 0) {
      return linear;
    }
    double sq = Math.sqrt(disc);
    // The numerically stable pair of roots.
    double q = -0.5 * (b + Math.copySign(sq, b));
    double[] roots = {q / d2, q != 0 ? y0 / q : Double.NaN};
    double lo = Math.min(x0, x1);
    double hi = Math.max(x0, x1);
    for (double t : roots) {
      double x = x0 + t;
      if (x >= lo && x <= hi) {
        return x;
      }
    }
    return linear;
  }
}
