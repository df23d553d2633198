package org.vfit.fit.minuit;

/**
 * MIGRAD with some parameters held at given values and the others re-minimised: the building block
 * of MINOS, profiles and contours. Immutable and thread-safe as long as the user's function is.
 */
final class ConditionalFit {

  /** Outcome of one conditional minimisation, in external coordinates. */
  record Point(double fval, double[] values, boolean valid, boolean reachedCallLimit, long nfcn) {}

  private final Fcn fcn;
  private final Limits[] limits;
  private final boolean[] fixed;
  private final double[] steps;
  private final Strategy strategy;
  private final double edmGoal;
  private final long maxCalls;

  /**
   * @param steps external steps (about one error) used to start each minimisation
   */
  ConditionalFit(
      Fcn fcn,
      Limits[] limits,
      boolean[] fixed,
      double[] steps,
      Strategy strategy,
      double edmGoal,
      long maxCalls) {
    this.fcn = fcn;
    this.limits = limits.clone();
    this.fixed = fixed.clone();
    this.steps = steps.clone();
    this.strategy = strategy;
    this.edmGoal = edmGoal;
    this.maxCalls = maxCalls;
  }

  /**
   * Minimises over the free parameters not in {@code held}, with parameters {@code held[k]} at
   * {@code heldValues[k]}, starting from {@code start} (external).
   */
  Point minimize(int[] held, double[] heldValues, double[] start) {
    boolean[] fix = fixed.clone();
    double[] x = start.clone();
    for (int k = 0; k < held.length; k++) {
      fix[held[k]] = true;
      x[held[k]] = heldValues[k];
    }
    for (int i = 0; i < x.length; i++) {
      if (!fix[i]) {
        x[i] = limits[i].clamp(x[i]);
      }
    }
    InternalFcn f = new InternalFcn(fcn, x, limits, fix);
    if (f.dimension() == 0) {
      double v = f.value(new double[0]);
      return new Point(v, x, Double.isFinite(v), false, 1);
    }
    double[] p = f.toInternal(x);
    double[] s = new double[f.dimension()];
    for (int k = 0; k < s.length; k++) {
      int i = f.externalIndex(k);
      s[k] = f.transform(k).internalStep(x[i], steps[i]);
    }
    MinimumState st = Migrad.minimize(f, p, s, strategy, edmGoal, maxCalls);
    return new Point(
        st.fval(),
        f.toExternal(st.x()),
        st.validParameters() && !st.aboveMaxEdm() && !st.reachedCallLimit(),
        st.reachedCallLimit(),
        st.calls());
  }
}
