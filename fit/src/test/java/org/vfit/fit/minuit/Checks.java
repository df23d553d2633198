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

  /** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan (test-side truth). */
  static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      double d = m[c][c];
      for (int k = 0; k < 2 * n; k++) {
        m[c][k] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c];
          for (int k = 0; k < 2 * n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
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
