package org.vfit.fit.minuit;

/**
 * Parabolic line search along a descent direction (F. James, MINUIT Reference Manual, routine
 * MNLINE; Minuit2 MnLineSearch): the first parabola uses F(0), the directional slope and F at the
 * full Newton step α = 1, later ones the three lowest points found. Exact on quadratic functions
 * after one call; the variable-metric matrix, not the line search, does the real work, so the
 * search stops as soon as α is known to 5%.
 */
final class LineSearch {

  /** Result of a line search: the best step multiple found (0 if none improved) and F there. */
  record Result(double alpha, double fval) {}

  /** Relative accuracy on α at which the search stops (MNLINE's TOLER = 0.05). */
  private static final double TOLERANCE = 0.05;

  /** Longest step multiple ever tried: bounds the walk on a function unbounded below. */
  private static final double ALPHA_MAX = 1000.0;

  /** Furthest extrapolation beyond the longest step tried so far, per iteration. */
  private static final double EXPANSION = 4.0;

  private static final int MAX_ITERATIONS = 12;

  private LineSearch() {}

  static Result search(InternalFcn f, double[] x, double f0, double[] direction, double slope) {
    int n = x.length;
    // Smallest α that still moves some coordinate by more than its rounding level.
    double alphaMin = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (direction[i] != 0) {
        alphaMin =
            Math.min(
                alphaMin,
                Precision.EPS2 * (Math.abs(x[i]) + Precision.EPS2) / Math.abs(direction[i]));
      }
    }
    if (!Double.isFinite(alphaMin)) {
      return new Result(0.0, f0);
    }
    // Changes of F below this are rounding noise and prove nothing.
    double noise = Precision.EPS2 * (Math.abs(f0) + 1e-300);

    double[] as = new double[3];
    double[] fs = new double[3];
    double alpha = 1.0;
    double f1 = evaluate(f, x, direction, alpha);
    for (int k = 0; k < 30 && f1 == Double.POSITIVE_INFINITY && alpha > alphaMin; k++) {
      alpha *= 0.25;
      f1 = evaluate(f, x, direction, alpha);
    }
    if (f1 == Double.POSITIVE_INFINITY) {
      return new Result(0.0, f0);
    }
    as[0] = 0.0;
    fs[0] = f0;
    as[1] = alpha;
    fs[1] = f1;
    int count = 2;
    double bestA = f1 < f0 ? alpha : 0.0;
    double bestF = Math.min(f0, f1);
    double maxTried = alpha;

    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double next;
      if (count == 2) {
        double c = (fs[1] - f0 - slope * as[1]) / (as[1] * as[1]);
        next = c > 0 ? -slope / (2.0 * c) : EXPANSION * maxTried;
      } else {
        next = parabolaMinimum(as, fs, bestA, maxTried);
      }
      next = Math.min(next, Math.min(ALPHA_MAX, EXPANSION * maxTried));
      next = Math.max(next, alphaMin);
      if (Math.abs(next - bestA) <= TOLERANCE * Math.max(bestA, alphaMin)
          || alreadyTried(as, count, next)) {
        break;
      }
      double fn = evaluate(f, x, direction, next);
      maxTried = Math.max(maxTried, next);
      double previousBest = bestF;
      if (fn < bestF) {
        bestF = fn;
        bestA = next;
      }
      count = keepLowest(as, fs, count, next, fn);
      if (fn < previousBest && previousBest - fn < noise && iter > 0) {
        break;
      }
      if (maxTried >= ALPHA_MAX && bestA == maxTried) {
        break;
      }
    }
    if (!(bestF < f0)) {
      return new Result(0.0, f0);
    }
    return new Result(bestA, bestF);
  }

  private static double evaluate(InternalFcn f, double[] x, double[] direction, double alpha) {
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = x[i] + alpha * direction[i];
    }
    double v = f.value(p);
    // NaN means "no acceptable value here": treat like an infinitely high wall.
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  /** Vertex of the parabola through three points, or an expansion step if it opens downward. */
  private static double parabolaMinimum(double[] a, double[] f, double bestA, double maxTried) {
    double d01 = (f[1] - f[0]) / (a[1] - a[0]);
    double d12 = (f[2] - f[1]) / (a[2] - a[1]);
    double curvature = (d12 - d01) / (a[2] - a[0]);
    if (!(curvature > 0) || !Double.isFinite(curvature)) {
      return bestA >= maxTried ? EXPANSION * maxTried : 0.5 * (bestA + maxTried);
    }
    return 0.5 * (a[0] + a[1]) - d01 / (2.0 * curvature);
  }

  private static boolean alreadyTried(double[] a, int count, double next) {
    for (int i = 0; i < count; i++) {
      if (Math.abs(a[i] - next) <= 1e-12 * Math.max(1.0, Math.abs(next))) {
        return true;
      }
    }
    return false;
  }

  /** Adds a point and keeps the three with the lowest F. Returns the new count. */
  private static int keepLowest(double[] a, double[] f, int count, double an, double fn) {
    if (count < 3) {
      a[count] = an;
      f[count] = fn;
      return count + 1;
    }
    int worst = 0;
    for (int i = 1; i < 3; i++) {
      if (f[i] > f[worst]) {
        worst = i;
      }
    }
    if (fn < f[worst]) {
      a[worst] = an;
      f[worst] = fn;
    }
    return 3;
  }
}
