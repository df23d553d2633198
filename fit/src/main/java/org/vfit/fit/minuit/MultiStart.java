package org.vfit.fit.minuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MIGRAD from several starting points, for functions with more than one local minimum (in vfit: the
 * solar LMA and LOW regions of Δm²₂₁). Each start is an independent copy of a configured {@link
 * Minuit}, so results do not depend on the thread count or on the order in which starts finish.
 */
public final class MultiStart {

  /**
   * @param best the valid minimum with the lowest fval (the lowest fval overall if none is valid;
   *     ties go to the earlier start)
   * @param all one result per start, in start order
   * @param starts the external start points, in the same order
   */
  public record Result(FunctionMinimum best, List<FunctionMinimum> all, List<double[]> starts) {

    public Result {
      all = List.copyOf(all);
      List<double[]> copies = new ArrayList<>();
      for (double[] s : starts) {
        copies.add(s.clone());
      }
      starts = List.copyOf(copies);
    }

    /**
     * The distinct valid minima, best first: a minimum counts as new if some free parameter differs
     * from every better one by more than the larger of the two errors.
     */
    public List<FunctionMinimum> distinctMinima() {
      List<FunctionMinimum> sorted = new ArrayList<>();
      for (FunctionMinimum m : all) {
        if (m.isValid()) {
          sorted.add(m);
        }
      }
      sorted.sort(Comparator.comparingDouble(FunctionMinimum::fval));
      List<FunctionMinimum> out = new ArrayList<>();
      for (FunctionMinimum m : sorted) {
        boolean seen = out.stream().anyMatch(o -> same(o, m));
        if (!seen) {
          out.add(m);
        }
      }
      return List.copyOf(out);
    }

    private static boolean same(FunctionMinimum a, FunctionMinimum b) {
      for (int i = 0; i < a.parameters().size(); i++) {
        Parameter p = a.parameters().get(i);
        Parameter q = b.parameters().get(i);
        if (p.isFixed()) {
          continue;
        }
        double tol = Math.max(p.error(), q.error());
        if (Math.abs(p.value() - q.value()) > tol) {
          return false;
        }
      }
      return true;
    }
  }

  private MultiStart() {}

  /** MIGRAD from each given external start point (fixed parameters keep the template's values). */
  public static Result fromPoints(Minuit template, List<double[]> starts, int threads) {
    List<double[]> points = new ArrayList<>();
    for (double[] s : starts) {
      if (s.length != template.names().size()) {
        throw new IllegalArgumentException(
            "start point has " + s.length + " values, expected " + template.names().size());
      }
      double[] p = s.clone();
      for (int i = 0; i < p.length; i++) {
        String name = template.names().get(i);
        if (template.isFixed(name)) {
          p[i] = template.value(name);
        }
      }
      points.add(p);
    }
    List<FunctionMinimum> results = runAll(template, points, threads);
    int best = 0;
    for (int k = 1; k < results.size(); k++) {
      if (better(results.get(k), results.get(best))) {
        best = k;
      }
    }
    return new Result(results.get(best), results, points);
  }

  /**
   * MIGRAD from {@code count} Latin-hypercube points: each free parameter's range is cut into
   * {@code count} equal strata and every stratum is used once, in a seeded random pairing. The
   * range is the parameter's limits, or value ± 5 errors on an unlimited side.
   */
  public static Result latinHypercube(Minuit template, int count, long seed, int threads) {
    if (count < 1) {
      throw new IllegalArgumentException("need at least one start, got " + count);
    }
    int n = template.names().size();
    double[][] pts = new double[count][n];
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      String name = template.names().get(i);
      double[] range = range(template, name);
      int[] perm = permutation(count, rng);
      for (int k = 0; k < count; k++) {
        double u = (perm[k] + rng.nextDouble()) / count;
        pts[k][i] =
            template.isFixed(name) ? template.value(name) : range[0] + u * (range[1] - range[0]);
      }
    }
    return fromPoints(template, List.of(pts), threads);
  }

  /** MIGRAD from the centres of a regular grid with {@code perAxis} cells per free parameter. */
  public static Result grid(Minuit template, int perAxis, int threads) {
    int n = template.names().size();
    List<double[]> pts = new ArrayList<>();
    pts.add(template.values());
    for (int i = 0; i < n; i++) {
      String name = template.names().get(i);
      if (template.isFixed(name)) {
        continue;
      }
      double[] range = range(template, name);
      List<double[]> next = new ArrayList<>();
      for (double[] p : pts) {
        for (int k = 0; k < perAxis; k++) {
          double[] q = p.clone();
          q[i] = range[0] + (k + 0.5) / perAxis * (range[1] - range[0]);
          next.add(q);
        }
      }
      pts = next;
    }
    return fromPoints(template, pts, threads);
  }

  private static double[] range(Minuit template, String name) {
    Limits l = template.limits(name);
    double v = template.value(name);
    double e = template.error(name);
    return new double[] {
      l.hasLower() ? l.lower() : v - 5 * e, l.hasUpper() ? l.upper() : v + 5 * e
    };
  }

  private static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static boolean better(FunctionMinimum a, FunctionMinimum b) {
    if (a.isValid() != b.isValid()) {
      return a.isValid();
    }
    return a.fval() < b.fval();
  }

  private static List<FunctionMinimum> runAll(Minuit template, List<double[]> points, int threads) {
    List<FunctionMinimum> out = new ArrayList<>();
    if (threads <= 1) {
      for (double[] p : points) {
        out.add(runOne(template, p));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<FunctionMinimum>> futures = new ArrayList<>();
      for (double[] p : points) {
        Minuit m = template.copy();
        futures.add(pool.submit(() -> runOne(m, p)));
      }
      for (Future<FunctionMinimum> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("multi-start interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("multi-start failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static FunctionMinimum runOne(Minuit template, double[] start) {
    Minuit m = template.copy();
    for (int i = 0; i < start.length; i++) {
      m.value(m.names().get(i), start[i]);
    }
    return m.migrad();
  }
}
