package org.vfit.fit.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Linear;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Sector;

/**
 * Profiles of the ν̄ − ν differences and 2-D grids on the Gaussian fixtures, where both have closed
 * forms: profiling a Gaussian over the other parameters leaves the marginal quadratic form, and a
 * difference of two independent Gaussian estimates has the sum of their variances.
 */
class ScanTest {

  /**
   * Each conditional minimisation stops within 10 × EDM goal = 2e-4 of its minimum, and so does the
   * best fit the Δχ² is taken from; 1e-3 absolute on Δχ² covers both with room.
   */
  private static final double DELTA_CHI2 = 1e-3;

  private static final FitOptions OPTIONS = FitOptions.defaults();
  private static Model h1;
  private static FitResult h1Fit;

  @BeforeAll
  static void fit() {
    h1 = Fixtures.model(Hypothesis.h1SharedTheta13());
    h1Fit = Fitter.fit(h1, OPTIONS);
    assertTrue(h1Fit.isValid(), h1Fit.problems().toString());
  }

  @Test
  void differenceOfDm21HasTheAnalyticIntervals() {
    // δ = c_ν̄ − c_ν with variance C_ν + C_ν̄ (the ν̄ nuisance adds 0.1² to C_ν̄): θ₁₃ is shared
    // but
    // uncorrelated with Δm²₂₁ in both measurements, so it does not couple them.
    double centre = Fixtures.nubar().centre()[0] - Fixtures.nu().centre()[0];
    double sigma =
        Math.sqrt(
            Fixtures.nu().effectiveCovariance()[0][0]
                + Fixtures.nubar().effectiveCovariance()[0][0]);
    double[] grid = Profiles.linspace(-1.0, 3.8, 49);
    ProfileResult p =
        Profiles.profile(
            h1,
            h1Fit,
            PhysicsParameter.parse("delta.dm21"),
            grid,
            OPTIONS,
            new LocalRunner(2),
            ProgressListener.NONE);
    double unit = 1e-5;
    assertEquals(0, p.invalidPoints());
    assertFalse(p.belowMinimum());
    double[] d = p.deltaChi2();
    for (int k = 0; k < grid.length; k++) {
      assertEquals(
          Math.pow((grid[k] - centre) / sigma, 2), d[k], DELTA_CHI2, "delta chi2 at " + grid[k]);
    }
    // The crossings are read off the grid by local parabolas, exact for this profile; the Δχ²
    // error above moves a crossing by at most 1e-3 / (dΔχ²/dδ = 2/σ at Δχ² = 1) < 1e-3 σ.
    Interval one = p.central(p.oneSigma());
    Interval three = p.central(p.threeSigma());
    assertNotNull(one);
    assertNotNull(three);
    assertEquals((centre - sigma) * unit, one.lower(), 1e-3 * sigma * unit, "1 sigma lower");
    assertEquals((centre + sigma) * unit, one.upper(), 1e-3 * sigma * unit, "1 sigma upper");
    assertEquals((centre - 3 * sigma) * unit, three.lower(), 1e-3 * sigma * unit, "3 sigma lower");
    assertEquals((centre + 3 * sigma) * unit, three.upper(), 1e-3 * sigma * unit, "3 sigma upper");
    assertFalse(three.lowerOpen() || three.upperOpen(), "the grid contains the 3 sigma interval");
    // The best fit of δ and its errors: HESSE and MINOS both give σ on a Gaussian (1e-3: HESSE's
    // numerical second derivative, MINOS's crossing search).
    assertEquals(centre * unit, p.best().value(), 0.01 * sigma * unit);
    assertEquals(sigma * unit, p.best().error(), 1e-3 * sigma * unit);
    assertEquals(-sigma * unit, p.best().minosLower(), 1e-3 * sigma * unit);
    assertEquals(sigma * unit, p.best().minosUpper(), 1e-3 * sigma * unit);
  }

  @Test
  void differenceOfSin2Theta12AndAnOpenInterval() {
    double centre = Fixtures.nubar().centre()[1] - Fixtures.nu().centre()[1];
    double sigma =
        Math.sqrt(Fixtures.nu().covariance()[1][1] + Fixtures.nubar().covariance()[1][1]);
    // The grid stops at +1.5σ: the upper 3σ end lies outside it, and the result must say so.
    double[] grid = Profiles.linspace(centre - 4 * sigma, centre + 1.5 * sigma, 23);
    ProfileResult p =
        Profiles.profile(
            h1,
            h1Fit,
            PhysicsParameter.parse("delta.sin2theta12"),
            grid,
            OPTIONS,
            new LocalRunner(1),
            ProgressListener.NONE);
    Interval one = p.central(p.oneSigma());
    assertEquals(centre - sigma, one.lower(), 1e-3 * sigma);
    assertEquals(centre + sigma, one.upper(), 1e-3 * sigma);
    Interval three = p.central(p.threeSigma());
    assertEquals(centre - 3 * sigma, three.lower(), 1e-3 * sigma);
    assertTrue(three.upperOpen(), "upper 3 sigma end is beyond the grid");
    assertFalse(three.lowerOpen());
  }

