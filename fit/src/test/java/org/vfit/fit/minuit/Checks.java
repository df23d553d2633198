package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.fail;

/** Assertions with relative tolerances and informative messages. */
final class Checks {

  private Checks() {}

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    double rel = Math.abs(actual - expected) / Math.abs(expected);
    if (!(rel <= tolerance)) {
      fail(
          String.format(
              "%s: expected %.12g, got %.12g (relative difference %.3g > %.3g)",
              what, expected, actual, rel, tolerance));
    }
  }

  static void assertAbsolute(double expected, double actual, double tolerance, String what) {
    double d = Math.abs(actual - expected);
    if (!(d <= tolerance)) {
      fail(
          String.format(
              "%s: expected %.12g, got %.12g (difference %.3g > %.3g)",
              what, expected, actual, d, tolerance));
    }
  }

  /** (x − μ)ᵀ W (x − μ). */
  static double quadraticForm(double[][] w, double[] x, double[] mu) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        s += (x[i] - mu[i]) * w[i][j] * (x[j] - mu[j]);
      }
    }
    return s;
  }
}
