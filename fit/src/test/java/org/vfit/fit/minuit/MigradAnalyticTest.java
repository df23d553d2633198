package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vfit.fit.minuit.Checks.assertAbsolute;
import static org.vfit.fit.minuit.Checks.assertRelative;

import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Linear;

/** MIGRAD and HESSE on functions whose minimum and covariance are known exactly. */
class MigradAnalyticTest {

  private static final String[] ABC = {"a", "b", "c"};

  /** A covariance with strong correlations of both signs (ρ = 0.6, −0.6, −0.3). */
  private static final double[][] C = {{4.0, 1.2, -0.6}, {1.2, 1.0, -0.15}, {-0.6, -0.15, 0.25}};

  private static final double[] MU = {1.5, -2.0, 0.7};

  /**
   * EDM goal 2·10⁻⁹ for tolerance 10⁻⁶, accepted up to 10×: a quadratic at EDM e ≤ 2·10⁻⁸ is at
   * most √(2e) = 2·10⁻⁴ standard deviations from its minimum, and F − F_min = e.
   */
  private static final double TIGHT = 1e-6;

  private static final double VALUE_IN_SIGMA = 2e-4;
  private static final double FVAL_ABOVE_MIN = 2e-8;

  /**
   * On a quadratic the finite differences of HESSE are exact; what remains is rounding of F (ε·|F|
   * against a sag of √ε₂·(|F| + up), ~10⁻¹¹ relative) and of the inversion, so 10⁻⁶ is a safe bound
   * that still fails for any wrong factor (2, errorDef, transform).
   */
  private static final double EXACT = 1e-6;

