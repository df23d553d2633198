package org.vfit.fit.minuit;

/**
 * HESSE: the full matrix of second derivatives by finite differences in internal coordinates,
 * inverted to the error matrix (F. James, MINUIT Reference Manual, routine MNHESS; Minuit2 user's
 * guide, "MnHesse").
 *
 * <p>Diagonal elements: the step d is tuned, a strategy-dependent number of times, until the "sag"
 * ½·g2·d² equals the target √ε₂·(|F| + up), i.e. the step is as small as rounding permits and no
 * smaller. Off-diagonal elements use the same steps in the symmetric formula [F(x+dᵢ+dⱼ) +
 * F(x−dᵢ−dⱼ) − F(x±dᵢ) − F(x±dⱼ) + 2F(x)] / (2dᵢdⱼ), which re-uses the diagonal evaluations and has
 * no O(d) truncation error (the one-sided formula of MNHESS has, and on a Rosenbrock valley it
 * moves the errors by 0.1–0.5%).
 *
 * <p>Minuit's target sag keeps the relative rounding error of the differences near 10⁻¹² but leaves
 * an O(d²) truncation error of order 10⁻⁴ on smooth non-quadratic functions (a Poisson likelihood,
 * a sine-transformed parameter). Every element is therefore also computed with half the steps and
 * the two combined by Richardson extrapolation, (4·H(d/2) − H(d))/3, which removes the d² term at
 * the cost of two more calls per element; where the two disagree by more than 10% F is not smooth
 * on that scale (noise, a kink) and the plain estimate with the longer step is kept.
 */
final class HesseCalculator {

  /**
   * @param inverse the error matrix V = H⁻¹ (internal; forced positive definite if needed)
   * @param hessian the second-derivative matrix H as measured
   * @param gradient central-difference gradient with the tuned steps
   * @param failed a second derivative could not be measured (zero or negative sag)
   * @param madePosDef V had to be forced positive definite
   */
  record Result(
      double[][] inverse,
      double[][] hessian,
      Gradient gradient,
      boolean failed,
      boolean madePosDef) {}

  private HesseCalculator() {}

  /**
   * Richardson extrapolation of a central difference from steps d and d/2, unless the two differ by
   * more than 10% of {@code scale}, in which case the step-d value is the safer one.
   */
  private static double richardson(double atD, double atHalf, double scale) {
    if (!Double.isFinite(atHalf) || Math.abs(atHalf - atD) > 0.1 * scale) {
      return atD;
    }
    return (4.0 * atHalf - atD) / 3.0;
  }

