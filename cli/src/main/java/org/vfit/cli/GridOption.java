package org.vfit.cli;

import java.util.Locale;
import org.vfit.fit.analysis.GridAxis;

/**
 * Parses grid options of the form {@code lo:hi:n} (n equally spaced values, both ends included) or
 * {@code lo:hi:n:log} (n values with equal ratios, lo &gt; 0).
 */
final class GridOption {
  private GridOption() {}

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
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo) || n < 2 || n > 100_000) {
      throw new IllegalArgumentException(
          option + " needs finite lo < hi and 2 <= n <= 100000, got '" + text + "'");
    }
    if (log && !(lo > 0)) {
      throw new IllegalArgumentException(option + " with :log needs lo > 0, got '" + text + "'");
    }
    return new GridAxis(lo, hi, n, log);
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
