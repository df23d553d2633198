package org.vfit.fit.minuit;

/**
 * MIGRAD: Minuit's variable-metric minimiser (F. James, MINUIT Reference Manual, CERN D506,
 * "MIGRAD"; F. James and M. Winkler, Minuit2 user's guide, "MnMigrad"), written for vfit.
 *
 * <p>At each iteration the step is the Newton step −V·g with V the current estimate of the inverse
 * second-derivative matrix; a parabolic {@link LineSearch} picks how far to go; V is updated with
 * the Davidon–Fletcher–Powell rank-two formula, switched to the BFGS form when that keeps V better
 * conditioned (R. Fletcher, Comput. J. 13 (1970) 317, as in MINUIT's MNVERT/MNMIGR). Convergence is
 * declared when the estimated distance to the minimum EDM = ½·gᵀVg falls below the goal.
 */
final class Migrad {

  private Migrad() {}

  /**
   * @param steps initial internal steps (about one standard deviation each)
   * @param edmGoal convergence threshold on EDM
   * @param maxCalls call budget; exceeding it ends the minimisation as invalid
   */
  static MinimumState minimize(
      InternalFcn f,
      double[] start,
      double[] steps,
      Strategy strategy,
      double edmGoal,
      long maxCalls) {
    int n = start.length;
    long callsAtStart = f.calls();
    double up = f.errorDef();
    double[] x = start.clone();
    double fx = f.value(x);
    if (!Double.isFinite(fx)) {
      return failed(x, fx, n, f.calls() - callsAtStart);
    }
    Gradient g = Gradient.compute(f, x, fx, Gradient.initial(f, x, steps), strategy);

    // A non-positive diagonal second derivative makes the diagonal seed matrix useless; step
    // downhill along those axes first (Minuit2's "negative G2 line search").
    for (int round = 0; round < 3 && g.isFinite() && hasNonPositiveG2(g); round++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        if (g.g2()[i] > 0 || g.grad()[i] == 0) {
          continue;
        }
        double[] dir = new double[n];
        dir[i] = -Math.signum(g.grad()[i]) * Math.max(steps[i], 10.0 * g.step()[i]);
        LineSearch.Result ls = LineSearch.search(f, x, fx, dir, -Math.abs(g.grad()[i] * dir[i]));
        if (ls.alpha() > 0) {
          x[i] += ls.alpha() * dir[i];
          fx = ls.fval();
          moved = true;
        }
      }
      if (!Double.isFinite(fx)) {
        return failed(x, fx, n, f.calls() - callsAtStart);
      }
      g = Gradient.compute(f, x, fx, g, strategy);
      if (!moved) {
        break;
      }
    }
    if (!g.isFinite()) {
      return failed(x, fx, n, f.calls() - callsAtStart);
    }

    Metric m = new Metric(g);
    if (strategy.level() == 2) {
      m.measureWithHesse(f, x, fx, strategy);
    }
    if (m.v == null) {
      m.v = seedMatrix(m.g, steps, up);
    }
    m.edm = MinimumState.edm(m.g, m.v);
    boolean hesseFailed = false;
    boolean triedHesseAfterStall = false;

