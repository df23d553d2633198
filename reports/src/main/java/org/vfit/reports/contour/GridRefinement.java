package org.vfit.reports.contour;

/**
 * Resamples a gridded surface onto a finer grid with monotone piecewise-cubic (PCHIP)
 * interpolation, first along x in every row, then along y in every column, so that the contours of
 * a coarse scan are drawn as smooth curves instead of the polygons linear marching squares gives on
 * its cells.
 *
 * <p>PCHIP (Fritsch &amp; Carlson, SIAM J. Numer. Anal. 17, 238 (1980); slopes as in Fritsch &amp;
 * Butland 1984) reproduces the grid values exactly, is continuous in its first derivative and never
 * overshoots between two nodes: a plateau of a Δχ² surface stays flat, and no contour appears where
 * the scanned values do not reach the level. A quadratic Δχ² valley sampled on 21 points per axis
 * over ±4σ gives its 1σ ellipse to 0.3 % of the radius, against 1.7 % for the polygon of the raw
 * grid (see the tests).
 */
public final class GridRefinement {
  private GridRefinement() {}

  /** A refined grid: axes and values {@code f[j][i]} at {@code (x[i], y[j])}. */
  public record Grid(double[] x, double[] y, double[][] f) {}

  /**
   * The surface on a grid with {@code factor} intervals per original interval in each direction.
   *
   * @param x strictly increasing, at least 2 values
   * @param y strictly increasing, at least 2 values
   * @param f values {@code f[j][i]} at {@code (x[i], y[j])}
   * @param factor at least 1; 1 returns copies of the input
   */
  public static Grid refine(double[] x, double[] y, double[][] f, int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be >= 1, got " + factor);
    }
    double[] fx = fine(x, factor);
    double[] fy = fine(y, factor);
    double[][] rows = new double[y.length][];
    for (int j = 0; j < y.length; j++) {
      rows[j] = resample(x, f[j], fx);
    }
    double[][] out = new double[fy.length][fx.length];
    double[] column = new double[y.length];
    for (int i = 0; i < fx.length; i++) {
      for (int j = 0; j < y.length; j++) {
        column[j] = rows[j][i];
      }
      double[] c = resample(y, column, fy);
      for (int j = 0; j < fy.length; j++) {
        out[j][i] = c[j];
      }
    }
    return new Grid(fx, fy, out);
  }

  /**
   * The factor that brings an axis of {@code n} points to about {@code target} intervals (at least
   * 1: fine scans are drawn as they are).
   */
  public static int factorFor(int n, int target) {
    return Math.max(1, (int) Math.ceil((double) target / Math.max(1, n - 1)));
  }

  /** The axis with each interval split into {@code factor} equal parts; original nodes kept. */
  public static double[] fine(double[] a, int factor) {
    double[] out = new double[(a.length - 1) * factor + 1];
    for (int k = 0; k < a.length - 1; k++) {
      for (int m = 0; m < factor; m++) {
        out[k * factor + m] = a[k] + (a[k + 1] - a[k]) * m / factor;
      }
    }
    out[out.length - 1] = a[a.length - 1];
    return out;
  }

  /** PCHIP interpolant of (x, v) evaluated at {@code at} (all inside [x₀, x_last]). */
  public static double[] resample(double[] x, double[] v, double[] at) {
    int n = x.length;
    double[] d = slopes(x, v);
    double[] out = new double[at.length];
    int k = 0;
    for (int m = 0; m < at.length; m++) {
      double t = at[m];
      while (k < n - 2 && t > x[k + 1]) {
        k++;
      }
      double h = x[k + 1] - x[k];
      double s = (t - x[k]) / h;
      double s2 = s * s;
      double s3 = s2 * s;
      // Cubic Hermite basis on [x_k, x_k+1].
      out[m] =
          (2 * s3 - 3 * s2 + 1) * v[k]
              + (s3 - 2 * s2 + s) * h * d[k]
              + (-2 * s3 + 3 * s2) * v[k + 1]
              + (s3 - s2) * h * d[k + 1];
    }
    return out;
  }

  /**
   * Node slopes of the monotone interpolant: zero at a local extremum of the data, the weighted
   * harmonic mean of the neighbouring secants elsewhere, one-sided three-point formulas at the ends
   * (limited so that the end intervals stay monotone).
   */
  static double[] slopes(double[] x, double[] v) {
    int n = x.length;
    double[] d = new double[n];
    if (n == 2) {
      double s = (v[1] - v[0]) / (x[1] - x[0]);
      d[0] = s;
      d[1] = s;
      return d;
    }
    double[] h = new double[n - 1];
    double[] delta = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      h[k] = x[k + 1] - x[k];
      delta[k] = (v[k + 1] - v[k]) / h[k];
    }
    for (int k = 1; k < n - 1; k++) {
      if (delta[k - 1] * delta[k] <= 0) {
        d[k] = 0;
      } else {
        double w1 = 2 * h[k] + h[k - 1];
        double w2 = h[k] + 2 * h[k - 1];
        d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
      }
    }
    d[0] = end(h[0], h[1], delta[0], delta[1]);
    d[n - 1] = end(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
    return d;
  }

  private static double end(double h0, double h1, double d0, double d1) {
    double d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
    if (Math.signum(d) != Math.signum(d0)) {
      return 0;
    }
    if (Math.signum(d0) != Math.signum(d1) && Math.abs(d) > Math.abs(3 * d0)) {
      return 3 * d0;
    }
    return d;
  }
}
