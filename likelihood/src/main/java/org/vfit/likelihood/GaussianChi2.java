package org.vfit.likelihood;

/**
 * rᵀC⁻¹r for a symmetric positive-definite covariance, by Cholesky decomposition. Written out
 * because the matrices are small (≤ ~50) and rebuilt at every evaluation when theory errors scale
 * with the prediction; commons-math3's decomposition allocates several matrices per call and
 * applies an absolute pivot threshold (1e-10) unsuited to covariances of quantities such as fluxes
 * in cm⁻² s⁻¹ or Δm² in eV².
 */
public final class GaussianChi2 {
  private GaussianChi2() {}

  /**
   * @param r residuals (data − prediction)
   * @param cov covariance, row-major n×n (overwritten with its Cholesky factor)
   * @throws IllegalStateException if the covariance is not positive definite
   */
  public static double chi2(double[] r, double[] cov) {
    int n = r.length;
    // in-place Cholesky: cov = L Lᵀ, L stored in the lower triangle
    for (int j = 0; j < n; j++) {
      double d = cov[j * n + j];
      for (int k = 0; k < j; k++) {
        d -= cov[j * n + k] * cov[j * n + k];
      }
      if (!(d > 0)) {
        throw new IllegalStateException("covariance is not positive definite at row " + j);
      }
      double l = Math.sqrt(d);
      cov[j * n + j] = l;
      for (int i = j + 1; i < n; i++) {
        double s = cov[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= cov[i * n + k] * cov[j * n + k];
        }
        cov[i * n + j] = s / l;
      }
    }
    // solve L y = r; χ² = |y|²
    double chi2 = 0;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = r[i];
      for (int k = 0; k < i; k++) {
        s -= cov[i * n + k] * y[k];
      }
      y[i] = s / cov[i * n + i];
      chi2 += y[i] * y[i];
    }
    return chi2;
  }

  /** A square matrix flattened row-major, the layout {@link #chi2} takes. */
  public static double[] flatten(double[][] m) {
    int n = m.length;
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, out, i * n, n);
    }
    return out;
  }
}
