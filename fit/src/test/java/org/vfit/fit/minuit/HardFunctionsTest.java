package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vfit.fit.minuit.Checks.assertAbsolute;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classic hard test functions (J. J. Moré, B. S. Garbow, K. E. Hillstrom, ACM TOMS 7 (1981) 17)
 * from their standard starting points, and Goldstein–Price, whose several local minima need {@link
 * MultiStart}.
 */
class HardFunctionsTest {

  static final Fcn ROSENBROCK = x -> Math.pow(1 - x[0], 2) + 100 * Math.pow(x[1] - x[0] * x[0], 2);
  static final Fcn BEALE =
      x ->
          Math.pow(1.5 - x[0] + x[0] * x[1], 2)
              + Math.pow(2.25 - x[0] + x[0] * x[1] * x[1], 2)
              + Math.pow(2.625 - x[0] + x[0] * x[1] * x[1] * x[1], 2);
  static final Fcn POWELL_SINGULAR =
      x ->
          Math.pow(x[0] + 10 * x[1], 2)
              + 5 * Math.pow(x[2] - x[3], 2)
              + Math.pow(x[1] - 2 * x[2], 4)
              + 10 * Math.pow(x[0] - x[3], 4);
  static final Fcn GOLDSTEIN_PRICE =
      v -> {
        double x = v[0];
        double y = v[1];
        double a =
            1 + Math.pow(x + y + 1, 2) * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y);
        double b =
            30
                + Math.pow(2 * x - 3 * y, 2)
                    * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y);
        return a * b;
      };

  /**
   * At EDM e a locally quadratic minimum is at most √(2e/up) standard deviations away; MIGRAD may
   * stop at up to 10× its goal, so values are checked within √(20·edmGoal)·σ.
   */
  private static double edmBound(FunctionMinimum f, String name) {
    return Math.sqrt(20 * f.edmGoal() / f.errorDef()) * f.error(name);
  }

  @ParameterizedTest(name = "strategy {0}")
  @ValueSource(ints = {0, 1, 2})
  void rosenbrockAtEveryStrategy(int strategy) {
    Minuit m =
        new Minuit(ROSENBROCK, new String[] {"x", "y"}, new double[] {-1.2, 1.0})
            .strategy(strategy)
            .tolerance(1e-4);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid(), () -> Summary.format(f, java.util.Map.of()));
    assertAbsolute(1.0, f.value("x"), edmBound(f, "x"), "x");
    assertAbsolute(1.0, f.value("y"), edmBound(f, "y"), "y");
    if (strategy >= 1) {
      // Strategy ≥ 1 ends with a HESSE when needed, so the covariance must be accurate.
      assertTrue(f.hasAccurateCovariance());
    }
  }

  @Test
  void strategyTwoSpendsMoreCallsThanStrategyZero() {
    long n0 =
        new Minuit(ROSENBROCK, new String[] {"x", "y"}, new double[] {-1.2, 1.0})
            .strategy(0)
            .migrad()
            .nfcn();
    long n2 =
        new Minuit(ROSENBROCK, new String[] {"x", "y"}, new double[] {-1.2, 1.0})
            .strategy(2)
            .migrad()
            .nfcn();
    assertTrue(
        n2 > n0,
        "strategy 2 (" + n2 + " calls) should be more careful than strategy 0 (" + n0 + ")");
  }

  @Test
  void beale() {
    Minuit m = new Minuit(BEALE, new String[] {"x", "y"}, new double[] {1, 1}).tolerance(1e-6);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid());
    assertAbsolute(3.0, f.value("x"), edmBound(f, "x"), "x");
    assertAbsolute(0.5, f.value("y"), edmBound(f, "y"), "y");
    assertTrue(
        f.fval() < 1e-8, "F at the minimum is 0; at EDM ≤ 2e-8 it is below 1e-8: " + f.fval());
  }

  @Test
  void powellSingular() {
    // The Hessian is singular at the minimum (0,0,0,0): along two directions F grows only as
    // the fourth power, so the parameters converge like F^(1/4). F itself must get small.
    Minuit m =
        new Minuit(POWELL_SINGULAR, new String[] {"a", "b", "c", "d"}, new double[] {3, -1, 0, 1})
            .tolerance(1e-6);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid());
    assertTrue(f.fval() < 1e-8, "F = " + f.fval());
    for (double v : f.values()) {
      // F ≥ 10·(a − d)⁴ etc., so F < 1e-8 bounds each coordinate by ~(1e-8)^(1/4) = 0.01.
      assertTrue(Math.abs(v) < 0.01, "coordinate " + v);
    }
  }

  @Test
  void goldsteinPriceSingleStartCanBeTrapped() {
    // From (1, 1) MIGRAD falls into the local minimum F = 840 at (1.2, 0.8): one start is not
    // enough on this function, which is why MultiStart exists.
    Minuit m =
        new Minuit(
                GOLDSTEIN_PRICE,
                new String[] {"x", "y"},
                new double[] {1, 1},
                new double[] {0.1, 0.1})
            .limits("x", -2, 2)
            .limits("y", -2, 2);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid());
    // Near a minimum F − F_min ≈ EDM, which MIGRAD accepts up to 10 × goal.
    assertAbsolute(840.0, f.fval(), 10 * f.edmGoal(), "local minimum value");
  }

  @Test
  void goldsteinPriceMultiStartFindsTheGlobalMinimum() {
    Minuit m =
        new Minuit(
                GOLDSTEIN_PRICE,
                new String[] {"x", "y"},
                new double[] {1, 1},
                new double[] {0.1, 0.1})
            .limits("x", -2, 2)
            .limits("y", -2, 2);
    MultiStart.Result r = MultiStart.latinHypercube(m, 12, 20240601L, 2);
    FunctionMinimum best = r.best();
    assertTrue(best.isValid());
    // F − F_min ≈ EDM ≤ 10 × goal, as above.
    assertAbsolute(3.0, best.fval(), 10 * best.edmGoal(), "global minimum F = 3");
    assertAbsolute(0.0, best.value("x"), edmBound(best, "x"), "x");
    assertAbsolute(-1.0, best.value("y"), edmBound(best, "y"), "y");
    // Every distinct minimum found is one of the known ones (3, 30, 84, 840), best first.
    List<FunctionMinimum> distinct = r.distinctMinima();
    assertTrue(distinct.size() >= 2, distinct::toString);
    assertEquals(best, distinct.get(0));
    for (FunctionMinimum d : distinct) {
      boolean known = false;
      for (double v : new double[] {3, 30, 84, 840}) {
        known |= Math.abs(d.fval() - v) < 1e-3 * v;
      }
      assertTrue(known, "unexpected minimum " + d.fval());
    }
    // A regular 4×4 grid of starts reaches all four basins.
    assertEquals(4, MultiStart.grid(m, 4, 2).distinctMinima().size());
    // Same starts on one thread give bit-identical results.
    MultiStart.Result one = MultiStart.latinHypercube(m, 12, 20240601L, 1);
    for (int i = 0; i < r.all().size(); i++) {
      assertEquals(one.all().get(i).fval(), r.all().get(i).fval());
    }
  }
}
