package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;

/**
 * 2-D Δχ² grids in (sin²θ₁₂, Δm²₂₁) with all other parameters profiled — the solar (ν), reactor
 * (ν̄) and combined regions of the tension plot. The grid is cut into work units (runs of points
 * along Δm²₂₁ at fixed sin²θ₁₂, walked outward from the conditional best fit), so the numbers are
 * fixed by the grid and do not depend on the runner or its thread count.
 *
 * <p>A grid point below the fit's minimum restarts the fit from that point and the grid is redone
 * from the new minimum ({@link Restart}); a point whose minimisation fails is recorded and left
 * invalid. {@link #covering} widens a grid until a region closes inside it.
 */
public final class Contours {

  private Contours() {}

  /**
   * The grid of one parameter set, linear axes as given.
   *
   * @param model the fitted model (plain parametrisation)
   * @param fit its best fit; must be valid
   * @param sector whose (sin²θ₁₂, Δm²₂₁): {@link Sector#NU} or {@link Sector#NUBAR}; for a model in
   *     which they are shared (H0, or data of one sector only), either gives the shared set
   * @param sin2Theta12 x grid, strictly increasing
   * @param dm21 y grid in fit units (1e-5 eV²), strictly increasing
   */
  public static ContourResult contour(
      Model model,
      FitResult fit,
      Sector sector,
      double[] sin2Theta12,
      double[] dm21,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    return withRestarts(
        model,
        fit,
        sector,
        sin2Theta12,
        dm21,
        false,
        false,
        false,
        options,
        runner,
        progress,
        null);
  }

  /**
   * The grid of one parameter set on the given axes.
   *
   * @param x the x axis in sin²θ₁₂, or in tan²θ₁₂ when {@code tan2X}
   * @param tan2X whether {@code x} is in tan²θ₁₂ (values above 1 are θ₁₂ &gt; 45°)
   * @param dm21 the y axis in fit units (1e-5 eV²)
   */
  public static ContourResult contour(
      Model model,
      FitResult fit,
      Sector sector,
      GridAxis x,
      boolean tan2X,
      GridAxis dm21,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    return contour(model, fit, sector, x, tan2X, dm21, options, runner, progress, null);
  }

  /**
   * The grid on the given axes, widened until the region Δχ² ≤ {@code level} closes inside it: each
   * side the region reaches, unless it is at the parameter's limit, gets a quarter more values (at
   * least 4) of the same spacing, up to the limit, and the grid is redone — at most {@code
   * maxExtensions} times. Whether it closed in the end is in the result ({@link
   * ContourResult#openEdges}). On a tan²θ₁₂ axis the widening stops at tan²θ₁₂ = {@value
   * #TAN2_FLOOR} and {@value #TAN2_CEILING} (θ₁₂ = 1.8° and 88.2°).
   */
  public static ContourResult covering(
      Model model,
      FitResult fit,
      Sector sector,
      GridAxis x,
      boolean tan2X,
      GridAxis dm21,
      double level,
      int maxExtensions,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    int ix = model.index(sector, OscillationParameter.SIN2_THETA12);
    int iy = model.index(sector, OscillationParameter.DM21);
    LastPass last = new LastPass();
    ContourResult c = contour(model, fit, sector, x, tan2X, dm21, options, runner, progress, last);
    for (int round = 0; round < maxExtensions; round++) {
      List<ContourResult.Edge> open = c.openEdges(level);
      if (open.isEmpty() || ix < 0) {
        break;
      }
      double[] xLimits = displayLimits(model.lower()[ix], model.upper()[ix], tan2X, x.log());
      double yLo = model.lower()[iy];
      double yHi = model.upper()[iy];
      GridAxis nx = x;
      GridAxis ny = dm21;
      for (ContourResult.Edge e : open) {
        switch (e) {
          case SIN2_THETA12_LOW -> nx = nx.extendLow(steps(x), xLimits[0]);
          case SIN2_THETA12_HIGH -> nx = nx.extendHigh(steps(x), xLimits[1]);
          case DM21_LOW -> ny = ny.extendLow(steps(dm21), dm21.log() ? Math.max(yLo, 1e-12) : yLo);
          case DM21_HIGH -> ny = ny.extendHigh(steps(dm21), yHi);
        }
      }
      if (nx.equals(x) && ny.equals(dm21)) {
        break;
      }
      x = nx;
      dm21 = ny;
      Restart r = c.restartedFrom();
      FitResult from = r != null && r.improved() ? r.refit() : fit;
      c = contour(model, from, sector, x, tan2X, dm21, options, runner, progress, last);
    }
    return c;
  }

