package org.vfit.fit.tests;

import java.util.List;

/**
 * The toy calibration of χ²_PG.
 *
 * @param requested toys asked for
 * @param toys toys with both fits valid, the ones counted
 * @param failed toys where a fit did not converge (left out of the p-value and said so)
 * @param observed the observed χ²_PG
 * @param dof its Wilks degrees of freedom
 * @param exceeding counted toys with χ²_PG ≥ observed
 * @param pValue exceeding / toys
 * @param pValueError binomial standard error √(p(1 − p)/toys); 0 when no toy or every toy exceeds
 * @param sigma two-sided significance of {@code pValue}; null when no toy exceeded (p &lt; 1/toys:
 *     the significance is only bounded below, by {@link #sigmaBound})
 * @param sigmaLower significance at p + error (null as for sigma)
 * @param sigmaUpper significance at p − error, null when that is ≤ 0
 * @param statistics χ²_PG of the counted toys, in toy-index order
 * @param ks Kolmogorov–Smirnov test of {@code statistics} against χ²(dof), null for fewer than 2
 *     toys
 */
public record ToySummary(
    int requested,
    int toys,
    int failed,
    double observed,
    int dof,
    int exceeding,
    double pValue,
    double pValueError,
    Double sigma,
    Double sigmaLower,
    Double sigmaUpper,
    double[] statistics,
    KolmogorovSmirnov.Result ks) {

  public ToySummary {
    statistics = statistics.clone();
  }

  @Override
  public double[] statistics() {
    return statistics.clone();
  }

  /** Summarises toys (any order; sorted by index here, so the result does not depend on it). */
  public static ToySummary of(List<ToyOutcome> outcomes, int requested, double observed, int dof) {
    List<ToyOutcome> sorted =
        outcomes.stream().sorted((a, b) -> Long.compare(a.index(), b.index())).toList();
    double[] stats =
        sorted.stream().filter(ToyOutcome::isValid).mapToDouble(ToyOutcome::chi2Pg).toArray();
    int n = stats.length;
    int exceeding = 0;
    for (double s : stats) {
      exceeding += s >= observed ? 1 : 0;
    }
    int failed = sorted.size() - n;
    if (n == 0) {
      return new ToySummary(
          requested,
          0,
          failed,
          observed,
          dof,
          0,
          Double.NaN,
          Double.NaN,
          null,
          null,
          null,
          stats,
          null);
    }
    double p = (double) exceeding / n;
    double err = Significance.binomialError(exceeding, n);
    Double sigma = exceeding > 0 ? Significance.sigma(p) : null;
    Double lower = exceeding > 0 ? Significance.sigma(Math.min(1, p + err)) : null;
    Double upper = exceeding > 0 && p - err > 0 ? Significance.sigma(p - err) : null;
    return new ToySummary(
        requested,
        n,
        failed,
        observed,
        dof,
        exceeding,
        p,
        err,
        sigma,
        lower,
        upper,
        stats,
        n >= 2 ? KolmogorovSmirnov.chiSquared(stats, dof) : null);
  }

  /** With no toy exceeding, the significance is at least that of p = 1/toys. */
  public double sigmaBound() {
    return toys > 0 ? Significance.sigma(1.0 / toys) : 0;
  }
}