  /**
   * @param initialSteps starting steps per parameter (e.g. from the last gradient); only their
   *     magnitude matters, the tuning converges from any reasonable start
   */
  static Result compute(
      InternalFcn f,
      double[] x,
      double fx,
      double[] initialSteps,
      Gradient previous,
      Strategy strategy) {
    int n = x.length;
    double up = f.errorDef();
    double aimsag = Math.sqrt(Precision.EPS2) * (Math.abs(fx) + up);
    double[] grad = previous.grad().clone();
    double[] g2 = previous.g2().clone();
    double[] used = new double[n];
    double[] fPlus = new double[n];
    double[] fMinus = new double[n];
    double[][] h = new double[n][n];
    boolean failed = false;
    double[] xx = x.clone();

    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double dmin = 8.0 * Precision.EPS2 * (Math.abs(xi) + Precision.EPS2);
      boolean periodic = f.transform(i).isPeriodic();
      double d = Math.max(Math.abs(initialSteps[i]), dmin);
      boolean measured = false;
      for (int cycle = 0; cycle < strategy.hessianCycles(); cycle++) {
        double sag = 0;
        double fp = 0;
        double fm = 0;
        // A zero sag means the step is below the resolution of F: enlarge it tenfold, at
        // most a few times (and never beyond half a radian for a sine-limited parameter).
        boolean positive = false;
        for (int tries = 0; tries < 5; tries++) {
          xx[i] = xi + d;
          fp = f.value(xx);
          xx[i] = xi - d;
          fm = f.value(xx);
          xx[i] = xi;
          sag = 0.5 * (fp + fm - 2.0 * fx);
          if (sag > Precision.EPS2 * Math.abs(fx) && Double.isFinite(sag)) {
            positive = true;
            break;
          }
          if (periodic && d >= 0.5) {
            break;
          }
          d = periodic ? Math.min(10.0 * d, 0.5) : 10.0 * d;
        }
        if (!positive) {
          break;
        }
        measured = true;
        double g2Before = g2[i];
        g2[i] = 2.0 * sag / (d * d);
        grad[i] = (fp - fm) / (2.0 * d);
        used[i] = d;
        fPlus[i] = fp;
        fMinus[i] = fm;
        double dLast = d;
        d = Math.sqrt(2.0 * aimsag / g2[i]);
        if (periodic) {
          d = Math.min(d, 0.5);
        }
        d = Math.max(d, dmin);
        if (Math.abs((d - dLast) / d) < strategy.hessianStepTolerance()
            || Math.abs((g2[i] - g2Before) / g2[i]) < strategy.hessianG2Tolerance()) {
          break;
        }
        d = Math.min(d, 10.0 * dLast);
        d = Math.max(d, 0.1 * dLast);
      }
      if (!measured) {
        failed = true;
        used[i] = d;
        g2[i] = Double.NaN;
      }
      h[i][i] = g2[i];
    }
    double[] fPlusHalf = new double[n];
    double[] fMinusHalf = new double[n];
    if (!failed) {
      for (int i = 0; i < n; i++) {
        double half = 0.5 * used[i];
        xx[i] = x[i] + half;
        fPlusHalf[i] = f.value(xx);
        xx[i] = x[i] - half;
        fMinusHalf[i] = f.value(xx);
        xx[i] = x[i];
        double g2Half = (fPlusHalf[i] + fMinusHalf[i] - 2.0 * fx) / (half * half);
        h[i][i] = richardson(g2[i], g2Half, Math.abs(g2[i]));
        g2[i] = h[i][i];
      }
    }
    if (failed) {
      return new Result(null, h, new Gradient(grad, g2, used.clone()), true, false);
    }
    // The central differences above use steps sized for second derivatives, far too long for
    // an accurate first derivative of a non-quadratic F (their O(d²) error inflates EDM). Redo
    // the gradient with the first-derivative step rule, seeded with the curvatures just
    // measured, so that EDM after HESSE is the same quantity MIGRAD converged on.
    double[] seedSteps = new double[n];
    for (int i = 0; i < n; i++) {
      seedSteps[i] = used[i];
    }
    Gradient gradient =
        Gradient.compute(f, x, fx, new Gradient(grad, g2.clone(), seedSteps), strategy);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        xx[i] = x[i] + used[i];
        xx[j] = x[j] + used[j];
        double fpp = f.value(xx);
        xx[i] = x[i] - used[i];
        xx[j] = x[j] - used[j];
        double fmm = f.value(xx);
        xx[i] = x[i];
        xx[j] = x[j];
        double hij =
            (fpp + fmm - fPlus[i] - fMinus[i] - fPlus[j] - fMinus[j] + 2.0 * fx)
                / (2.0 * used[i] * used[j]);
        xx[i] = x[i] + 0.5 * used[i];
        xx[j] = x[j] + 0.5 * used[j];
        double hpp = f.value(xx);
        xx[i] = x[i] - 0.5 * used[i];
        xx[j] = x[j] - 0.5 * used[j];
        double hmm = f.value(xx);
        xx[i] = x[i];
        xx[j] = x[j];
        double hijHalf =
            (hpp + hmm - fPlusHalf[i] - fMinusHalf[i] - fPlusHalf[j] - fMinusHalf[j] + 2.0 * fx)
                / (0.5 * used[i] * used[j]);
        double r = richardson(hij, hijHalf, Math.sqrt(Math.abs(h[i][i] * h[j][j])));
        h[i][j] = r;
        h[j][i] = r;
      }
    }
    double[][] inverse = Matrices.invert(h);
    boolean forced = false;
    if (inverse == null) {
      // Singular Hessian: fall back to the diagonal, which is what can still be trusted.
      double[] diag = new double[n];
      for (int i = 0; i < n; i++) {
        diag[i] = 1.0 / h[i][i];
      }
      inverse = Matrices.diagonal(diag);
      forced = true;
    }
    Matrices.PosDef pd = Matrices.makePositiveDefinite(inverse);
    return new Result(pd.matrix(), h, gradient, false, forced || pd.forced());
  }
}
