package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vfit.fit.minuit.Checks.assertRelative;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Linear;

/** MINOS against profiles computed independently of the minimiser, and its failure flags. */
class MinosTest {

  /**
   * MINOS stops when F is within 2e-5·up of the crossing (10⁻⁵σ on the error) and its inner fits
   * reach EDM 2e-6·up; 3e-5 relative covers both.
   */
  private static final double MINOS = 3e-5;

  /** Root of g on [a, b] by bisection to machine precision (test-side truth). */
  private static double bisect(DoubleUnaryOperator g, double a, double b) {
    double ga = g.applyAsDouble(a);
    for (int i = 0; i < 200; i++) {
      double c = 0.5 * (a + b);
      double gc = g.applyAsDouble(c);
      if ((gc < 0) == (ga < 0)) {
        a = c;
        ga = gc;
      } else {
        b = c;
      }
    }
    return 0.5 * (a + b);
  }

  @Test
  void singlePoissonCountHasTheExactLikelihoodInterval() {
    // −2 ln L for n = 3 observed counts with mean μ: 2(μ − n ln μ) + const, minimum at μ = 3.
    // The interval solves 2(μ − 3 ln μ) − 2(3 − 3 ln 3) = 1, here by bisection.
    double n = 3;
    Fcn f = x -> 2 * (x[0] - n * Math.log(x[0]));
    Minuit m =
        new Minuit(f, new String[] {"mu"}, new double[] {2})
            .limits("mu", 1e-9, 100)
            .tolerance(1e-6);
    assertTrue(m.migrad().isValid());
    MinosError e = m.minos("mu").get("mu");
    double fmin = f.value(new double[] {n});
    DoubleUnaryOperator g = mu -> f.value(new double[] {mu}) - fmin - 1;
    double lo = bisect(g, 0.5, n) - n;
    double hi = bisect(g, n, 10) - n;
    assertTrue(e.isValid());
    assertRelative(lo, e.lower(), MINOS, "lower");
    assertRelative(hi, e.upper(), MINOS, "upper");
    assertTrue(-e.lower() < e.upper(), "Poisson interval is asymmetric upward");
  }

  @Test
  void profiledPoissonFitMatchesAnalyticProfile() {
    // Exponential decay A·exp(−t/τ) fitted to Poisson counts: for fixed τ the best A is
    // Σn / Σexp(−t/τ) in closed form, so the τ profile is exact without any minimiser.
    double[] t = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
    double[] n = {9, 5, 4, 1, 2, 0};
    Fcn nll =
        x -> {
          double s = 0;
          for (int i = 0; i < t.length; i++) {
            double mu = x[0] * Math.exp(-t[i] / x[1]);
            s += mu - n[i] * Math.log(mu);
          }
          return 2 * s;
        };
    DoubleUnaryOperator profile =
        tau -> {
          double sn = 0;
          double se = 0;
          for (int i = 0; i < t.length; i++) {
            sn += n[i];
            se += Math.exp(-t[i] / tau);
          }
          return nll.value(new double[] {sn / se, tau});
        };
    Minuit m = new Minuit(nll, new String[] {"A", "tau"}, new double[] {10, 2}).tolerance(1e-6);
    FunctionMinimum fm = m.migrad();
    assertTrue(fm.isValid());
    double tauHat = fm.value("tau");
    double fmin = Math.min(fm.fval(), profile.applyAsDouble(tauHat));
    DoubleUnaryOperator g = tau -> profile.applyAsDouble(tau) - fmin - 1;
    double lo = bisect(g, 0.5, tauHat) - tauHat;
    double hi = bisect(g, tauHat, 10) - tauHat;
    MinosError e = m.minos("tau").get("tau");
    assertTrue(e.isValid());
    assertRelative(lo, e.lower(), MINOS, "tau lower");
    assertRelative(hi, e.upper(), MINOS, "tau upper");
    assertTrue(e.upper() / -e.lower() > 1.5, "clearly asymmetric");
  }

  @Test
  void crossingBeyondALimitIsFlaggedAtLimit() {
    // F = ((a − 0.3)/0.5)²: the lower crossing would be at −0.2, below the limit 0.
    Fcn f = x -> Math.pow((x[0] - 0.3) / 0.5, 2) + Math.pow(x[1] - 1, 2);
    Minuit m =
        new Minuit(f, new String[] {"a", "b"}, new double[] {1, 0})
            .limits("a", 0, 10)
            .tolerance(1e-6);
    assertTrue(m.migrad().isValid());
    MinosError e = m.minos("a").get("a");
    assertFalse(e.lowerValid());
    assertTrue(e.atLowerLimit());
    assertFalse(e.isValid());
    assertTrue(e.upperValid() && !e.atUpperLimit());
    assertRelative(0.5, e.upper(), MINOS, "upper crossing unaffected by the far limit");
    assertEquals(-m.value("a"), e.lower(), 1e-15, "lower side reports the distance to the limit");
  }

  @Test
  void exhaustedCallBudgetIsFlagged() {
    double[][] c = {{4.0, 1.2, -0.6}, {1.2, 1.0, -0.15}, {-0.6, -0.15, 0.25}};
    double[] mu = {1.5, -2.0, 0.7};
    double[][] w = Linear.inverse(c);
    // The quartic term in b makes each conditional fit non-trivial (on a pure quadratic the
    // regression warm start is already the conditional minimum and needs no iterations).
    Minuit m =
        new Minuit(
            x -> Checks.quadraticForm(w, x, mu) + Math.pow(x[1] - mu[1], 4),
            new String[] {"a", "b", "c"},
            new double[] {0, 0, 0});
    assertTrue(m.migrad().isValid());
    m.maxCalls(5);
    MinosError e = m.minos("a").get("a");
    assertFalse(e.isValid());
    assertTrue(e.lowerCallLimit() && e.upperCallLimit(), e::toString);
  }

  @Test
  void deeperMinimumAcrossABarrierIsReportedAsNewMinimum() {
    // Double well (x² − 1)² + 0.3x: MIGRAD from x = 1 stops in the upper well near x = 0.96;
    // the barrier at x ≈ 0 is only ~0.6 above it, less than errorDef, so the lower MINOS
    // search crosses it and finds the deeper well near x = −1.04.
    Fcn f = v -> Math.pow(v[0] * v[0] - 1, 2) + 0.3 * v[0] + v[1] * v[1];
    Minuit m = new Minuit(f, new String[] {"x", "y"}, new double[] {1, 0.1});
    assertTrue(m.migrad().isValid());
    Map<String, MinosError> e = m.minos("x");
    assertTrue(e.get("x").lowerNewMinimum(), () -> e.get("x").toString());
    assertFalse(e.get("x").isValid());
  }

  @Test
  void minosNeedsAValidMinimum() {
    Minuit m = new Minuit(x -> x[0], new String[] {"x"}, new double[] {0});
    assertFalse(m.migrad().isValid());
    assertThrows(IllegalStateException.class, () -> m.minos("x"));
  }
}
