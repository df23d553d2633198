package org.vfit.fit.minuit;

/**
 * Where a minimisation ended, in internal coordinates: point, value, error matrix V (inverse of the
 * second-derivative matrix of F), gradient, EDM and how the matrix was obtained.
 *
 * @param dcovar Minuit's estimate of the relative change of V in the last variable-metric update (0
 *     after a successful HESSE); below 0.1 the matrix counts as accurate
 */
record MinimumState(
    double[] x,
    double fval,
    double[][] errorMatrix,
    Gradient gradient,
    double edm,
    long calls,
    boolean validParameters,
    boolean hasCovariance,
    boolean hesseDone,
    boolean hesseFailed,
    boolean madePosDef,
    double dcovar,
    boolean aboveMaxEdm,
    boolean reachedCallLimit) {

  boolean accurateCovariance() {
    return hasCovariance && !madePosDef && !hesseFailed && dcovar < 0.1;
  }

  boolean isValid() {
    return validParameters && hasCovariance && !aboveMaxEdm && !reachedCallLimit;
  }

  static double edm(Gradient g, double[][] v) {
    return 0.5 * Matrices.dot(g.grad(), Matrices.times(v, g.grad()));
  }
}