  @Test
  void chiSquareQuadraticFormGivesExactMinimumAndCovariance() {
    double[][] w = Linear.inverse(C);
    Fcn chi2 = x -> Checks.quadraticForm(w, x, MU) + 7.0;
    Minuit m = new Minuit(chi2, ABC, new double[] {0, 0, 0}).tolerance(TIGHT);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid(), f::toString);
    FunctionMinimum h = m.hesse();
    assertTrue(h.isValid() && h.hasAccurateCovariance() && h.hasPosDefCovariance(), h::toString);
    assertFalse(h.hasMadePosDefCovariance());
    assertAbsolute(7.0, h.fval(), FVAL_ABOVE_MIN, "fval at minimum");
    for (int i = 0; i < 3; i++) {
      double sigma = Math.sqrt(C[i][i]);
      assertAbsolute(MU[i], h.values()[i], VALUE_IN_SIGMA * sigma, "value " + ABC[i]);
      assertRelative(sigma, h.errors()[i], EXACT, "error " + ABC[i]);
      for (int j = 0; j < 3; j++) {
        assertAbsolute(
            C[i][j],
            h.covariance().get(i, j),
            EXACT * Math.sqrt(C[i][i] * C[j][j]),
            "covariance " + ABC[i] + ABC[j]);
      }
    }
    assertRelative(-0.6 / (2.0 * 0.5), h.correlation().get("a", "c"), EXACT, "correlation ac");
  }

  @Test
  void migradCovarianceAloneIsCloseOnAQuadratic() {
    // Strategy 1 ends with HESSE when the variable-metric matrix has not settled (Minuit2's
    // rule); either way the matrix MIGRAD returns must already be the exact one here.
    double[][] w = Linear.inverse(C);
    Minuit m =
        new Minuit(x -> Checks.quadraticForm(w, x, MU), ABC, new double[] {3, 3, 3})
            .tolerance(TIGHT);
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid());
    for (int i = 0; i < 3; i++) {
      assertRelative(Math.sqrt(C[i][i]), f.errors()[i], EXACT, "migrad error " + ABC[i]);
    }
  }

  @Test
  void negativeLogLikelihoodUsesErrorDefOneHalf() {
    // −ln L of a correlated Gaussian is ½·dᵀC⁻¹d; with errorDef 0.5 the errors are √C_ii. With
    // the wrong errorDef they would be off by √2, far outside the tolerance.
    double[][] w = Linear.inverse(C);
    Fcn nll = Fcn.negativeLogLikelihood(x -> 0.5 * Checks.quadraticForm(w, x, MU));
    Minuit m = new Minuit(nll, ABC, new double[] {0, 0, 0}).tolerance(TIGHT);
    m.migrad();
    FunctionMinimum h = m.hesse();
    assertEquals(0.5, h.errorDef());
    assertEquals(0.002 * TIGHT * 0.5, h.edmGoal(), 1e-20, "EDM goal = 0.002·tol·errorDef");
    for (int i = 0; i < 3; i++) {
      assertRelative(Math.sqrt(C[i][i]), h.errors()[i], EXACT, "error " + ABC[i]);
    }
  }

  @Test
  void fixedParameterGivesConditionalMinimumAndCovariance() {
    // Fixing b at 0 leaves a Gaussian in (a, c) with mean μ_o + C_ob/C_bb·(0 − μ_b) and
    // covariance C_oo − C_ob C_bo / C_bb (conditional Gaussian).
    double[][] w = Linear.inverse(C);
    Minuit m =
        new Minuit(x -> Checks.quadraticForm(w, x, MU), ABC, new double[] {0, 0, 0})
            .fix("b")
            .tolerance(TIGHT);
    m.migrad();
    FunctionMinimum h = m.hesse();
    assertTrue(h.isValid());
    assertTrue(h.parameter("b").isFixed());
    assertEquals(0.0, h.value("b"), "fixed value untouched");
    assertEquals(0.0, h.covariance().get("b", "b"), "fixed row is zero");
    assertEquals(0.0, h.covariance().get("a", "b"), "fixed row is zero");
    int[] o = {0, 2};
    for (int p : o) {
      double mean = MU[p] + C[p][1] / C[1][1] * (0.0 - MU[1]);
      double var = C[p][p] - C[p][1] * C[1][p] / C[1][1];
      assertAbsolute(
          mean, h.values()[p], VALUE_IN_SIGMA * Math.sqrt(var), "conditional mean " + ABC[p]);
      assertRelative(Math.sqrt(var), h.errors()[p], EXACT, "conditional error " + ABC[p]);
    }
    double cac = C[0][2] - C[0][1] * C[1][2] / C[1][1];
    assertRelative(cac, h.covariance().get("a", "c"), EXACT, "conditional covariance ac");

    m.release("b");
    FunctionMinimum r = m.migrad();
    // Default tolerance: EDM ≤ 10 × 2e-4, so b is within √(2·2e-3) ≈ 0.063 σ_b (σ_b = 1).
    assertAbsolute(MU[1], r.value("b"), 0.07, "released b moves to its minimum");
  }

  @Test
  void doubleSidedLimitHoldsParameterAtBoundaryWithTransformedError() {
    // Unconstrained minimum at a = −1; with a ∈ [0, 5] it sits on a = 0 and b minimises
    // ((b−2)/0.8)² + 0.6(b−2) → b = 2 − 0.192. Near the limit F is linear in a with slope
    // s = 8 − 0.6·0.192, so in the internal angle F rises as s·(5/2)(1 − cos δ): the internal
    // error is σ = √(2/(2.5 s)) and the external error half the image span, 2.5(1 − cos σ).
    Fcn f =
        x ->
            Math.pow((x[0] + 1.0) / 0.5, 2)
                + Math.pow((x[1] - 2.0) / 0.8, 2)
                + 0.6 * (x[0] + 1.0) * (x[1] - 2.0);
    Minuit m =
        new Minuit(f, new String[] {"a", "b"}, new double[] {1.0, 0.0})
            .limits("a", 0.0, 5.0)
            .tolerance(TIGHT);
    m.migrad();
    FunctionMinimum h = m.hesse();
    assertTrue(h.isValid(), () -> Summary.format(h, java.util.Map.of()));
    assertTrue(h.parameter("a").isAtLimit() && h.hasParametersAtLimit());
    assertFalse(h.parameter("b").isAtLimit());
    // a can only approach 0 from above; EDM 2e-9 in the internal angle gives a ≲ 1e-9.
    assertTrue(h.value("a") >= 0.0 && h.value("a") < 1e-9, "a at its lower limit: " + h.value("a"));
    assertAbsolute(2.0 - 0.192, h.value("b"), VALUE_IN_SIGMA * 0.8, "b (EDM bound, as above)");
    double s = 8.0 - 0.6 * 0.192;
    double sigma = Math.sqrt(2.0 / (2.5 * s));
    // 2e-5: HESSE's Richardson-extrapolated curvature in the angle is good to ~1e-8; what is
    // left is the slope s seen at b = 2 − 0.192 ± 2e-4·0.8 (EDM bound), 0.6·Δb/s ≤ 1.2e-5.
    assertRelative(2.5 * (1.0 - Math.cos(sigma)), h.error("a"), 2e-5, "error of a at its limit");
    assertRelative(
        0.8, h.error("b"), 1e-6, "b keeps its unconstrained conditional error (F quadratic in b)");
    // The Jacobian of the transform vanishes at the limit, so the covariance row of a is ~0.
    assertTrue(Math.abs(h.covariance().get("a", "a")) < 1e-6);
  }

  @Test
  void oneSidedLimitsWork() {
    // Lower-only limit: ext = lo − 1 + √(p²+1), so near the limit F = s·p²/2 and the external
    // error is √(σ² + 1) − 1 with σ² = 2/s. Upper-only is the mirror image.
    Fcn f =
        x ->
            Math.pow((x[0] + 1.0) / 0.5, 2)
                + Math.pow((x[1] - 2.0) / 0.8, 2)
                + 0.6 * (x[0] + 1.0) * (x[1] - 2.0);
    Minuit m =
        new Minuit(f, new String[] {"a", "b"}, new double[] {1.0, 0.0})
            .limits("a", 0.0, Double.POSITIVE_INFINITY)
            .tolerance(TIGHT);
    m.migrad();
    FunctionMinimum h = m.hesse();
    assertTrue(h.isValid() && h.parameter("a").isAtLimit());
    double s = 8.0 - 0.6 * 0.192;
    // 2e-5 as for the double-sided case (EDM-limited b moves the slope s).
    assertRelative(Math.sqrt(2.0 / s + 1.0) - 1.0, h.error("a"), 2e-5, "error at lower-only limit");

    Fcn mirrored = x -> f.value(new double[] {-x[0], x[1]});
    Minuit u =
        new Minuit(mirrored, new String[] {"a", "b"}, new double[] {-1.0, 0.0})
            .limits("a", Double.NEGATIVE_INFINITY, 0.0)
            .tolerance(TIGHT);
    u.migrad();
    FunctionMinimum hu = u.hesse();
    assertTrue(hu.isValid() && hu.parameter("a").isAtLimit());
    assertTrue(
        hu.value("a") <= 0 && hu.value("a") > -1e-9, "a at its upper limit: " + hu.value("a"));
    // Mirror images differ only in where each MIGRAD stopped (EDM bound on b, as above).
    assertRelative(h.error("a"), hu.error("a"), 2e-5, "upper-only limit mirrors lower-only");
  }

  @Test
  void limitsThatDoNotBindLeaveTheAnswerAlone() {
    // Minimum well inside [−10, 10]: the transform changes the path, not the minimum or the
    // covariance (Jacobian-transformed). The reported error of a is the image-span rule and
    // so sees the curvature of the sine: the half span is ≈ σ(1 − σ_p²/6) with σ_p = σ/(10 cos p)
    // ≈ 0.2, i.e. 0.7% below √C_aa (iminuit agrees: IminuitComparisonTest).
    double[][] w = Linear.inverse(C);
    Minuit m =
        new Minuit(x -> Checks.quadraticForm(w, x, MU), ABC, new double[] {0, 0, 0})
            .limits("a", -10, 10)
            .limits("c", -5, Double.POSITIVE_INFINITY)
            .tolerance(TIGHT);
    m.migrad();
    FunctionMinimum h = m.hesse();
    assertTrue(h.isValid() && !h.hasParametersAtLimit());
    for (int i = 0; i < 3; i++) {
      assertAbsolute(MU[i], h.values()[i], VALUE_IN_SIGMA * Math.sqrt(C[i][i]), "value " + ABC[i]);
      // 1e-5: in internal units F is not quadratic, and the transformed covariance equals C
      // only where the gradient vanishes; at EDM 2e-9 the residual gradient times the
      // transform's curvature is ~1e-5 of the diagonal.
      assertRelative(C[i][i], h.covariance().get(i, i), 1e-5, "variance " + ABC[i]);
    }
    double p = Math.asin(2.0 * (h.value("a") + 10.0) / 20.0 - 1.0);
    double sp = 2.0 / (10.0 * Math.cos(p));
    double span =
        0.5
            * (Math.abs(10 * Math.sin(p + sp) - 10 * Math.sin(p))
                + Math.abs(10 * Math.sin(p - sp) - 10 * Math.sin(p)));
    assertRelative(span, h.error("a"), 1e-5, "image-span error of a (same reason)");
    assertRelative(1.0, h.error("b"), 1e-6, "unlimited b keeps the exact error (quadratic)");
  }

  @Test
  void callLimitMakesTheMinimumInvalid() {
    Fcn rosenbrock = x -> Math.pow(1 - x[0], 2) + 100 * Math.pow(x[1] - x[0] * x[0], 2);
    Minuit m =
        new Minuit(rosenbrock, new String[] {"x", "y"}, new double[] {-1.2, 1.0}).maxCalls(30);
    FunctionMinimum f = m.migrad();
    assertTrue(f.hasReachedCallLimit());
    assertFalse(f.isValid());
    // Unlimited, the same start converges: the limit, not the function, made it fail.
    assertTrue(m.maxCalls(0).value("x", -1.2).value("y", 1.0).migrad().isValid());
  }

  @Test
  void functionUnboundedBelowIsNotValid() {
    Minuit linear =
        new Minuit(x -> x[0] + x[1] * x[1], new String[] {"x", "y"}, new double[] {0, 1});
    assertFalse(linear.migrad().isValid());
    Minuit saddle =
        new Minuit(
            x -> Math.pow(x[0] - 1, 2) - x[1] * x[1],
            new String[] {"x", "y"},
            new double[] {0, 0.5});
    assertFalse(saddle.migrad().isValid());
    Minuit maximum = new Minuit(x -> -x[0] * x[0], new String[] {"x"}, new double[] {0.5});
    assertFalse(maximum.migrad().isValid());
    // Unbounded, yet the slope vanishes far out: only EDM ≈ 1 keeps telling MIGRAD it is not
    // at a minimum, so it must run into its call limit rather than stop.
    Minuit slow = new Minuit(x -> -Math.log1p(x[0] * x[0]), new String[] {"x"}, new double[] {2});
    FunctionMinimum f = slow.migrad();
    assertFalse(f.isValid());
    // (A stationary inflection such as x³ at 0 is a local stopping point for any EDM-based
    // minimiser, iminuit included; that is not "unbounded" in the local sense tested here.)
  }

  @Test
  void nanAtStartIsNotValid() {
    Minuit m = new Minuit(x -> Math.log(x[0]) + x[0], new String[] {"x"}, new double[] {-1});
    FunctionMinimum f = m.migrad();
    assertFalse(f.isValid());
    assertFalse(f.hasValidParameters());
  }

  @Test
  void tighterToleranceLowersEdm() {
    Fcn rosenbrock = x -> Math.pow(1 - x[0], 2) + 100 * Math.pow(x[1] - x[0] * x[0], 2);
    FunctionMinimum loose =
        new Minuit(rosenbrock, new String[] {"x", "y"}, new double[] {-1.2, 1}).migrad();
    FunctionMinimum tight =
        new Minuit(rosenbrock, new String[] {"x", "y"}, new double[] {-1.2, 1})
            .tolerance(1e-5)
            .migrad();
    assertTrue(loose.isValid() && tight.isValid());
    assertTrue(loose.edm() <= 10 * loose.edmGoal());
    assertTrue(tight.edm() <= 10 * tight.edmGoal() && tight.edmGoal() == 0.002 * 1e-5);
    assertTrue(tight.fval() <= loose.fval());
  }
}
