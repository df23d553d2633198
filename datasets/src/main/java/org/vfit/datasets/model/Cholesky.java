package org.vfit.datasets.model;

/**
 * Cholesky decomposition A = L Lᵀ of a symmetric positive-definite matrix held row-major in a flat
 * array, and the two solves built on it. The one implementation in vfit: {@link Matrix} checks
 * correlation matrices with it, the likelihood's Gaussian χ² refactors its covariance at every
 * evaluation with it (hence flat arrays, in place, no allocation beyond one vector), and the
 * Gaussian-constraint term inverts its correlation matrix with it.
 *
 * <p>A pivot is refused only when it is not positive: there is no absolute threshold (commons-math3
 * uses 1e-10), which would reject covariances of fluxes in cm⁻² s⁻¹ or of Δm² in eV². Only the
 * lower triangle of A is read; symmetry is the caller's to check.
 */
public final class Cholesky {
  private Cholesky() {}

  /**
   * Writes L into the lower triangle of {@code l} (column by column; the upper triangle is left as
   * it was). {@code l} may be {@code a} itself: each entry of A is read before its place is
   * written.
   *
   * @param a the n×n matrix, row-major
   * @param l n×n output, row-major
   * @return -1 when A is positive definite, else the index of the first pivot that is not positive
   *     (l is then only partly written)
   */
  public static int factor(double[] a, int n, double[] l) {
    for (int j = 0; j < n; j++) {
      double s = a[j * n + j];
      for (int k = 0; k < j; k++) {
        s -= l[j * n + k] * l[j * n + k];
      }
      if (!(s > 0)) {
        return j;
      }
      double d = Math.sqrt(s);
      l[j * n + j] = d;
      for (int i = j + 1; i < n; i++) {
        double t = a[i * n + j];
        for (int k = 0; k < j; k++) {
          t -= l[i * n + k] * l[j * n + k];
        }
        l[i * n + j] = t / d;
      }
    }
    return -1;
  }

  /**
   * rᵀA⁻¹r = |y|² with L y = r, by forward substitution.
   *
   * @param l the factor from {@link #factor} (lower triangle read)
   */
  public static double inverseQuadraticForm(double[] l, int n, double[] r) {
    double sum = 0;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = r[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * n + k] * y[k];
      }
      y[i] = s / l[i * n + i];
      sum += y[i] * y[i];
    }
    return sum;
  }

  /**
   * A⁻¹ = L⁻ᵀL⁻¹, symmetric by construction.
   *
   * @param l the factor from {@link #factor} (lower triangle read)
   */
  public static double[][] inverse(double[] l, int n) {
    // M = L⁻¹ by forward substitution, column by column (M is lower triangular).
    double[][] m = new double[n][n];
    for (int c = 0; c < n; c++) {
      for (int i = c; i < n; i++) {
        double s = i == c ? 1.0 : 0.0;
        for (int k = c; k < i; k++) {
          s -= l[i * n + k] * m[k][c];
        }
        m[i][c] = s / l[i * n + i];
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = i; k < n; k++) {
          s += m[k][i] * m[k][j];
        }
        inv[i][j] = s;
        inv[j][i] = s;
      }
    }
    return inv;
  }
}
