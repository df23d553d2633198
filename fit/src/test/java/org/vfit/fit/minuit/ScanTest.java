package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vfit.fit.minuit.Checks.assertAbsolute;

import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Linear;

/**
 * Profiles and contours: exact on Gaussians, consistent with MINOS, and thread-count independent.
 */
class ScanTest {

  private static final double[][] C = {{4.0, 1.2, -0.6}, {1.2, 1.0, -0.15}, {-0.6, -0.15, 0.25}};
  private static final double[] MU = {1.5, -2.0, 0.7};

  /**
   * Inner fits stop at EDM ≤ 10 × 2e-9 (tolerance 1e-6), which is also the largest error of a
   * profiled F on a quadratic; 1e-7 adds room for rounding of F.
   */
  private static final double DELTA = 1e-7;

  private static Minuit gaussian() {
    double[][] w = Linear.inverse(C);
    return new Minuit(
            x -> Checks.quadraticForm(w, x, MU),
            new String[] {"a", "b", "c"},
            new double[] {0, 0, 0})
        .tolerance(1e-6);
  }

  /** A non-Gaussian three-parameter χ²-like function with curved valleys (warm starts matter). */
  private static Minuit curved() {
    Fcn f =
        x ->
            Math.pow(1 - x[0], 2)
                + 10 * Math.pow(x[1] - x[0] * x[0], 2)
                + Math.pow(1 - x[1], 2)
                + 10 * Math.pow(x[2] - x[1] * x[1], 2);
    return new Minuit(f, new String[] {"x", "y", "z"}, new double[] {-1, 1, 1});
  }

  @Test
  void profileOfAGaussianIsAParabola() {
    Minuit m = gaussian();
    assertTrue(m.migrad().isValid());
    double[] grid = {-4, -2, 0, 1.5, 3, 5, 7.5};
    Profile p = m.profile("a", grid, 2);
    double[] d = p.deltaFcn();
    for (int k = 0; k < grid.length; k++) {
      assertTrue(p.valid()[k]);
      // Profiling a Gaussian over the other parameters leaves (a − μ_a)²/C_aa.
      assertAbsolute(Math.pow(grid[k] - MU[0], 2) / C[0][0], d[k], DELTA, "Δ at a = " + grid[k]);
      // The other parameters follow the regression line μ_b + C_ba/C_aa·(a − μ_a), to the
      // EDM of the inner fit: √(2·10·2e-9) ≈ 2e-4 conditional standard deviations (< 1).
      assertAbsolute(
          MU[1] + C[1][0] / C[0][0] * (grid[k] - MU[0]), p.values()[k][1], 2e-4, "b along profile");
    }
  }

  @Test
  void contourOfAGaussianIsTheMarginalQuadraticForm() {
    Minuit m = gaussian();
    assertTrue(m.migrad().isValid());
    double[] xs = {-2, 0, 1.5, 4};
    double[] ys = {-3.5, -2, -1};
    Contour c = m.contour("a", "c", xs, ys, 2);
    double[][] block = Linear.inverse(new double[][] {{C[0][0], C[0][2]}, {C[2][0], C[2][2]}});
    double[][] d = c.deltaFcn();
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        double expected =
            Checks.quadraticForm(block, new double[] {xs[i], ys[j]}, new double[] {MU[0], MU[2]});
        assertTrue(c.valid()[i][j]);
        assertAbsolute(
            expected, d[i][j], DELTA * Math.max(1, expected), "Δ at " + xs[i] + ", " + ys[j]);
      }
    }
  }

  @Test
  void profileCrossesErrorDefWhereMinosSaysItDoes() {
    Minuit m = curved().tolerance(1e-6);
    assertTrue(m.migrad().isValid());
    MinosError e = m.minos("z").get("z");
    assertTrue(e.isValid());
    double z = m.value("z");
    Profile p = m.profile("z", new double[] {z + e.lower(), z + e.upper()});
    // Both are conditional minimisations to EDM 2e-8; MINOS stops within 2e-5·up of the crossing.
    assertAbsolute(1.0, p.deltaFcn()[0], 5e-5, "Δ at the lower MINOS point");
    assertAbsolute(1.0, p.deltaFcn()[1], 5e-5, "Δ at the upper MINOS point");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    Minuit m = curved();
    assertTrue(m.migrad().isValid());
    double[] grid = new double[23];
    for (int k = 0; k < grid.length; k++) {
      grid[k] = 0.2 + 0.07 * k;
    }
    Profile p1 = m.profile("x", grid, 1);
    Profile p2 = m.profile("x", grid, 2);
    assertArrayEquals(p1.fval(), p2.fval(), "profile, bit for bit");
    assertArrayEquals(p1.values(), p2.values());
    double[] xs = new double[11];
    double[] ys = new double[9];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = 0.5 + 0.1 * k;
    }
    for (int k = 0; k < ys.length; k++) {
      ys[k] = 0.2 + 0.2 * k;
    }
    Contour c1 = m.contour("x", "y", xs, ys, 1);
    Contour c2 = m.contour("x", "y", xs, ys, 2);
    assertArrayEquals(c1.fval(), c2.fval(), "contour, bit for bit");
    for (boolean[] row : c1.valid()) {
      for (boolean v : row) {
        assertTrue(v);
      }
    }
  }

  @Test
  void contourLineOfAGaussianLiesOnTheEllipse() {
    Minuit m = gaussian();
    assertTrue(m.migrad().isValid());
    ContourLine line = m.contourLine("a", "c", 2.30, 12, 2);
    assertTrue(line.isValid());
    double[][] block = Linear.inverse(new double[][] {{C[0][0], C[0][2]}, {C[2][0], C[2][2]}});
    for (int k = 0; k < 12; k++) {
      double q =
          Checks.quadraticForm(
              block, new double[] {line.x()[k], line.y()[k]}, new double[] {MU[0], MU[2]});
      // The crossing search stops within 2e-5·errorDef of the level.
      assertAbsolute(2.30, q, 3e-5, "ellipse level at point " + k);
    }
    ContourLine one = m.contourLine("a", "c", 2.30, 12, 1);
    assertArrayEquals(one.x(), line.x(), "bit for bit with one thread");
    assertArrayEquals(one.y(), line.y());
  }

  @Test
  void contourLineOnACurvedFunctionMatchesTheGridProfile() {
    Minuit m = curved().tolerance(1e-6);
    assertTrue(m.migrad().isValid());
    ContourLine line = m.contourLine("x", "z", 1.0, 8, 2);
    assertTrue(line.isValid());
    for (int k = 0; k < 8; k++) {
      Contour c = m.contour("x", "z", new double[] {line.x()[k]}, new double[] {line.y()[k]}, 1);
      // An independent conditional fit at each point must give the same Δ = 1 (both to EDM ≤ 2e-8).
      assertAbsolute(1.0, c.deltaFcn()[0][0], 5e-5, "Δ on the line at point " + k);
    }
  }

  @Test
  void gridPointsOutsideTheLimitsAreMarkedInvalid() {
    Minuit m = gaussian().limits("a", -1, 4);
    assertTrue(m.migrad().isValid());
    Profile p = m.profile("a", new double[] {-2, 0, 5});
    assertFalse(p.valid()[0]);
    assertTrue(p.valid()[1]);
    assertFalse(p.valid()[2]);
    assertTrue(Double.isNaN(p.fval()[0]));
  }
}
