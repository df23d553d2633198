package org.vfit.likelihood;

import org.vfit.datasets.model.Cholesky;

/**
 * rᵀC⁻¹r for a symmetric positive-definite covariance, by the in-place {@link Cholesky} of the
 * datasets module. The matrices are small (≤ ~50) and rebuilt at every evaluation when theory
 * errors scale with the prediction; commons-math3's decomposition allocates several matrices per
 * call and applies an absolute pivot threshold (1e-10) unsuited to covariances of quantities such
 * as fluxes in cm⁻² s⁻¹ or Δm² in eV².
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
    int bad = Cholesky.factor(cov, n, cov);
    if (bad >= 0) {
      throw new IllegalStateException("covariance is not positive definite at row " + bad);
    }
    return Cholesky.inverseQuadraticForm(cov, n, r);
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
