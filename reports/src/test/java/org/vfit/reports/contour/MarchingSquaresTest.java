package org.vfit.reports.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

  private static double[] axis(double from, double to, int n) {
    double[] a = new double[n];
    for (int k = 0; k < n; k++) {
      a[k] = from + (to - from) * k / (n - 1);
    }
    return a;
  }

  private static double[][] sample(double[] x, double[] y, DoubleBinaryOperator f) {
    double[][] v = new double[y.length][x.length];
    for (int j = 0; j < y.length; j++) {
      for (int i = 0; i < x.length; i++) {
        v[j][i] = f.applyAsDouble(x[i], y[j]);
      }
    }
    return v;
  }

  /**
   * f = x² + y² at level r²: one closed ring. Vertices lie on cell edges where the linear
   * interpolant of a convex function reaches the level, so they sit on or inside the circle; the
   * interpolation error of f along an edge is at most h²·f''/8 = h²/4, i.e. a radial error of at
   * most h²/(8r). Chords between neighbouring vertices (at most √2·h apart) cut off a sagitta of at
   * most (√2 h)²/(8r) = h²/(4r). So the area deficit is bounded by 2πr·(h²/(8r) + h²/(4r)) =
   * (3/4)πh², a relative deficit of at most 3h²/(4r²); the area can never exceed πr².
   */
  @Test
  void circleGivesOneClosedRingWithTheAreaOfTheCircle() {
    for (int n : new int[] {41, 81, 161}) {
      double[] x = axis(-2, 2, n);
      double[] y = axis(-2, 2, n);
      double h = x[1] - x[0];
      double r = 1.3;
      List<Polyline> lines =
          MarchingSquares.contour(x, y, sample(x, y, (a, b) -> a * a + b * b), r * r);

      assertEquals(1, lines.size(), "one ring for n=" + n);
      Polyline ring = lines.get(0);
      assertTrue(ring.closed());
      double exact = Math.PI * r * r;
      double deficit = (exact - ring.area()) / exact;
      double bound = 3 * h * h / (4 * r * r);
      assertTrue(
          deficit >= 0 && deficit <= bound,
          "n=" + n + ": relative area deficit " + deficit + " outside [0, " + bound + "]");
      for (Point p : ring.points()) {
        double rho = Math.hypot(p.x(), p.y());
        // On or inside the circle, by at most the interpolation error h²/(8r) (1e-12 for rounding).
        assertTrue(
            rho <= r + 1e-12 && r - rho <= h * h / (8 * r) + 1e-12, "vertex at radius " + rho);
      }
    }
  }

  /** Halving the spacing must cut the area error about fourfold (second-order method). */
  @Test
  void areaErrorIsSecondOrderInTheSpacing() {
    double r = 1.0;
    double[] errors = new double[2];
    int[] sizes = {51, 101};
    for (int k = 0; k < 2; k++) {
      double[] x = axis(-1.5, 1.5, sizes[k]);
      Polyline ring =
          MarchingSquares.contour(x, x, sample(x, x, (a, b) -> a * a + b * b), r * r).get(0);
      errors[k] = Math.PI * r * r - ring.area();
    }
    double ratio = errors[0] / errors[1];
    // Exactly 4 in the limit; the vertex pattern on a coarse grid shifts it by some tens of
    // percent.
    assertTrue(ratio > 3 && ratio < 5.5, "error ratio for halved spacing was " + ratio);
  }

  /**
   * f = x·y with the origin at the centre of a cell, so that cell is a saddle (two opposite corners
   * above, two below the level). For 0 < c the region f ≥ c is two separate pieces (quadrants I and
   * III); for c < 0 the pieces are in II and IV. The saddle must not join them. f is bilinear, so
   * linear interpolation along edges is exact and every vertex lies on xy = c to rounding.
   */
  @Test
  void saddleCellsKeepTheTwoHyperbolaBranchesApart() {
    double[] x = axis(-1.05, 1.05, 22); // spacing 0.1, nodes at ±0.05, ±0.15, ...
    double[][] f = sample(x, x, (a, b) -> a * b);
    // Below the corner magnitude 0.05² = 0.0025 the central cell is ambiguous.
    for (double c : new double[] {0.001, -0.001, 0.3, -0.3}) {
      List<Polyline> lines = MarchingSquares.contour(x, x, f, c);
      assertEquals(2, lines.size(), "two branches for c=" + c);
      for (Polyline line : lines) {
        assertFalse(line.closed(), "a hyperbola branch leaves the grid");
        Point first = line.points().get(0);
        Point last = line.points().get(line.points().size() - 1);
        assertTrue(onBoundary(first, -1.05, 1.05) && onBoundary(last, -1.05, 1.05));
        double quadrantSign = Math.signum(first.x());
        for (Point p : line.points()) {
          assertEquals(c, p.x() * p.y(), 1e-12, "exact on a bilinear field");
          assertEquals(
              quadrantSign, Math.signum(p.x()), "a branch stays on its side of the y axis");
        }
      }
    }
  }

  private static boolean onBoundary(Point p, double lo, double hi) {
    // 1e-12: boundary vertices are interpolated along boundary edges, so one coordinate is a node
    // value.
    return Math.abs(p.x() - lo) < 1e-12
        || Math.abs(p.x() - hi) < 1e-12
        || Math.abs(p.y() - lo) < 1e-12
        || Math.abs(p.y() - hi) < 1e-12;
  }

  /** A plane gives one straight open line from the bottom boundary to the top one, exactly. */
  @Test
  void planeGivesOneOpenStraightLine() {
    double[] x = axis(0, 1, 11);
    double[] y = axis(0, 2, 7);
    List<Polyline> lines = MarchingSquares.contour(x, y, sample(x, y, (a, b) -> a), 0.33);
    assertEquals(1, lines.size());
    Polyline line = lines.get(0);
    assertFalse(line.closed());
    assertEquals(y.length, line.points().size(), "one vertex per horizontal grid line");
    for (Point p : line.points()) {
      assertEquals(0.33, p.x(), 1e-12, "linear field, exact interpolation");
    }
    List<Double> ends =
        List.of(line.points().get(0).y(), line.points().get(line.points().size() - 1).y());
    assertEquals(0.0, ends.stream().min(Comparator.naturalOrder()).get());
    assertEquals(2.0, ends.stream().max(Comparator.naturalOrder()).get());
  }

  /** A circle centred on a corner of the grid is an open quarter arc ending on the two sides. */
  @Test
  void regionCutByTheBoundaryGivesAnOpenArc() {
    double[] x = axis(0, 1, 51);
    List<Polyline> lines =
        MarchingSquares.contour(x, x, sample(x, x, (a, b) -> a * a + b * b), 0.49);
    assertEquals(1, lines.size());
    Polyline arc = lines.get(0);
    assertFalse(arc.closed());
    Point a = arc.points().get(0);
    Point b = arc.points().get(arc.points().size() - 1);
    // The ends lie on the axes at radius 0.7; the axis value is a node (1e-12), the radius is
    // interpolated along a boundary edge (error ≤ h²/(8r) = 0.02²/5.6 < 1e-4).
    assertEquals(0.0, Math.min(Math.min(a.x(), a.y()), Math.min(b.x(), b.y())), 1e-12);
    assertEquals(0.7, Math.hypot(a.x(), a.y()), 1e-4);
    assertEquals(0.7, Math.hypot(b.x(), b.y()), 1e-4);
  }

  /** Two separate minima give two rings; a level above the whole field gives none. */
  @Test
  void twoMinimaGiveTwoRingsAndAnUnreachedLevelNone() {
    double[] x = axis(-3, 3, 121);
    double[] y = axis(-1.5, 1.5, 61);
    double[][] f =
        sample(
            x, y, (a, b) -> Math.min((a + 1.5) * (a + 1.5) + b * b, (a - 1.5) * (a - 1.5) + b * b));
    List<Polyline> rings = MarchingSquares.contour(x, y, f, 0.25);
    assertEquals(2, rings.size());
    for (Polyline ring : rings) {
      assertTrue(ring.closed());
      // Same bound as the single circle: 3h²/(4r²) with h = 0.05, r = 0.5, i.e. 0.0075.
      assertEquals(Math.PI * 0.25, ring.area(), Math.PI * 0.25 * 0.0075);
    }
    assertTrue(MarchingSquares.contour(x, y, f, -1).isEmpty());
  }

  @Test
  void sameInputGivesIdenticalOutput() {
    double[] x = axis(-2, 2, 37);
    double[][] f = sample(x, x, (a, b) -> a * a + 2 * b * b + a * b * b);
    assertEquals(MarchingSquares.contour(x, x, f, 1.1), MarchingSquares.contour(x, x, f, 1.1));
  }

  @Test
  void badGridsAreRefused() {
    double[] x = {0, 1, 1};
    double[] ok = {0, 1};
    assertThrows(
        IllegalArgumentException.class, () -> MarchingSquares.contour(x, ok, new double[2][3], 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> MarchingSquares.contour(ok, ok, new double[][] {{0, Double.NaN}, {0, 0}}, 1));
    assertThrows(
        IllegalArgumentException.class, () -> MarchingSquares.contour(ok, ok, new double[3][2], 1));
  }
}
