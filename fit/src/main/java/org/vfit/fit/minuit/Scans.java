package org.vfit.fit.minuit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Profiles and grid contours. Each grid line is walked outward from the point nearest the best fit
 * in fixed segments; a segment starts from the covariance (linear-regression) prediction of the
 * other parameters and each later point from its neighbour's minimum. The segments, not the
 * threads, define every starting point, so the numbers are identical for any thread count.
 */
final class Scans {

  /**
   * Points per warm-started segment: long enough to follow a curved valley, short enough to
   * parallelise.
   */
  private static final int SEGMENT = 8;

  private final ConditionalFit fit;
  private final double[] best;
  private final double[][] covariance;
  private final Limits[] limits;

  Scans(ConditionalFit fit, double[] best, double[][] covariance, Limits[] limits) {
    this.fit = fit;
    this.best = best.clone();
    this.covariance = covariance;
    this.limits = limits;
  }

  /** One conditional minimum: value, other parameters and validity. */
  private record Cell(double fval, double[] values, boolean valid) {}

  /** A run of grid indices to be done in order, each warm-started from the previous one. */
  private record Segment(int line, int[] indices) {}

  Profile profile(String name, double fmin, int i, double[] grid, int threads) {
    List<Segment> segments = segments(0, grid, best[i]);
    Cell[][] cells =
        run(
            segments,
            threads,
            grid.length,
            1,
            (line, k, previous) -> {
              double v = grid[k];
              double[] start =
                  previous != null
                      ? shifted(previous, new int[] {i}, new double[] {v})
                      : predicted(new int[] {i}, new double[] {v});
              return cell(new int[] {i}, new double[] {v}, start);
            });
    double[] fval = new double[grid.length];
    boolean[] valid = new boolean[grid.length];
    double[][] values = new double[grid.length][];
    for (int k = 0; k < grid.length; k++) {
      Cell c = cells[0][k];
      fval[k] = c.fval;
      valid[k] = c.valid;
      values[k] = c.values;
    }
    return new Profile(name, fmin, grid, fval, valid, values);
  }

  Contour contour(
      String xName,
      String yName,
      double fmin,
      int ix,
      int iy,
      double[] xGrid,
      double[] yGrid,
      int threads) {
    List<Segment> segments = new ArrayList<>();
    for (int a = 0; a < xGrid.length; a++) {
      // Along each row start near the conditional best y for that x.
      double cxx = covariance[ix][ix];
      double yCentre =
          best[iy] + (cxx > 0 ? covariance[iy][ix] / cxx * (xGrid[a] - best[ix]) : 0.0);
      segments.addAll(segments(a, yGrid, yCentre));
    }
    Cell[][] cells =
        run(
            segments,
            threads,
            yGrid.length,
            xGrid.length,
            (line, k, previous) -> {
              int[] held = {ix, iy};
              double[] at = {xGrid[line], yGrid[k]};
              double[] start = previous != null ? shifted(previous, held, at) : predicted(held, at);
              return cell(held, at, start);
            });
    double[][] fval = new double[xGrid.length][yGrid.length];
    boolean[][] valid = new boolean[xGrid.length][yGrid.length];
    for (int a = 0; a < xGrid.length; a++) {
      for (int b = 0; b < yGrid.length; b++) {
        fval[a][b] = cells[a][b].fval;
        valid[a][b] = cells[a][b].valid;
      }
    }
    return new Contour(xName, yName, fmin, xGrid, yGrid, fval, valid);
  }