  @Test
  void profilesAreTheSameOnOneAndTwoThreads() {
    double[] grid = Profiles.linspace(4.5, 8.0, 30);
    PhysicsParameter nu = PhysicsParameter.parse("nu.dm21");
    ProfileResult a =
        Profiles.profile(h1, h1Fit, nu, grid, OPTIONS, new LocalRunner(1), ProgressListener.NONE);
    ProfileResult b =
        Profiles.profile(h1, h1Fit, nu, grid, OPTIONS, new LocalRunner(2), ProgressListener.NONE);
    assertArrayEquals(a.chi2(), b.chi2(), 0.0);
    // A sector's own Δm²₂₁ under H1: its measurement's marginal (x − c)²/C.
    double c = Fixtures.nu().centre()[0];
    double v = Fixtures.nu().covariance()[0][0];
    for (int k = 0; k < grid.length; k++) {
      assertEquals(
          (grid[k] - c) * (grid[k] - c) / v, a.deltaChi2()[k], DELTA_CHI2, "at " + grid[k]);
    }
  }

  @Test
  void sectorGridIsTheMarginalQuadraticFormAndThreadIndependent() {
    double[] s12 = Profiles.linspace(0.26, 0.36, 7);
    double[] dm = Profiles.linspace(4.8, 7.4, 6);
    ContourResult one =
        Contours.contour(
            h1, h1Fit, Sector.NU, s12, dm, OPTIONS, new LocalRunner(1), ProgressListener.NONE);
    ContourResult two =
        Contours.contour(
            h1, h1Fit, Sector.NU, s12, dm, OPTIONS, new LocalRunner(2), ProgressListener.NONE);
    assertTrue(Arrays.deepEquals(one.chi2(), two.chi2()), "bit-identical for 1 and 2 threads");
    assertEquals("nu", one.set());
    double[] c = Fixtures.nu().centre();
    double[][] block = Linear.block(Fixtures.nu().covariance(), 1, 0);
    double[][] d = one.deltaChi2();
    for (int j = 0; j < dm.length; j++) {
      for (int i = 0; i < s12.length; i++) {
        double expected = Linear.mahalanobis2(new double[] {s12[i] - c[1], dm[j] - c[0]}, block);
        assertEquals(expected, d[j][i], DELTA_CHI2, "at " + s12[i] + ", " + dm[j]);
      }
    }
    assertEquals(6.1e-5, one.bestDm21(), 1e-3 * 0.4e-5);
  }

  /**
   * A grid too narrow in sin²θ₁₂ for the 3σ region is widened; the widened passes take the old
   * lines over instead of minimising them again. The result must still be the marginal quadratic
   * form everywhere, equal (to MIGRAD's precision) a grid computed directly on the final axes, and
   * the taken-over lines must be the first pass's cells exactly.
   */
  @Test
  void wideningInSin2Theta12KeepsTheOldLinesAndTheQuadraticForm() {
    GridAxis x = new GridAxis(0.29, 0.33, 9, false);
    GridAxis y = new GridAxis(3.0, 9.2, 9, false);
    ContourResult first =
        Contours.contour(
            h1, h1Fit, Sector.NU, x, false, y, OPTIONS, new LocalRunner(2), ProgressListener.NONE);
    // The passes report how many points they minimise (the total of their progress).
    java.util.Set<Long> totals = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ContourResult widened =
        Contours.covering(
            h1,
            h1Fit,
            Sector.NU,
            x,
            false,
            y,
            Levels.contourLevels()[2],
            3,
            OPTIONS,
            new LocalRunner(2),
            (done, total) -> totals.add(total));
    double[] s12 = widened.sin2Theta12();
    assertTrue(s12.length > 9, "widened: " + Arrays.toString(s12));
    assertArrayEquals(first.dm21(), widened.dm21(), 0.0, "the dm21 axis was closed: unchanged");
    ContourResult direct =
        Contours.contour(
            h1,
            h1Fit,
            Sector.NU,
            s12,
            y.values(),
            OPTIONS,
            new LocalRunner(2),
            ProgressListener.NONE);
    double[] c = Fixtures.nu().centre();
    double[][] block = Linear.block(Fixtures.nu().covariance(), 1, 0);
    double[] dm = y.values();
    int kept = 0;
    for (int i = 0; i < s12.length; i++) {
      int old = Arrays.binarySearch(first.sin2Theta12(), s12[i]);
      for (int j = 0; j < dm.length; j++) {
        double expected = Linear.mahalanobis2(new double[] {s12[i] - c[1], dm[j] - c[0]}, block);
        assertEquals(expected, widened.deltaChi2()[j][i], DELTA_CHI2, "at " + s12[i]);
        assertEquals(direct.chi2()[j][i], widened.chi2()[j][i], DELTA_CHI2, "at " + s12[i]);
        if (old >= 0) {
          assertEquals(first.chi2()[j][old], widened.chi2()[j][i], 0.0, "taken over");
        }
      }
      kept += old >= 0 ? 1 : 0;
    }
    // Old values come back exactly or within a few ulps (then not found above, still correct).
    assertTrue(kept >= 1, "some old line found again exactly");
    // The first pass minimised its 81 points; a widened pass only its new lines.
    assertTrue(totals.contains(81L), totals.toString());
    long full = (long) s12.length * dm.length;
    assertTrue(totals.stream().allMatch(t -> t == 81 || t <= full - 81), totals + " of " + full);
  }

