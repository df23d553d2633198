package org.vfit.cli;

import java.util.Locale;
import org.vfit.fit.analysis.GridAxis;

/**
 * Parses grid options of the form {@code lo:hi:n} (n equally spaced values, both ends included) or
 * {@code lo:hi:n:log} (n values with equal ratios, lo &gt; 0), bounded so that no grid asks for
 * more work than a run can finish: a grid point is a full fit with every other parameter profiled,
 * about 2 ms on 2 cores for the bundled data (a 50 × 50 combined contour takes 5 s), so 10¹⁰ points
 * (issue 13: {@code --grid 0.2:0.45:100000,5:10:100000}) would take years.
 *
 * <p>Values are in the user's unit, which for Δm²₂₁ is the fit unit (1e-5 eV²): grids go to {@code
 * Profiles} and {@code Contours} as they are, and the only change to eV² happens inside the fit
 * ({@link org.vfit.likelihood.OscillationParameter#toPhysical}) when results are built.
 */
final class GridOption {
  private GridOption() {}

  /** Most points along one axis of a profile or a contour grid. */
  static final int MAX_AXIS_POINTS = 1001;

  /**
   * Most points of a 2-D grid: 401 × 401 (the finest {@code tension --grid-points}), several
   * minutes on 2 cores at ~2 ms a point.
   */
  static final int MAX_GRID_POINTS = 401 * 401;

  /** The values of a {@code lo:hi:n[:log]} grid. */
  static double[] parse(String option, String text) {
    return axis(option, text).values();
  }

  /** A {@code lo:hi:n[:log]} grid axis. */
  static GridAxis axis(String option, String text) {
    String[] p = text.trim().split(":");
    boolean log = p.length == 4 && p[3].trim().equalsIgnoreCase("log");
    if (p.length != 3 && !log) {
      throw new IllegalArgumentException(
          option + " must be lo:hi:n or lo:hi:n:log, got '" + text + "'");
    }
    double lo;
    double hi;
    int n;
    try {
      lo = Double.parseDouble(p[0]);
      hi = Double.parseDouble(p[1]);
      n = Integer.parseInt(p[2].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " must be lo:hi:n[:log] with numbers, got '" + text + "'");
    }
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
      throw new IllegalArgumentException(option + " needs finite lo < hi, got '" + text + "'");
    }
    if (n < 2 || n > MAX_AXIS_POINTS) {
      throw new IllegalArgumentException(
          option + " needs 2 <= n <= " + MAX_AXIS_POINTS + " points, got '" + text + "'");
    }
    if (log && !(lo > 0)) {
      throw new IllegalArgumentException(option + " with :log needs lo > 0, got '" + text + "'");
    }
    return new GridAxis(lo, hi, n, log);
  }

  /** Refuses a 2-D grid of more than {@link #MAX_GRID_POINTS} points. */
  static void checkGridSize(String option, int nx, int ny) {
    if ((long) nx * ny > MAX_GRID_POINTS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s has %d x %d = %d points; the most a grid may have is %d (401 x 401)",
              option,
              nx,
              ny,
              (long) nx * ny,
              MAX_GRID_POINTS));
    }
  }

  /** Refuses grid values outside [lo, hi], naming the option, the parameter and its unit. */
  static void within(
      String option, double[] grid, double lo, double hi, String parameter, String unit) {
    if (grid[0] < lo || grid[grid.length - 1] > hi) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s reaches outside the allowed range of %s, " + "[%s, %s]%s",
              option,
              parameter,
              num(lo),
              num(hi),
              unit.isEmpty() ? "" : " (" + unit + ")"));
    }
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+($|e)", "$1");
  }
}
