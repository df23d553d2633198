package org.vfit.fit.minuit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Small dense symmetric-matrix helpers for the minimiser (dimensions are the free parameters). */
public final class Matrices {

  private Matrices() {}

  static double[] times(double[][] a, double[] v) {
    int n = v.length;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += a[i][j] * v[j];
      }
      r[i] = s;
    }
    return r;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  static double[][] diagonal(double[] d) {
    double[][] m = new double[d.length][d.length];
    for (int i = 0; i < d.length; i++) {
      m[i][i] = d[i];
    }
    return m;
  }

  /** Inverse of a symmetric matrix, or null when it is singular to working precision. */
  static double[][] invert(double[][] a) {
    int n = a.length;
    if (n == 0) {
      return new double[0][0];
    }
    // Invert the matrix scaled to unit diagonal: parameters of very different magnitudes would
    // otherwise make a well-conditioned problem look singular to the pivot threshold.
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = a[i][i] > 0 ? 1.0 / Math.sqrt(a[i][i]) : 1.0;
    }
    double[][] scaled = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        scaled[i][j] = a[i][j] * s[i] * s[j];
      }
    }
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(scaled, false), 1e-14);
    if (!lu.getSolver().isNonSingular()) {
      return null;
    }
    double[][] inv = lu.getSolver().getInverse().getData();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        inv[i][j] *= s[i] * s[j];
      }
    }
    symmetrise(inv);
    for (double[] row : inv) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return null;
        }
      }
    }
    return inv;
  }

  static void symmetrise(double[][] a) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (a[i][j] + a[j][i]);
        a[i][j] = m;
        a[j][i] = m;
      }
    }
  }

  /** A covariance estimate forced to be positive definite, and whether it had to be forced. */
  record PosDef(double[][] matrix, boolean forced) {}

  /**
   * Minuit's positive-definiteness repair (MINUIT Reference Manual, routine MNPSDF): scale to unit
   * diagonal, and if the smallest eigenvalue is not clearly positive, add to the diagonal enough to
   * lift it to 10⁻³ of the largest. A matrix that is already positive definite is returned
   * unchanged. Non-positive diagonal elements are first replaced, since no scaling exists
   * otherwise.
   */
  static PosDef makePositiveDefinite(double[][] v) {
    int n = v.length;
    double[][] m = copy(v);
    boolean forced = false;
    // Threshold below which an eigenvalue of the unit-diagonal matrix counts as non-positive.
    double epspdf = Math.max(1e-6, Precision.EPS2);
    for (int i = 0; i < n; i++) {
      if (!(m[i][i] > 0) || !Double.isFinite(m[i][i])) {
        m[i][i] = 1.0;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            m[i][j] = 0.0;
            m[j][i] = 0.0;
          }
        }
        forced = true;
      }
    }
    if (n == 0) {
      return new PosDef(m, forced);
    }
    double[] s = new double[n];
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.sqrt(m[i][i]);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = m[i][j] / (s[i] * s[j]);
      }
    }
    RealMatrix pm = new Array2DRowRealMatrix(p, false);
    double[] eig = new EigenDecomposition(pm).getRealEigenvalues();
    double pmin = Double.POSITIVE_INFINITY;
    double pmax = Double.NEGATIVE_INFINITY;
    for (double e : eig) {
      pmin = Math.min(pmin, e);
      pmax = Math.max(pmax, Math.abs(e));
    }
    if (pmin > epspdf * pmax) {
      return new PosDef(m, forced);
    }
    double add = 1e-3 * pmax - pmin;
    for (int i = 0; i < n; i++) {
      m[i][i] *= 1.0 + add;
    }
    return new PosDef(m, true);
  }

  /** Whether a symmetric matrix is positive definite (all eigenvalues above round-off). */
  static boolean isPositiveDefinite(double[][] v) {
    int n = v.length;
    if (n == 0) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (!(v[i][i] > 0)) {
        return false;
      }
    }
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = v[i][j] / Math.sqrt(v[i][i] * v[j][j]);
      }
    }
    double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(p, false)).getRealEigenvalues();
    for (double e : eig) {
      if (!(e > Precision.EPS2)) {
        return false;
      }
    }
    return true;
  }

  /**
   * w = C_hh⁻¹ d for the 1×1 or 2×2 block of {@code cov} on the indices {@code held}: how far to
   * move the other parameters along their regression when the held ones change by d (profile and
   * contour starting points). A singular block falls back to its diagonal, a non-positive variance
   * to no move.
   */
  public static double[] solveHeldBlock(double[][] cov, int[] held, double[] d) {
    if (held.length == 1) {
      double c = cov[held[0]][held[0]];
      return new double[] {c > 0 ? d[0] / c : 0.0};
    }
    double a = cov[held[0]][held[0]];
    double b = cov[held[0]][held[1]];
    double c = cov[held[1]][held[1]];
    double det = a * c - b * b;
    if (!(det > 0)) {
      return new double[] {a > 0 ? d[0] / a : 0.0, c > 0 ? d[1] / c : 0.0};
    }
    return new double[] {(c * d[0] - b * d[1]) / det, (a * d[1] - b * d[0]) / det};
  }
}