  /**
   * The cells of the previous pass of {@link #covering} over its grid. A widening that leaves the
   * Δm²₂₁ axis as it was keeps every old sin²θ₁₂ line's runs exactly as they were cut (runs follow
   * Δm²₂₁ along a line and start from the same fit), so those lines are taken over instead of
   * minimised again: the reactor region's first widening redid 1681 points to add 410.
   */
  private static final class LastPass {
    FitResult fit;
    double[] sin2Theta12;
    double[] dm21;
    ScanWork.Cell[][] cells;
  }

  private static ContourResult contour(
      Model model,
      FitResult fit,
      Sector sector,
      GridAxis x,
      boolean tan2X,
      GridAxis dm21,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress,
      LastPass last) {
    return withRestarts(
        model,
        fit,
        sector,
        sin2(x.values(), tan2X),
        dm21.values(),
        tan2X,
        x.log(),
        dm21.log(),
        options,
        runner,
        progress,
        last);
  }

  /** Lowest tan²θ₁₂ a widened log axis reaches. */
  static final double TAN2_FLOOR = 1e-3;

  /** Highest tan²θ₁₂ a widened axis reaches. */
  static final double TAN2_CEILING = 1e3;

  private static int steps(GridAxis a) {
    return Math.max(4, a.n() / 4);
  }

  /** The x limits in the shown variable. */
  private static double[] displayLimits(double lo, double hi, boolean tan2, boolean log) {
    double a = tan2 ? lo / (1 - lo) : lo;
    double b = tan2 ? (hi >= 1 ? TAN2_CEILING : Math.min(TAN2_CEILING, hi / (1 - hi))) : hi;
    if (log) {
      a = Math.max(a, tan2 ? TAN2_FLOOR : 1e-6);
    }
    return new double[] {a, b};
  }

  private static double[] sin2(double[] x, boolean tan2) {
    if (!tan2) {
      return x.clone();
    }
    double[] s = new double[x.length];
    for (int i = 0; i < s.length; i++) {
      if (!(x[i] >= 0) || !Double.isFinite(x[i])) {
        throw new IllegalArgumentException("tan^2 theta12 must be finite and >= 0, got " + x[i]);
      }
      s[i] = x[i] / (1 + x[i]);
    }
    return s;
  }

  private static ContourResult withRestarts(
      Model model,
      FitResult fit,
      Sector sector,
      double[] sin2Theta12,
      double[] dm21,
      boolean tan2X,
      boolean logX,
      boolean logY,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress,
      LastPass last) {
    Profiles.requireIncreasing(sin2Theta12);
    Profiles.requireIncreasing(dm21);
    if (model.difference() != null) {
      throw new IllegalArgumentException("contours are drawn in the plain parametrisation");
    }
    if (!fit.isValid() || fit.minimum().covariance() == null) {
      throw new IllegalStateException(
          "the best fit is not valid ("
              + String.join(", ", fit.problems())
              + "); no contour from it");
    }
    int x = model.index(sector, OscillationParameter.SIN2_THETA12);
    int y = model.index(sector, OscillationParameter.DM21);
    if (x < 0) {
      throw new IllegalArgumentException(
          "no dataset reads the "
              + sector.label()
              + " sector (datasets: "
              + model.source().description()
              + ")");
    }
    Sector other = sector == Sector.NU ? Sector.NUBAR : Sector.NU;
    boolean shared =
        model.index(other, OscillationParameter.DM21) == y
            && model.index(other, OscillationParameter.SIN2_THETA12) == x;
    String set = shared && model.hasSector(other) ? "combined" : sector.label();
    double[] lo = model.lower();
    double[] hi = model.upper();
    boolean[] atLimit = {
      sin2Theta12[0] <= lo[x],
      sin2Theta12[sin2Theta12.length - 1] >= hi[x],
      dm21[0] <= lo[y],
      dm21[dm21.length - 1] >= hi[y]
    };
    List<Restart> restarts = new ArrayList<>();
    FitResult current = fit;
    while (true) {
      Grid g = grid(model, current, x, y, sin2Theta12, dm21, options, runner, progress, last);
      boolean below = g.lowest() != null && g.lowest().chi2() < current.chi2() - Profiles.BELOW;
      if (below && restarts.size() < Profiles.MAX_RESTARTS) {
        Restart r = Profiles.restart(model, model, current, g.lowest(), options);
        restarts.add(r);
        if (r.improved()) {
          current = r.refit();
          continue;
        }
      }
      double reference = below ? g.lowest().chi2() : current.chi2();
      double[] dm21EV2 = new double[dm21.length];
      for (int j = 0; j < dm21.length; j++) {
        dm21EV2[j] = OscillationParameter.DM21.toPhysical(dm21[j]);
      }
      double[] best = current.minimum().values();
      return new ContourResult(
          set,
          model.description(),
          sin2Theta12,
          dm21EV2,
          g.chi2(),
          g.valid(),
          reference,
          below,
          best[x],
          OscillationParameter.DM21.toPhysical(best[y]),
          Levels.contourLevels(),
          tan2X,
          logX,
          logY,
          atLimit,
          restarts,
          g.failures());
    }
  }

