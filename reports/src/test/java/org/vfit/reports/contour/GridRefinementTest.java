package org.vfit.reports.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Smooth contours from coarse scans (issue 13: 21-point grids looked polygonal). The truth is a
 * quadratic Δχ² valley, whose 1σ contour is an exact ellipse.
 */
class GridRefinementTest {
  private static final double X0 = 0.31, A = 0.013, Y0 = 7.5, B = 0.19, LEVEL = 2.30;

  private static double f(double x, double y) {
    double u = (x - X0) / A, v = (y - Y0) / B;
    return u * u + v * v;
  }

  private static double[] axis(double lo, double hi, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = lo + (hi - lo) * i / (n - 1);
    }
    return a;
  }

  /**
   * Largest relative radial distance from the exact ellipse of the line as drawn: its vertices and
   * the midpoints of its segments (where a polygon cuts inside a curve the most).
   */
  private static double worstRadialError(List<Polyline> pieces) {
    double worst = 0;
    for (Polyline p : pieces) {
      double[][] xy = p.drawable();
      for (int k = 0; k < xy[0].length; k++) {
        worst = Math.max(worst, radial(xy[0][k], xy[1][k]));
        if (k > 0) {
          worst =
              Math.max(
                  worst, radial(0.5 * (xy[0][k] + xy[0][k - 1]), 0.5 * (xy[1][k] + xy[1][k - 1])));
        }
      }
    }
    return worst;
  }

  private static double radial(double x, double y) {
    return Math.abs(Math.sqrt(f(x, y) / LEVEL) - 1);
  }

  @Test
  void refinedContourOfAQuadraticValleyFollowsTheEllipse() {
    // 21 points over ±4σ: the scan size of a quick run.
    double[] x = axis(X0 - 4 * A, X0 + 4 * A, 21);
    double[] y = axis(Y0 - 4 * B, Y0 + 4 * B, 21);
    double[][] v = new double[y.length][x.length];
    for (int j = 0; j < y.length; j++) {
      for (int i = 0; i < x.length; i++) {
        v[j][i] = f(x[i], y[j]);
      }
    }
    double raw = worstRadialError(MarchingSquares.contour(x, y, v, LEVEL));
    GridRefinement.Grid fine = GridRefinement.refine(x, y, v, GridRefinement.factorFor(21, 400));
    assertEquals(401, fine.x().length);
    List<Polyline> smooth = MarchingSquares.contour(fine.x(), fine.y(), fine.f(), LEVEL);
    assertEquals(1, smooth.size(), "one closed ellipse");
    double refined = worstRadialError(smooth);
    // Measured: the raw polygon (linear interpolation, chords across 0.4σ cells) strays 1.7 % of
    // the radius from the ellipse, the monotone cubic on the same 21² samples 0.29 %. The bounds
    // leave ~35 % room for platform rounding and fail if the refinement stops helping.
    assertTrue(raw > 0.01, "raw grid error " + raw);
    assertTrue(refined < 0.004, "refined error " + refined + " (raw " + raw + ")");
    assertTrue(refined < raw / 4, "refined " + refined + " vs raw " + raw);
    // Many more vertices: ~2 per refined cell crossed instead of ~2 per coarse cell.
    assertTrue(smooth.get(0).drawable()[0].length > 10 * 30);
  }

  @Test
  void nodesAreReproducedAndMonotoneDataNeverOvershoot() {
    Random r = new Random(5);
    double[] x = axis(0, 1, 12);
    double[] v = new double[x.length];
    for (int i = 1; i < v.length; i++) {
      // A staircase with flat steps: where a natural spline would ring.
      v[i] = v[i - 1] + (r.nextBoolean() ? 0 : r.nextDouble());
    }
    double[] fine = GridRefinement.fine(x, 10);
    double[] out = GridRefinement.resample(x, v, fine);
    for (int i = 0; i < x.length; i++) {
      assertEquals(v[i], out[10 * i], 1e-15, "node " + i);
    }
    for (int k = 0; k < fine.length - 1; k++) {
      int cell = Math.min(k / 10, x.length - 2);
      double lo = Math.min(v[cell], v[cell + 1]), hi = Math.max(v[cell], v[cell + 1]);
      // 1e-12: rounding of the cubic's four terms.
      assertTrue(out[k] >= lo - 1e-12 && out[k] <= hi + 1e-12, "point " + k + " in its cell");
    }
  }

  @Test
  void aFactorOfOneChangesNothing() {
    double[] x = {0, 1, 3};
    double[] y = {0, 2};
    double[][] v = {{1, 2, 3}, {4, 5, 6}};
    GridRefinement.Grid g = GridRefinement.refine(x, y, v, 1);
    assertEquals(List.of(0.0, 1.0, 3.0), java.util.Arrays.stream(g.x()).boxed().toList());
    assertEquals(6.0, g.f()[1][2]);
    assertEquals(1, GridRefinement.factorFor(501, 400));
    assertEquals(20, GridRefinement.factorFor(21, 400));
  }
}