    for (int round = 0; ; round++) {
      while (m.edm > edmGoal && f.calls() - callsAtStart < maxCalls) {
        double[] step = negate(Matrices.times(m.v, m.g.grad()));
        double gdel = Matrices.dot(step, m.g.grad());
        if (!(gdel < 0)) {
          // Not a descent direction: V has lost positive definiteness.
          Matrices.PosDef pd = Matrices.makePositiveDefinite(m.v);
          m.v = pd.matrix();
          m.madePosDef |= pd.forced();
          step = negate(Matrices.times(m.v, m.g.grad()));
          gdel = Matrices.dot(step, m.g.grad());
          if (!(gdel < 0)) {
            m.v = seedMatrix(m.g, steps, up);
            m.dcovar = 1.0;
            step = negate(Matrices.times(m.v, m.g.grad()));
            gdel = Matrices.dot(step, m.g.grad());
            if (!(gdel < 0)) {
              break;
            }
          }
        }
        LineSearch.Result ls = LineSearch.search(f, x, fx, step, gdel);
        if (ls.alpha() == 0.0) {
          // No progress along the Newton direction: either V is poor (re-measure it once
          // with HESSE) or F is flat to machine precision here (stop; EDM decides validity).
          if (triedHesseAfterStall) {
            break;
          }
          triedHesseAfterStall = true;
          if (!m.measureWithHesse(f, x, fx, strategy)) {
            break;
          }
          continue;
        }
        double[] xNew = new double[n];
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + ls.alpha() * step[i];
        }
        double fNew = ls.fval();
        if (!Double.isFinite(fNew)) {
          return failed(xNew, fNew, n, f.calls() - callsAtStart);
        }
        Gradient gNew = Gradient.compute(f, xNew, fNew, m.g, strategy);
        if (!gNew.isFinite()) {
          return failed(xNew, fNew, n, f.calls() - callsAtStart);
        }
        double[][] vNew = update(m.v, x, xNew, m.g, gNew);
        if (vNew != m.v) {
          m.dcovar = 0.5 * (m.dcovar + relativeChange(m.v, vNew));
          m.hesseDone = false;
        }
        m.v = vNew;
        x = xNew;
        fx = fNew;
        m.g = gNew;
        m.edm = MinimumState.edm(m.g, m.v);
        if (m.edm < 0) {
          Matrices.PosDef pd = Matrices.makePositiveDefinite(m.v);
          m.v = pd.matrix();
          m.madePosDef |= pd.forced();
          m.edm = MinimumState.edm(m.g, m.v);
        }
      }
      boolean callLimit = f.calls() - callsAtStart >= maxCalls;
      // Strategy 1 re-measures the matrix with HESSE when the variable-metric estimate is
      // still changing; strategy 2 always does (Minuit2 user's guide, "MnMigrad").
      boolean wantHesse =
          !callLimit
              && !m.hesseDone
              && (strategy.level() == 2 || (strategy.level() == 1 && m.dcovar > 0.05));
      if (!wantHesse) {
        break;
      }
      if (!m.measureWithHesse(f, x, fx, strategy)) {
        hesseFailed = true;
        break;
      }
      // The better matrix may reveal that the minimum is not reached yet: continue, a
      // bounded number of times.
      if (m.edm <= edmGoal || round >= 2) {
        break;
      }
    }
    long calls = f.calls() - callsAtStart;
    boolean callLimit = calls >= maxCalls && m.edm > edmGoal;
    // Minuit accepts a minimum whose EDM is above the goal by up to a factor 10, since EDM
    // itself is only an estimate (Minuit2: "IsAboveMaxEdm").
    boolean above = m.edm > 10.0 * edmGoal || !Double.isFinite(m.edm);
    return new MinimumState(
        x,
        fx,
        m.v,
        m.g,
        m.edm,
        calls,
        Double.isFinite(fx),
        true,
        m.hesseDone,
        hesseFailed,
        m.madePosDef,
        m.dcovar,
        above,
        callLimit);
  }

  /**
   * The variable-metric estimate V of the inverse second-derivative matrix, the gradient it was
   * last used with, EDM, and what is known of V's origin; mutated as MIGRAD iterates.
   */
  private static final class Metric {
    Gradient g;
    double[][] v;
    double edm;
    boolean hesseDone;
    boolean madePosDef;
    double dcovar = 1.0;

    Metric(Gradient g) {
      this.g = g;
    }

    /**
     * Replaces V and the gradient by a HESSE measurement at x (full second derivatives, so V is
     * then exact up to HESSE's numerical error: dcovar = 0). Returns false, changing nothing, if
     * HESSE failed.
     */
    boolean measureWithHesse(InternalFcn f, double[] x, double fx, Strategy strategy) {
      HesseCalculator.Result h = HesseCalculator.compute(f, x, fx, g.step(), g, strategy);
      if (h.failed()) {
        return false;
      }
      v = h.inverse();
      g = h.gradient();
      madePosDef = h.madePosDef();
      hesseDone = true;
      dcovar = 0.0;
      edm = MinimumState.edm(g, v);
      return true;
    }
  }

  /** Diagonal starting matrix from the measured curvatures, or the user's steps where none. */
  private static double[][] seedMatrix(Gradient g, double[] steps, double up) {
    int n = steps.length;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      double g2 = g.g2()[i];
      d[i] = g2 > 0 && Double.isFinite(g2) ? 1.0 / g2 : steps[i] * steps[i] / (2.0 * up);
    }
    return Matrices.diagonal(d);
  }

  /**
   * Davidon–Fletcher–Powell update with Fletcher's switch to BFGS when δᵀγ &gt; γᵀVγ. If the
   * curvature along the step is not positive (δᵀγ ≤ 0) no update can keep V positive definite, so V
   * is returned unchanged.
   */
  static double[][] update(double[][] v, double[] x, double[] xNew, Gradient g, Gradient gNew) {
    int n = x.length;
    double[] dx = new double[n];
    double[] dg = new double[n];
    for (int i = 0; i < n; i++) {
      dx[i] = xNew[i] - x[i];
      dg[i] = gNew.grad()[i] - g.grad()[i];
    }
    double delgam = Matrices.dot(dx, dg);
    double[] vg = Matrices.times(v, dg);
    double gvg = Matrices.dot(dg, vg);
    if (!(delgam > 0) || !(gvg > 0)) {
      return v;
    }
    double[][] r = new double[n][n];
    boolean bfgs = delgam > gvg;
    double[] u = new double[n];
    if (bfgs) {
      for (int i = 0; i < n; i++) {
        u[i] = dx[i] / delgam - vg[i] / gvg;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double val = v[i][j] + dx[i] * dx[j] / delgam - vg[i] * vg[j] / gvg;
        if (bfgs) {
          val += gvg * u[i] * u[j];
        }
        r[i][j] = val;
      }
    }
    Matrices.symmetrise(r);
    return r;
  }

  private static double relativeChange(double[][] a, double[][] b) {
    double diff = 0;
    double norm = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        diff += Math.abs(b[i][j] - a[i][j]);
        norm += Math.abs(b[i][j]);
      }
    }
    return norm > 0 ? diff / norm : 1.0;
  }

  private static boolean hasNonPositiveG2(Gradient g) {
    for (double v : g.g2()) {
      if (!(v > 0)) {
        return true;
      }
    }
    return false;
  }

  private static double[] negate(double[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = -a[i];
    }
    return r;
  }

  private static MinimumState failed(double[] x, double fx, int n, long calls) {
    double[] zeros = new double[n];
    return new MinimumState(
        x,
        fx,
        new double[n][n],
        new Gradient(zeros, zeros.clone(), zeros.clone()),
        Double.NaN,
        calls,
        false,
        false,
        false,
        false,
        false,
        1.0,
        true,
        false);
  }
}
