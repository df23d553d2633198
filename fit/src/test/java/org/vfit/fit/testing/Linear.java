package org.vfit.fit.testing;

/**
 * Small dense linear algebra for test-side truth (Gauss–Jordan, Cholesky, quadratic forms), shared
 * by the Minuit and analysis tests; deliberately independent of the code under test.
 */
public final class Linear {

  private Linear() {}

  public static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** Inverse of a small non-singular matrix by Gauss–Jordan with partial pivoting. */
  public static double[][] inverse(double[][] a) {
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

  public static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  public static double[][] add(double[][] a, double[][] b) {
    double[][] c = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        c[i][j] = a[i][j] + b[i][j];
      }
    }
    return c;
  }

  /** dᵀ A⁻¹ d. */
  public static double mahalanobis2(double[] d, double[][] a) {
    double[][] w = inverse(a);
    double s = 0;
    for (int i = 0; i < d.length; i++) {
      for (int j = 0; j < d.length; j++) {
        s += d[i] * w[i][j] * d[j];
      }
    }
    return s;
  }

  /** A x. */
  public static double[] times(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  public static double[] plus(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  public static double[] minus(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] - b[i];
    }
    return c;
  }

  /** The sub-matrix of the given rows and columns. */
  public static double[][] block(double[][] a, int... idx) {
    double[][] b = new double[idx.length][idx.length];
    for (int i = 0; i < idx.length; i++) {
      for (int j = 0; j < idx.length; j++) {
        b[i][j] = a[idx[i]][idx[j]];
      }
    }
    return b;
  }
}
