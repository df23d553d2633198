package org.vfit.fit.minuit;

/**
 * Finds where a profiled function, followed outward from the minimum along a line, rises by a given
 * amount: the search behind MINOS (one parameter moved) and contour lines (two parameters moved
 * along a ray). The distance t along the line starts at 0 (the minimum).
 *
 * <p>The root is found on u(t) = √(F_p(t) − fmin), which is linear in t for a parabolic profile and
 * close to linear for realistic ones, so secant steps toward u = √target converge in a few
 * conditional minimisations; once the crossing is bracketed the steps stay inside the bracket
 * (regula falsi, then bisection).
 */
final class Crossing {

  /** One conditional minimisation at distance t, warm-started from a nearby evaluated point. */
  @FunctionalInterface
  interface Evaluator {
    /**
     * @param t distance along the line
     * @param nearT distance of the nearest point already evaluated (0 = the minimum)
     * @param nearValues all parameter values there, for a warm start
     */
    ConditionalFit.Point at(double t, double nearT, double[] nearValues);
  }

  /**
   * @param t distance reached: the crossing if valid, else where the search stopped
   * @param values parameter values at t (the conditional minimum)
   */
  record Result(
      double t,
      boolean valid,
      boolean atLimit,
      boolean callLimit,
      boolean newMinimum,
      long nfcn,
      double[] values) {}

  /** Allowed error on F at the crossing, in units of errorDef: moves the result by ≤ 10⁻⁵σ/2. */
  private static final double F_TOLERANCE = 2e-5;

  /**
   * A profile point this far below fmin (in errorDef units) proves a better minimum exists; smaller
   * negative values are within the EDM of the fit and harmless.
   */
  private static final double NEW_MINIMUM = 0.01;

  private static final int MAX_ITERATIONS = 30;

  private Crossing() {}

  /**
   * @param target rise of F to find (errorDef for MINOS)
   * @param errorDef the function's errorDef, the unit of the tolerances
   * @param firstT first trial distance (the Gaussian expectation)
   * @param tMax largest allowed distance (a parameter limit), +∞ if none
   * @param best parameter values at the minimum
   * @param maxCalls call budget for the whole search
   */
  static Result find(
      Evaluator ev,
      double fmin,
      double target,
      double errorDef,
      double firstT,
      double tMax,
      double[] best,
      long maxCalls) {
    double goal = Math.sqrt(target);
    double[] ts = new double[MAX_ITERATIONS + 1];
    double[] us = new double[MAX_ITERATIONS + 1];
    double[][] xs = new double[MAX_ITERATIONS + 1][];
    ts[0] = 0.0;
    us[0] = 0.0;
    xs[0] = best.clone();
    int count = 1;
    long calls = 0;
    double inside = 0.0;
    double insideU = 0.0;
    double outside = Double.NaN;
    double outsideU = Double.NaN;
    double t = Math.min(firstT, tMax);
    double[] last = best;
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      int near = 0;
      for (int k = 1; k < count; k++) {
        if (Math.abs(ts[k] - t) < Math.abs(ts[near] - t)) {
          near = k;
        }
      }
      ConditionalFit.Point p = ev.at(t, ts[near], xs[near]);
      calls += p.nfcn();
      last = p.values();
      if (!p.valid()) {
        return new Result(t, false, false, p.reachedCallLimit(), false, calls, last);
      }
      double df = p.fval() - fmin;
      if (df < -NEW_MINIMUM * errorDef) {
        return new Result(t, false, false, false, true, calls, last);
      }
      if (Math.abs(df - target) < F_TOLERANCE * errorDef) {
        return new Result(t, true, false, false, false, calls, last);
      }
      double u = Math.sqrt(Math.max(df, 0.0));
      ts[count] = t;
      us[count] = u;
      xs[count] = p.values();
      count++;
      if (df < target) {
        if (t >= tMax) {
          return new Result(t, false, true, false, false, calls, last);
        }
        if (t > inside) {
          inside = t;
          insideU = u;
        }
      } else if (Double.isNaN(outside) || t < outside) {
        outside = t;
        outsideU = u;
      }
      if (calls >= maxCalls) {
        return new Result(t, false, false, true, false, calls, last);
      }
      double next =
          Math.min(nextTrial(ts, us, count, goal, inside, insideU, outside, outsideU), tMax);
      if (Math.abs(next - t) <= 1e-9 * Math.max(firstT, t)) {
        return new Result(
            t,
            Math.abs(df - target) < 100 * F_TOLERANCE * errorDef,
            false,
            false,
            false,
            calls,
            last);
      }
      t = next;
    }
    return new Result(t, false, false, false, false, calls, last);
  }

  /** Secant step on u toward the goal from the two latest points, kept inside the bracket. */
  private static double nextTrial(
      double[] ts,
      double[] us,
      int count,
      double goal,
      double inside,
      double insideU,
      double outside,
      double outsideU) {
    double ta = ts[count - 2];
    double ua = us[count - 2];
    double tb = ts[count - 1];
    double ub = us[count - 1];
    double next = ub != ua ? tb + (goal - ub) * (tb - ta) / (ub - ua) : Double.NaN;
    if (Double.isNaN(outside)) {
      // Not bracketed yet (every point so far is inside): go outward, but at most three
      // times as far as the furthest point so far.
      if (Double.isNaN(next) || !(next > inside)) {
        next = 2.0 * inside;
      }
      return Math.min(next, 3.0 * inside);
    }
    if (Double.isNaN(next) || !(next > inside && next < outside)) {
      next = inside + (goal - insideU) * (outside - inside) / (outsideU - insideU);
      if (!(next > inside && next < outside)) {
        next = 0.5 * (inside + outside);
      }
    }
    return next;
  }
}
