package org.vfit.reports.plots;

import java.util.Arrays;

/**
 * Dash patterns applied to the data instead of the stroke. XChart draws a line series one segment
 * at a time, so a dashed stroke restarts its pattern at every vertex; on a contour whose vertices
 * are a few pixels apart every segment shows only the start of its first dash and the line looks
 * solid. Cutting the polyline into dashes here, separated by NaN points (where XChart breaks the
 * line), gives the pattern along the whole curve. Lengths are in approximate screen pixels.
 */
final class Dashes {
  private Dashes() {}

  /**
   * @param x polyline x in data units
   * @param y polyline y in data units
   * @param sx pixels per x unit
   * @param sy pixels per y unit
   * @param on dash length in pixels
   * @param off gap length in pixels
   * @return {x, y} with the dashes separated by points whose y is NaN
   */
  static double[][] apply(double[] x, double[] y, double sx, double sy, double on, double off) {
    double[] ox = new double[4 * x.length + 8];
    double[] oy = new double[ox.length];
    int n = 0;
    boolean drawing = true;
    double left = on; // pixels left in the current dash or gap
    ox[n] = x[0];
    oy[n++] = y[0];
    for (int k = 1; k < x.length; k++) {
      double x0 = x[k - 1];
      double y0 = y[k - 1];
      double len = Math.hypot((x[k] - x0) * sx, (y[k] - y0) * sy);
      double done = 0;
      while (len - done > left) {
        done += left;
        double t = done / len;
        double px = x0 + t * (x[k] - x0);
        double py = y0 + t * (y[k] - y0);
        if (n + 3 > ox.length) {
          ox = Arrays.copyOf(ox, 2 * ox.length);
          oy = Arrays.copyOf(oy, 2 * oy.length);
        }
        if (drawing) {
          ox[n] = px;
          oy[n++] = py;
          ox[n] = px;
          oy[n++] = Double.NaN;
        } else {
          ox[n] = px;
          oy[n++] = py;
        }
        drawing = !drawing;
        left = drawing ? on : off;
      }
      left -= len - done;
      if (drawing) {
        if (n + 1 > ox.length) {
          ox = Arrays.copyOf(ox, 2 * ox.length);
          oy = Arrays.copyOf(oy, 2 * oy.length);
        }
        ox[n] = x[k];
        oy[n++] = y[k];
      }
    }
    return new double[][] {Arrays.copyOf(ox, n), Arrays.copyOf(oy, n)};
  }
}
