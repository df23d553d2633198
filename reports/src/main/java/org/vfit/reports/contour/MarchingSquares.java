package org.vfit.reports.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines of a function sampled on a rectilinear grid, by marching squares with linear
 * interpolation along cell edges.
 *
 * <p>Hand-written because XChart, the plotting library, draws only lines, markers and areas and has
 * no contour plot, and the contour libraries on Maven Central come with their own plotting stacks;
 * the algorithm is short and its output is checked against analytic fields in the tests.
 *
 * <p>A grid node counts as inside when its value is below the level (Δχ² below 2.30 is inside the
 * 1σ region). Ambiguous (saddle) cells are resolved by the mean of the four corners, the usual
 * approximation of the value at the cell centre. Pieces are linked through the grid edges they
 * cross, not by comparing coordinates, so the topology is exact even when a vertex coincides with a
 * node: every crossed interior edge joins exactly two segments, every crossed boundary edge ends an
 * open line.
 */
public final class MarchingSquares {
  private final double[] x;
  private final double[] y;
  private final double[][] f;
  private final int nx;
  private final int ny;

  private MarchingSquares(double[] x, double[] y, double[][] f) {
    this.x = x;
    this.y = y;
    this.f = f;
    this.nx = x.length;
    this.ny = y.length;
  }

  /**
   * The contour lines {@code f = level}.
   *
   * @param x grid x coordinates, strictly increasing, at least 2
   * @param y grid y coordinates, strictly increasing, at least 2
   * @param f values, {@code f[j][i]} at {@code (x[i], y[j])}, all finite
   * @param level the contour level
   * @return the connected pieces: closed rings first in the order found, open lines ending on the
   *     boundary, in an order fixed by the grid (the same input always gives the same output)
   */
  public static List<Polyline> contour(double[] x, double[] y, double[][] f, double level) {
    check(x, "x");
    check(y, "y");
    if (f.length != y.length) {
      throw new IllegalArgumentException(
          "f needs one row per y value (" + y.length + "), has " + f.length);
    }
    for (int j = 0; j < f.length; j++) {
      if (f[j].length != x.length) {
        throw new IllegalArgumentException(
            "f row " + j + " needs " + x.length + " values, has " + f[j].length);
      }
      for (int i = 0; i < f[j].length; i++) {
        if (!Double.isFinite(f[j][i])) {
          throw new IllegalArgumentException("f[" + j + "][" + i + "] is not finite: " + f[j][i]);
        }
      }
    }
    if (!Double.isFinite(level)) {
      throw new IllegalArgumentException("level is not finite: " + level);
    }
    return new MarchingSquares(x, y, f).trace(level);
  }

  private static void check(double[] axis, String name) {
    if (axis.length < 2) {
      throw new IllegalArgumentException(name + " needs at least 2 values, has " + axis.length);
    }
    for (int k = 1; k < axis.length; k++) {
      if (!(axis[k] > axis[k - 1])) {
        throw new IllegalArgumentException(
            name
                + " must increase strictly; "
                + name
                + "["
                + k
                + "] = "
                + axis[k]
                + " follows "
                + axis[k - 1]);
      }
    }
  }

  // Edge ids: horizontal edge (i,j)-(i+1,j) is j*(nx-1)+i; vertical edge (i,j)-(i,j+1) follows
  // them.
  private int horizontal(int i, int j) {
    return j * (nx - 1) + i;
  }

  private int vertical(int i, int j) {
    return (nx - 1) * ny + j * nx + i;
  }

  private int edgeCount() {
    return (nx - 1) * ny + nx * (ny - 1);
  }

  private boolean inside(int i, int j, double level) {
    return f[j][i] < level;
  }

