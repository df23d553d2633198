package org.vfit.fit.minuit;

/**
 * MINOS (F. James, MINUIT Reference Manual, "MINOS"; "Interpretation of the errors on parameters"):
 * for one parameter, find on each side the value where the profile F_p(v) = min over the other free
 * parameters of F(v, ·) rises to fmin + errorDef, with the search of {@link Crossing}. Each
 * conditional minimisation starts from the nearest point already done, with the other parameters
 * moved along their covariance regression on this one.
 */
final class Minos {

  private final ConditionalFit fit;
  private final double fmin;
  private final double up;
  private final double[] best;
  private final double[][] covariance;
  private final Limits[] limits;
  private final long maxCallsPerSide;

  Minos(
      ConditionalFit fit,
      double fmin,
      double up,
      double[] best,
      double[][] covariance,
      Limits[] limits,
      long maxCallsPerSide) {
    this.fit = fit;
    this.fmin = fmin;
    this.up = up;
    this.best = best.clone();
    this.covariance = covariance;
    this.limits = limits;
    this.maxCallsPerSide = maxCallsPerSide;
  }

  MinosError errors(String name, int i, double sigma) {
    Crossing.Result lo = side(i, -1, sigma);
    Crossing.Result hi = side(i, +1, sigma);
    return new MinosError(
        name,
        best[i],
        -lo.t(),
        hi.t(),
        lo.valid(),
        hi.valid(),
        lo.atLimit(),
        hi.atLimit(),
        lo.callLimit(),
        hi.callLimit(),
        lo.newMinimum(),
        hi.newMinimum(),
        lo.nfcn() + hi.nfcn());
  }

  private Crossing.Result side(int i, int dir, double sigma) {
    double x0 = best[i];
    double limit = dir > 0 ? limits[i].upper() : limits[i].lower();
    double tMax = Math.abs(limit - x0);
    Crossing.Evaluator ev =
        (t, nearT, nearValues) -> {
          double v = t >= tMax ? limit : x0 + dir * t;
          double[] start = nearValues.clone();
          double dv = v - nearValues[i];
          double cii = covariance[i][i];
          if (cii > 0) {
            for (int j = 0; j < start.length; j++) {
              if (j != i) {
                start[j] = limits[j].clamp(start[j] + covariance[j][i] / cii * dv);
              }
            }
          }
          start[i] = v;
          return fit.minimize(new int[] {i}, new double[] {v}, start);
        };
    return Crossing.find(ev, fmin, up, up, sigma, tMax, best, maxCallsPerSide);
  }
}