  /**
   * Crossings of fmin + delta along {@code points} rays at equal angles in the plane of the two
   * parameters scaled by their errors. Each ray starts at the Gaussian expectation t =
   * √(delta/(up·qᵀR⁻¹q)) (R the 2×2 correlation, q the unit direction) and is searched
   * independently, so the result does not depend on {@code threads}.
   */
  ContourLine line(
      String xName,
      String yName,
      double fmin,
      double up,
      int ix,
      int iy,
      double delta,
      int points,
      int threads,
      long maxCallsPerRay) {
    double sx = Math.sqrt(covariance[ix][ix]);
    double sy = Math.sqrt(covariance[iy][iy]);
    double rho = covariance[ix][iy] / (sx * sy);
    Crossing.Result[] results = new Crossing.Result[points];
    double[][] dirs = new double[points][];
    List<Runnable> rays = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      int ray = k;
      double phi = 2.0 * Math.PI * k / points;
      double qx = Math.cos(phi);
      double qy = Math.sin(phi);
      double[] d = {sx * qx, sy * qy};
      dirs[k] = d;
      double quad = (qx * qx - 2 * rho * qx * qy + qy * qy) / (1 - rho * rho);
      double first = Math.sqrt(delta / (up * quad));
      double tMax = Math.min(distanceToLimit(ix, d[0]), distanceToLimit(iy, d[1]));
      int[] held = {ix, iy};
      Crossing.Evaluator ev =
          (t, nearT, nearValues) -> {
            double[] at = {best[ix] + t * d[0], best[iy] + t * d[1]};
            for (int h = 0; h < 2; h++) {
              at[h] = limits[held[h]].clamp(at[h]);
            }
            ConditionalFit.Point p =
                fit.minimize(held, at, shifted(new Cell(Double.NaN, nearValues, true), held, at));
            return p;
          };
      rays.add(
          () ->
              results[ray] = Crossing.find(ev, fmin, delta, up, first, tMax, best, maxCallsPerRay));
    }
    runAll(rays, threads);
    double[] xs = new double[points];
    double[] ys = new double[points];
    boolean[] valid = new boolean[points];
    for (int k = 0; k < points; k++) {
      xs[k] = limits[ix].clamp(best[ix] + results[k].t() * dirs[k][0]);
      ys[k] = limits[iy].clamp(best[iy] + results[k].t() * dirs[k][1]);
      valid[k] = results[k].valid();
    }
    return new ContourLine(xName, yName, delta, xs, ys, valid);
  }

  /** Distance along a direction component to the parameter's limit (∞ if none that way). */
  private double distanceToLimit(int i, double component) {
    if (component > 0 && limits[i].hasUpper()) {
      return (limits[i].upper() - best[i]) / component;
    }
    if (component < 0 && limits[i].hasLower()) {
      return (limits[i].lower() - best[i]) / component;
    }
    return Double.POSITIVE_INFINITY;
  }

  private static void runAll(List<Runnable> tasks, int threads) {
    if (threads <= 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable r : tasks) {
        futures.add(pool.submit(r));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scan failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Cell cell(int[] held, double[] at, double[] start) {
    for (int k = 0; k < held.length; k++) {
      if (!limits[held[k]].contains(at[k])) {
        return new Cell(Double.NaN, start, false);
      }
    }
    ConditionalFit.Point p = fit.minimize(held, at, start);
    return new Cell(p.fval(), p.values(), p.valid());
  }

  @FunctionalInterface
  private interface CellTask {
    Cell compute(int line, int index, Cell previous);
  }

  private static Cell[][] run(
      List<Segment> segments, int threads, int perLine, int lines, CellTask task) {
    Cell[][] cells = new Cell[lines][perLine];
    if (threads <= 1) {
      for (Segment s : segments) {
        walk(s, task, cells);
      }
      return cells;
    }
    List<Runnable> tasks = new ArrayList<>();
    for (Segment s : segments) {
      tasks.add(() -> walk(s, task, cells));
    }
    runAll(tasks, threads);
    return cells;
  }

  private static void walk(Segment s, CellTask task, Cell[][] cells) {
    Cell previous = null;
    for (int k : s.indices) {
      Cell c = task.compute(s.line, k, previous);
      cells[s.line][k] = c;
      previous = c.valid ? c : null;
    }
  }

  /** Splits one grid line into outward segments starting at the point nearest {@code centre}. */
  private static List<Segment> segments(int line, double[] grid, double centre) {
    int k0 = 0;
    for (int k = 1; k < grid.length; k++) {
      if (Math.abs(grid[k] - centre) < Math.abs(grid[k0] - centre)) {
        k0 = k;
      }
    }
    List<Segment> out = new ArrayList<>();
    List<Integer> up = new ArrayList<>();
    for (int k = k0; k < grid.length; k++) {
      up.add(k);
    }
    List<Integer> down = new ArrayList<>();
    for (int k = k0 - 1; k >= 0; k--) {
      down.add(k);
    }
    for (List<Integer> run : List.of(up, down)) {
      for (int s = 0; s < run.size(); s += SEGMENT) {
        List<Integer> part = run.subList(s, Math.min(run.size(), s + SEGMENT));
        out.add(new Segment(line, part.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
    return out;
  }

  /** Other parameters predicted by linear regression on the held ones, from the covariance. */
  private double[] predicted(int[] held, double[] at) {
    return regressed(best, held, at);
  }

  /** The neighbour's minimum, moved along the regression by the change of the held values. */
  private double[] shifted(Cell previous, int[] held, double[] at) {
    return regressed(previous.values, held, at);
  }

  /**
   * {@code from} with the held parameters set to {@code at} and the others moved along the
   * regression.
   */
  private double[] regressed(double[] from, int[] held, double[] at) {
    double[] start = from.clone();
    double[] d = new double[held.length];
    for (int k = 0; k < held.length; k++) {
      d[k] = at[k] - start[held[k]];
    }
    double[] w = Matrices.solveHeldBlock(covariance, held, d);
    for (int j = 0; j < start.length; j++) {
      if (contains(held, j)) {
        continue;
      }
      double shift = 0;
      for (int k = 0; k < held.length; k++) {
        shift += covariance[j][held[k]] * w[k];
      }
      start[j] = limits[j].clamp(start[j] + shift);
    }
    for (int k = 0; k < held.length; k++) {
      start[held[k]] = at[k];
    }
    return start;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
