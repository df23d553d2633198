package org.vfit.fit.minuit;

/**
 * Minuit's mapping between a limited external parameter and an unbounded internal one (F. James,
 * MINUIT Reference Manual, CERN D506, section "Parameter limits"; Minuit2 user's guide § "Parameter
 * transformations"):
 *
 * <ul>
 *   <li>two limits a &lt; b: ext = a + (b − a)(sin p + 1)/2, so p ranges over the real line and the
 *       limits are never crossed;
 *   <li>lower limit a only: ext = a − 1 + √(p² + 1);
 *   <li>upper limit b only: ext = b + 1 − √(p² + 1).
 * </ul>
 *
 * The minimiser works on p; values, errors and covariances are mapped back for the user.
 *
 * <p>The trigonometric functions are {@link StrictMath}'s, so that a fit gives the same bits on
 * every JVM and platform (vfit promises identical results for identical inputs wherever it runs).
 */
final class ParameterTransform {

  private enum Kind {
    NONE,
    BOTH,
    LOWER,
    UPPER
  }

  /**
   * How far inside a limit a start value sitting exactly on it is moved, in internal units: on the
   * limit the transform has zero slope, so the gradient would vanish and the parameter could never
   * leave. The size is the smallest internal step the numerical derivatives still resolve (8·√ε₂,
   * as for Minuit's smallest gradient step).
   */
  private static final double INSIDE = 8.0 * Math.sqrt(Precision.EPS2);

  private final Kind kind;
  private final double lower;
  private final double upper;

  private ParameterTransform(Kind kind, double lower, double upper) {
    this.kind = kind;
    this.lower = lower;
    this.upper = upper;
  }

  static ParameterTransform of(Limits limits) {
    if (limits.hasLower() && limits.hasUpper()) {
      return new ParameterTransform(Kind.BOTH, limits.lower(), limits.upper());
    }
    if (limits.hasLower()) {
      return new ParameterTransform(Kind.LOWER, limits.lower(), limits.upper());
    }
    if (limits.hasUpper()) {
      return new ParameterTransform(Kind.UPPER, limits.lower(), limits.upper());
    }
    return new ParameterTransform(Kind.NONE, limits.lower(), limits.upper());
  }

  boolean isLimited() {
    return kind != Kind.NONE;
  }

  /** True for the periodic sine transform, where internal steps beyond ~1 rad are meaningless. */
  boolean isPeriodic() {
    return kind == Kind.BOTH;
  }

  double toExternal(double p) {
    return switch (kind) {
      case NONE -> p;
      case BOTH -> lower + 0.5 * (upper - lower) * (StrictMath.sin(p) + 1.0);
      case LOWER -> lower - 1.0 + Math.sqrt(p * p + 1.0);
      case UPPER -> upper + 1.0 - Math.sqrt(p * p + 1.0);
    };
  }

  /** Internal value of an external one; values on or beyond a limit map just inside it. */
  double toInternal(double x) {
    switch (kind) {
      case NONE:
        return x;
      case BOTH:
        {
          double y = 2.0 * (x - lower) / (upper - lower) - 1.0;
          double p = StrictMath.asin(Math.max(-1.0, Math.min(1.0, y)));
          double edge = 0.5 * Math.PI - INSIDE;
          return Math.max(-edge, Math.min(edge, p));
        }
      case LOWER:
        {
          double u = Math.max(x - lower + 1.0, 1.0);
          return Math.max(INSIDE, Math.sqrt(u * u - 1.0));
        }
      case UPPER:
        {
          double u = Math.max(upper - x + 1.0, 1.0);
          return Math.max(INSIDE, Math.sqrt(u * u - 1.0));
        }
      default:
        throw new AssertionError(kind);
    }
  }

  /** d(external)/d(internal) at internal value p: the Jacobian used to map covariances. */
  double derivative(double p) {
    return switch (kind) {
      case NONE -> 1.0;
      case BOTH -> 0.5 * (upper - lower) * StrictMath.cos(p);
      case LOWER -> p / Math.sqrt(p * p + 1.0);
      case UPPER -> -p / Math.sqrt(p * p + 1.0);
    };
  }

  /**
   * External error for an internal error {@code sigma} at internal value p: half the span of the
   * external images of p ± sigma (the procedure of Fortran MINUIT's error printout). Unlike the
   * Jacobian it stays meaningful at a limit, where the slope vanishes but the images do not. When
   * the internal interval covers more than the whole sine half-period the parameter is
   * unconstrained within its limits and the error is half the allowed range.
   */
  double externalError(double p, double sigma) {
    if (kind == Kind.NONE) {
      return sigma;
    }
    if (kind == Kind.BOTH && sigma >= 0.5 * Math.PI) {
      return 0.5 * (upper - lower);
    }
    double x0 = toExternal(p);
    return 0.5 * (Math.abs(toExternal(p + sigma) - x0) + Math.abs(toExternal(p - sigma) - x0));
  }

  /**
   * Internal step corresponding to an external step {@code step} at external value x: the mean
   * internal distance to the images of x ± step (clipped to the limits), so a user's "1σ" guess
   * keeps its meaning inside the transform.
   */
  double internalStep(double x, double step) {
    if (kind == Kind.NONE) {
      return step;
    }
    double p0 = toInternal(x);
    double up = toInternal(Math.min(x + step, upper));
    double down = toInternal(Math.max(x - step, lower));
    double d = 0.5 * (Math.abs(up - p0) + Math.abs(down - p0));
    if (!(d > 0) || Double.isNaN(d)) {
      d = INSIDE;
    }
    return kind == Kind.BOTH ? Math.min(d, 1.0) : d;
  }

  /**
   * Whether the internal interval p ± sigma reaches the turning point of the transform, i.e. the
   * limit lies within one standard deviation and the external error is shaped by the limit.
   */
  boolean isAtLimit(double p, double sigma) {
    return switch (kind) {
      case NONE -> false;
      case BOTH -> Math.abs(p) + sigma >= 0.5 * Math.PI - INSIDE;
      case LOWER, UPPER -> Math.abs(p) <= Math.max(sigma, INSIDE);
    };
  }
}