  private List<Polyline> trace(double level) {
    int edges = edgeCount();
    // Segment s joins edges segFrom[s] and segTo[s]; each edge is touched by at most two segments.
    int[] segFrom = new int[2 * (nx - 1) * (ny - 1)];
    int[] segTo = new int[segFrom.length];
    int segments = 0;
    int[] firstSeg = new int[edges];
    int[] secondSeg = new int[edges];
    Arrays.fill(firstSeg, -1);
    Arrays.fill(secondSeg, -1);

    for (int j = 0; j < ny - 1; j++) {
      for (int i = 0; i < nx - 1; i++) {
        int code =
            (inside(i, j, level) ? 1 : 0)
                | (inside(i + 1, j, level) ? 2 : 0)
                | (inside(i + 1, j + 1, level) ? 4 : 0)
                | (inside(i, j + 1, level) ? 8 : 0);
        if (code == 0 || code == 15) {
          continue;
        }
        int bottom = horizontal(i, j);
        int top = horizontal(i, j + 1);
        int left = vertical(i, j);
        int right = vertical(i + 1, j);
        int[] pairs;
        if (code == 5 || code == 10) {
          double centre = (f[j][i] + f[j][i + 1] + f[j + 1][i + 1] + f[j + 1][i]) / 4;
          boolean centreInside = centre < level;
          // code 5: bottom-left and top-right inside. If the centre is inside they are joined
          // through
          // it and the lines cut off the two outside corners; otherwise the lines cut off the
          // inside
          // corners. Code 10 is the mirror image.
          boolean cutBottomRightAndTopLeft = (code == 5) == centreInside;
          pairs =
              cutBottomRightAndTopLeft
                  ? new int[] {bottom, right, top, left}
                  : new int[] {left, bottom, right, top};
        } else {
          int[] crossed = new int[2];
          int n = 0;
          if (((code & 1) != 0) != ((code & 2) != 0)) {
            crossed[n++] = bottom;
          }
          if (((code & 2) != 0) != ((code & 4) != 0)) {
            crossed[n++] = right;
          }
          if (((code & 4) != 0) != ((code & 8) != 0)) {
            crossed[n++] = top;
          }
          if (((code & 8) != 0) != ((code & 1) != 0)) {
            crossed[n++] = left;
          }
          pairs = crossed;
        }
        for (int k = 0; k < pairs.length; k += 2) {
          segFrom[segments] = pairs[k];
          segTo[segments] = pairs[k + 1];
          attach(firstSeg, secondSeg, pairs[k], segments);
          attach(firstSeg, secondSeg, pairs[k + 1], segments);
          segments++;
        }
      }
    }

    boolean[] used = new boolean[segments];
    List<Polyline> open = new ArrayList<>();
    for (int e = 0; e < edges; e++) {
      if (firstSeg[e] >= 0 && secondSeg[e] < 0 && !used[firstSeg[e]]) {
        open.add(walk(e, firstSeg[e], segFrom, segTo, firstSeg, secondSeg, used, level, false));
      }
    }
    List<Polyline> result = new ArrayList<>();
    for (int s = 0; s < segments; s++) {
      if (!used[s]) {
        result.add(walk(segFrom[s], s, segFrom, segTo, firstSeg, secondSeg, used, level, true));
      }
    }
    result.addAll(open);
    return List.copyOf(result);
  }

  private static void attach(int[] first, int[] second, int edge, int segment) {
    if (first[edge] < 0) {
      first[edge] = segment;
    } else if (second[edge] < 0) {
      second[edge] = segment;
    } else {
      throw new IllegalStateException("edge " + edge + " touched by a third segment");
    }
  }

  private Polyline walk(
      int startEdge,
      int startSeg,
      int[] segFrom,
      int[] segTo,
      int[] first,
      int[] second,
      boolean[] used,
      double level,
      boolean closed) {
    List<Point> points = new ArrayList<>();
    points.add(crossing(startEdge, level));
    int edge = startEdge;
    int seg = startSeg;
    while (true) {
      used[seg] = true;
      edge = segFrom[seg] == edge ? segTo[seg] : segFrom[seg];
      if (closed && edge == startEdge) {
        return new Polyline(points, true);
      }
      points.add(crossing(edge, level));
      int next = first[edge] == seg ? second[edge] : first[edge];
      if (next < 0) {
        return new Polyline(points, false);
      }
      seg = next;
    }
  }

  /** Where f crosses the level on an edge, by linear interpolation from the edge's lower node. */
  private Point crossing(int edge, double level) {
    int horizontalEdges = (nx - 1) * ny;
    if (edge < horizontalEdges) {
      int j = edge / (nx - 1);
      int i = edge % (nx - 1);
      double t = (level - f[j][i]) / (f[j][i + 1] - f[j][i]);
      return new Point(x[i] + t * (x[i + 1] - x[i]), y[j]);
    }
    int k = edge - horizontalEdges;
    int j = k / nx;
    int i = k % nx;
    double t = (level - f[j][i]) / (f[j + 1][i] - f[j][i]);
    return new Point(x[i], y[j] + t * (y[j + 1] - y[j]));
  }
}
