package org.vfit.reports.result;

/**
 * The parameter-goodness-of-fit test (Maltoni–Schwetz): χ²_PG = χ²_min(H0) − χ²_min(H1).
 *
 * @param chi2 observed χ²_PG
 * @param dof parameters H0 ties together (degrees of freedom of χ²_PG under Wilks)
 * @param pValue Wilks p-value, P(χ²(dof) ≥ chi2)
 * @param sigma the same p as a two-sided Gaussian significance, Φ⁻¹(1 − p/2)
 * @param toys the toy-MC calibration, or {@code null} when no toys were run
 * @param oneDof the 1-dof tests of δ(Δm²₂₁) = 0 and δ(sin²θ₁₂) = 0, or {@code null} in results
 *     written before vfit computed them
 */
public record PgTest(
    double chi2, int dof, double pValue, double sigma, ToyCalibration toys, OneDof oneDof) {
  public PgTest {
    Checks.finite("chi2", chi2);
    if (dof < 1) {
      throw new InvalidFieldException("dof", "must be >= 1, was " + dof);
    }
    Checks.probability("pValue", pValue);
    Checks.nonNegative("sigma", sigma);
  }

  /** A test without the 1-dof companions. */
  public PgTest(double chi2, int dof, double pValue, double sigma, ToyCalibration toys) {
    this(chi2, dof, pValue, sigma, toys, null);
  }
}
