package org.vfit.fit.minuit;

/**
 * A numerical gradient in internal coordinates with, per parameter, the diagonal second derivative
 * found along the way and the step that produced it. The steps are reused as the starting point of
 * the next gradient, which is what makes Minuit's derivative step sizes adaptive.
 */
record Gradient(double[] grad, double[] g2, double[] step) {

  /**
   * The starting guess before any derivative is known (Minuit's "initial gradient"): the user's
   * step d is taken to be about one standard deviation, so the curvature is about 2·up/d² and the
   * slope over one step about g2·d. Only the steps and g2 matter; they seed {@link #compute}.
   */
  static Gradient initial(InternalFcn f, double[] x, double[] internalSteps) {
    int n = x.length;
    double up = f.errorDef();
    double[] grad = new double[n];
    double[] g2 = new double[n];
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      double d = internalSteps[i];
      g2[i] = 2.0 * up / (d * d);
      grad[i] = g2[i] * d;
      double smallest = 8.0 * Precision.EPS2 * (Math.abs(x[i]) + Precision.EPS2);
      step[i] = Math.max(smallest, 0.1 * d);
      if (f.transform(i).isPeriodic()) {
        step[i] = Math.min(step[i], 0.5);
      }
    }
    return new Gradient(grad, g2, step);
  }

  /**
   * Central-difference gradient with MINUIT's adaptive step (Reference Manual, "Numerical
   * derivatives"; routine MNDERI): the step is chosen so that the expected second-order change
   * 0.5·g2·h² is just above the rounding level of F, iterated a strategy-dependent number of times
   * until step and gradient settle. Costs two calls per parameter and cycle.
   */
  static Gradient compute(
      InternalFcn f, double[] x, double fx, Gradient previous, Strategy strategy) {
    int n = x.length;
    double[] grad = previous.grad.clone();
    double[] g2 = previous.g2.clone();
    double[] step = previous.step.clone();
    // Rounding level of F: differences smaller than this are noise (8·ε₂ as in MNDERI).
    double dfmin = 8.0 * Precision.EPS2 * (Math.abs(fx) + f.errorDef());
    double tiny = 8.0 * Precision.EPS * Precision.EPS;
    double[] xx = x.clone();
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double epspri = Precision.EPS2 + Math.abs(grad[i] * Precision.EPS2);
      double stepBefore = 0.0;
      for (int cycle = 0; cycle < strategy.gradientCycles(); cycle++) {
        double optimal = Math.sqrt(dfmin / (Math.abs(g2[i]) + epspri));
        double h = Math.max(optimal, Math.abs(0.1 * step[i]));
        if (f.transform(i).isPeriodic()) {
          h = Math.min(h, 0.5);
        }
        h = Math.min(h, 10.0 * Math.abs(step[i]));
        h = Math.max(h, Math.max(tiny, 8.0 * Math.abs(Precision.EPS2 * xi)));
        if (Math.abs((h - stepBefore) / h) < strategy.gradientStepTolerance()) {
          break;
        }
        step[i] = h;
        stepBefore = h;
        xx[i] = xi + h;
        double fPlus = f.value(xx);
        xx[i] = xi - h;
        double fMinus = f.value(xx);
        xx[i] = xi;
        double gradBefore = grad[i];
        grad[i] = 0.5 * (fPlus - fMinus) / h;
        g2[i] = (fPlus + fMinus - 2.0 * fx) / (h * h);
        if (Math.abs(gradBefore - grad[i]) / (Math.abs(grad[i]) + dfmin / h)
            < strategy.gradientTolerance()) {
          break;
        }
      }
    }
    return new Gradient(grad, g2, step);
  }

  boolean isFinite() {
    for (double v : grad) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
