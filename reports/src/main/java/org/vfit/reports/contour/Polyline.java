package org.vfit.reports.contour;

import java.util.List;

/**
 * One connected piece of a contour line.
 *
 * @param points vertices in order; a closed polyline does not repeat its first vertex at the end
 * @param closed whether the last vertex joins the first (a ring inside the grid) or the line ends
 *     on the grid boundary at both ends
 */
public record Polyline(List<Point> points, boolean closed) {
  public Polyline {
    points = List.copyOf(points);
  }

  /**
   * Area enclosed by a closed polyline (shoelace formula), in the grid's units squared; 0 if open.
   */
  public double area() {
    if (!closed) {
      return 0;
    }
    double twice = 0;
    int n = points.size();
    for (int k = 0; k < n; k++) {
      Point a = points.get(k);
      Point b = points.get((k + 1) % n);
      twice += a.x() * b.y() - b.x() * a.y();
    }
    return Math.abs(twice) / 2;
  }

  /**
   * The vertices as x and y arrays, the first vertex repeated at the end if closed (for drawing).
   */
  public double[][] drawable() {
    int n = points.size() + (closed ? 1 : 0);
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int k = 0; k < n; k++) {
      Point p = points.get(k % points.size());
      xs[k] = p.x();
      ys[k] = p.y();
    }
    return new double[][] {xs, ys};
  }
}