  @Test
  void combinedGridUnderH0IsCentredOnTheWeightedMean() {
    Model h0 = Fixtures.model(Hypothesis.h0());
    FitResult f = Fitter.fit(h0, OPTIONS.withMinos(false));
    double[] s12 = Profiles.linspace(0.28, 0.35, 5);
    double[] dm = Profiles.linspace(6.4, 8.0, 5);
    ContourResult g =
        Contours.contour(
            h0, f, Sector.NUBAR, s12, dm, OPTIONS, new LocalRunner(2), ProgressListener.NONE);
    assertEquals("combined", g.set());
    // Two Gaussian measurements of the same vector combine into the inverse-variance weighted
    // mean m = C (C_ν⁻¹ c_ν + C_ν̄⁻¹ c_ν̄) with C = (C_ν⁻¹ + C_ν̄⁻¹)⁻¹ (the ν̄ nuisance folded into
    // its effective covariance); profiling θ₁₃ leaves the (sin²θ₁₂, Δm²₂₁) block of C about m.
    double[][] wNu = Linear.inverse(Fixtures.nu().effectiveCovariance());
    double[][] wNubar = Linear.inverse(Fixtures.nubar().effectiveCovariance());
    double[][] cov = Linear.inverse(Linear.add(wNu, wNubar));
    double[] weighted =
        Linear.times(
            cov,
            Linear.plus(
                Linear.times(wNu, Fixtures.nu().centre()),
                Linear.times(wNubar, Fixtures.nubar().centre())));
    double[][] block = Linear.block(cov, 1, 0);
    double[] best = {weighted[1], weighted[0]};
    // The grid's own best point is the H0 fit: at the weighted mean to MIGRAD's precision
    // (EDM goal 2e-4 in χ², i.e. ≲ 0.02σ; 0.05σ of each parameter leaves room).
    assertEquals(best[0], g.bestSin2Theta12(), 0.05 * Math.sqrt(cov[1][1]));
    assertEquals(best[1] * 1e-5, g.bestDm21(), 0.05 * Math.sqrt(cov[0][0]) * 1e-5);
    for (int j = 0; j < dm.length; j++) {
      for (int i = 0; i < s12.length; i++) {
        double expected =
            Linear.mahalanobis2(new double[] {s12[i] - best[0], dm[j] - best[1]}, block);
        assertEquals(expected, g.deltaChi2()[j][i], DELTA_CHI2);
      }
    }
  }

  @Test
  void badRequestsAreRefusedWithReasons() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Profiles.profile(
                h1,
                h1Fit,
                PhysicsParameter.parse("dm21"),
                new double[] {6, 7},
                OPTIONS,
                new LocalRunner(1),
                ProgressListener.NONE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Profiles.profile(
                h1,
                h1Fit,
                PhysicsParameter.parse("nu.dm21"),
                new double[] {7, 6},
                OPTIONS,
                new LocalRunner(1),
                ProgressListener.NONE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhysicsParameter.parse("theta12"));
    assertTrue(e.getMessage().contains("delta.sin2theta12"), e.getMessage());
  }
}
