package org.vfit.fit.tests;

import java.util.ArrayList;
import java.util.List;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Model;

/**
 * The parameter-goodness-of-fit test of H0 (shared parameters) against H1 (separate ν and ν̄).
 *
 * @param h0Model the H0 model
 * @param h1Model the H1 model
 * @param h0 the H0 fit
 * @param h1 the H1 fit
 * @param chi2 χ²_PG = χ²_min(H0) − χ²_min(H1)
 * @param dof parameters H0 ties that H1 frees
 * @param pValue Wilks p-value P(χ²(dof) ≥ χ²_PG)
 * @param sigma two-sided Gaussian significance of {@code pValue}
 * @param h1RefitFromH0 the multi-start H1 minimum lay above the H0 minimum and H1 was refitted from
 *     the H0 minimum, which H1 contains
 */
public record PgResult(
    Model h0Model,
    Model h1Model,
    FitResult h0,
    FitResult h1,
    double chi2,
    int dof,
    double pValue,
    double sigma,
    boolean h1RefitFromH0) {

  /**
   * Tolerance on a negative χ²_PG: two converged minimisations each stop within 10 × their EDM goal
   * (2e-5 at the default tolerance 0.01) of the minimum; 1e-3 leaves room for that and still
   * catches a real failure, which would be off by the size of a Δχ².
   */
  static final double NEGATIVE_TOLERANCE = 1e-3;

  /** Both fits valid and χ²_PG not negative beyond convergence noise. */
  public boolean isValid() {
    return h0.isValid() && h1.isValid() && chi2 > -NEGATIVE_TOLERANCE;
  }

  /** Why the test is not to be trusted (empty if it is). */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (String p : h0.problems()) {
      out.add("H0: " + p);
    }
    for (String p : h1.problems()) {
      out.add("H1: " + p);
    }
    if (!(chi2 > -NEGATIVE_TOLERANCE)) {
      out.add("chi2_PG = " + chi2 + " < 0: H1 did not reach the H0 minimum it contains");
    }
    return out;
  }
}
