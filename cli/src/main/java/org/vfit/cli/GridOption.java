package org.vfit.cli;

import java.util.Locale;
import org.vfit.fit.analysis.Profiles;

/**
 * Parses grid options of the form {@code lo:hi:n} (n equally spaced values, both ends included).
 */
final class GridOption {
  private GridOption() {}

  static double[] parse(String option, String text) {
    String[] p = text.trim().split(":");
    if (p.length != 3) {
      throw new IllegalArgumentException(option + " must be lo:hi:n, got '" + text + "'");
    }
    double lo;
    double hi;
    int n;
    try {
      lo = Double.parseDouble(p[0]);
      hi = Double.parseDouble(p[1]);
      n = Integer.parseInt(p[2]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " must be lo:hi:n with numbers, got '" + text + "'");
    }
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo) || n < 2 || n > 100_000) {
      throw new IllegalArgumentException(
          option + " needs finite lo < hi and 2 <= n <= 100000, got '" + text + "'");
    }
    return Profiles.linspace(lo, hi, n);
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
