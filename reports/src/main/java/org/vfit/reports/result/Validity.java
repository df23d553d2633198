package org.vfit.reports.result;

/**
 * Minimiser status flags, named after Minuit's (iminuit's {@code fmin}).
 *
 * @param valid the minimum is valid: converged, EDM below goal, covariance usable
 * @param accurateCovariance covariance from a full HESSE, not MIGRAD's approximation
 * @param posDefCovariance covariance is positive definite (not forced)
 * @param aboveMaxEdm estimated distance to minimum above the goal
 * @param reachedCallLimit stopped at the call limit
 * @param edm estimated distance to minimum at the end
 */
public record Validity(
    boolean valid,
    boolean accurateCovariance,
    boolean posDefCovariance,
    boolean aboveMaxEdm,
    boolean reachedCallLimit,
    double edm) {
  public Validity {
    Checks.nonNegative("edm", edm);
  }
}