  /** One pass over the grid. */
  private record Grid(
      double[][] chi2, boolean[][] valid, List<String> failures, ScanWork.Cell lowest) {}

  private static Grid grid(
      Model model,
      FitResult fit,
      int x,
      int y,
      double[] sin2Theta12,
      double[] dm21,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress,
      LastPass last) {
    FunctionMinimum fm = fit.minimum();
    ScanWork work = new ScanWork(model, options, fm, new int[] {x, y}, sin2Theta12, dm21);
    int nx = sin2Theta12.length;
    int ny = dm21.length;
    double[][] chi2 = new double[ny][nx];
    boolean[][] valid = new boolean[ny][nx];
    ScanWork.Cell[][] cells = new ScanWork.Cell[ny][nx];
    int[] oldLine = oldLines(last, fit, sin2Theta12, dm21);
    List<ScanWork.Unit> units = new ArrayList<>();
    for (ScanWork.Unit u : ScanWork.units(nx, dm21, work.centres())) {
      int i = u.line();
      if (oldLine[i] < 0) {
        units.add(u);
        continue;
      }
      for (int j : u.indices()) {
        cells[j][i] = last.cells[j][oldLine[i]];
      }
    }
    AtomicLong done = new AtomicLong();
    long total = units.stream().mapToLong(u -> u.indices().length).sum();
    List<ScanWork.Run> runs =
        runner.map(units, work, r -> progress.progress(done.addAndGet(r.cells().size()), total));
    for (ScanWork.Run r : runs) {
      int i = r.unit().line();
      int[] idx = r.unit().indices();
      for (int k = 0; k < idx.length; k++) {
        cells[idx[k]][i] = r.cells().get(k);
      }
    }
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        chi2[j][i] = cells[j][i].chi2();
        valid[j][i] = cells[j][i].valid();
      }
    }
    if (last != null) {
      last.fit = fit;
      last.sin2Theta12 = sin2Theta12.clone();
      last.dm21 = dm21.clone();
      last.cells = cells;
    }
    List<String> failures = new ArrayList<>();
    ScanWork.Cell lowest = null;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        ScanWork.Cell c = cells[j][i];
        if (c.failure() != null) {
          failures.add(
              "sin2theta12 = "
                  + sin2Theta12[i]
                  + ", dm21 = "
                  + dm21[j]
                  + " x "
                  + OscillationParameter.DM21.fitUnitLabel()
                  + ": "
                  + c.failure());
        }
        if (c.valid() && (lowest == null || c.chi2() < lowest.chi2())) {
          lowest = c;
        }
      }
    }
    return new Grid(chi2, valid, failures, lowest);
  }

  /**
   * For each sin²θ₁₂ line, the line of the previous pass at the same value (−1: none, or no
   * previous pass of this fit on this Δm²₂₁ axis). A widened axis recomputes its values from the
   * new ends, so an old value may come back a few units in the last place off; a line within 1e-12
   * (relative) of an old one is that line.
   */
  private static int[] oldLines(LastPass last, FitResult fit, double[] sin2, double[] dm21) {
    int[] map = new int[sin2.length];
    java.util.Arrays.fill(map, -1);
    if (last == null || last.fit != fit || !java.util.Arrays.equals(last.dm21, dm21)) {
      return map;
    }
    int j = 0;
    for (int i = 0; i < sin2.length; i++) {
      double tolerance = 1e-12 * Math.max(1.0, Math.abs(sin2[i]));
      while (j < last.sin2Theta12.length && last.sin2Theta12[j] < sin2[i] - tolerance) {
        j++;
      }
      if (j < last.sin2Theta12.length && Math.abs(last.sin2Theta12[j] - sin2[i]) <= tolerance) {
        map[i] = j;
      }
    }
    return map;
  }
}
