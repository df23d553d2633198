package org.vfit.reports.result;

/**
 * A 1-dof test of one ν̄ − ν difference against zero: Δχ² = χ²_min(H1, δ = 0) − χ²_min(H1), from a
 * fit with δ held at exactly 0.
 *
 * @param deltaChi2 Δχ² (≥ 0 up to convergence noise)
 * @param pValue P(χ²(1) ≥ Δχ²)
 * @param sigma √Δχ², the two-sided Gaussian σ
 */
public record OneDofTest(double deltaChi2, double pValue, double sigma) {
  public OneDofTest {
    Checks.finite("deltaChi2", deltaChi2);
    Checks.probability("pValue", pValue);
    Checks.nonNegative("sigma", sigma);
  }
}
