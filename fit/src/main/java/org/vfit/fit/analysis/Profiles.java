package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;

/**
 * 1-D Δχ² profiles of physics quantities, including the ν̄ − ν differences δ(Δm²₂₁) and δ(sin²θ₁₂):
 * H1 is reparametrised so the difference is a fit variable (see {@link Model#withDifference}), and
 * profiling it over everything else gives the Δχ² curve from which published CPT bounds are read.
 * Regions of Δχ² &lt; 1 and &lt; 9 are the 1σ and 3σ intervals (Wilks, one parameter).
 */
public final class Profiles {

  private Profiles() {}

  /**
   * Profiles {@code target} over {@code grid}.
   *
   * @param base the model that was fitted (plain parametrisation)
   * @param baseFit its best fit, from {@link Fitter}; must be valid
   * @param grid values of the quantity in fit units (1e-5 eV² for Δm²₂₁), strictly increasing
   * @param runner where the grid's work units run; results do not depend on it
   * @throws IllegalStateException if the best fit is not valid
   */
  public static ProfileResult profile(
      Model base,
      FitResult baseFit,
      PhysicsParameter target,
      double[] grid,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    requireIncreasing(grid);
    if (!baseFit.isValid() || baseFit.minimum().covariance() == null) {
      throw new IllegalStateException(
          "the best fit is not valid ("
              + String.join(", ", baseFit.problems())
              + "); no profile from it");
    }
    List<Restart> restarts = new ArrayList<>();
    FitResult current = baseFit;
    while (true) {
      Scan scan = scan(base, current, target, grid, options, runner, progress);
      if (!scan.below() || restarts.size() == MAX_RESTARTS) {
        return scan.result(restarts);
      }
      Restart r = restart(base.plain(), scan.model(), current, scan.lowest(), options);
      restarts.add(r);
      if (!r.improved()) {
        return scan.result(restarts);
      }
      current = r.refit();
    }
  }

  /**
   * How often a scan that went below the minimum restarts the fit before Δχ² is simply taken from
   * its lowest point; each restart lowers χ² by more than {@link #BELOW}, so more than two would
   * mean a fit that cannot hold its minimum.
   */
  static final int MAX_RESTARTS = 2;

  /**
   * How far below the fit's minimum a scan point must be to count: far below the Δχ² = 1 of a 1σ
   * interval, well above MIGRAD's convergence noise (EDM goal 2e-5).
   */
  static final double BELOW = 0.01;

  /**
   * The fit restarted from a scan point below the minimum: every parameter free, MIGRAD and HESSE
   * from the conditional minimum the scan found there. A refit that throws is recorded as a failed
   * restart (its result carries the old minimum), never fatal.
   */
  static Restart restart(
      Model plain, Model scanned, FitResult current, ScanWork.Cell lowest, FitOptions options) {
    double[] global = scanned.toGlobal(lowest.values());
    FitResult refit;
    try {
      refit = Fitter.fit(plain, options.withMultiStart(false).withMinos(false), List.of(global));
    } catch (RuntimeException e) {
      refit = current;
    }
    return new Restart(current.chi2(), lowest.chi2(), scanned.ids(), lowest.values(), refit);
  }

  /** One pass over the grid from one best fit. */
  private record Scan(
      Model model,
      FitResult fit,
      PhysicsParameter target,
      double[] grid,
      double[] chi2,
      boolean[] valid,
      List<String> failures,
      ScanWork.Cell lowest) {

    boolean below() {
      return lowest != null && lowest.chi2() < fit.chi2() - BELOW;
    }

    ProfileResult result(List<Restart> restarts) {
      int i = target.index(model);
      FunctionMinimum fm = fit.minimum();
      double reference = fit.chi2();
      boolean below = below();
      if (below) {
        reference = lowest.chi2();
      }
      double[] delta = new double[grid.length];
      for (int k = 0; k < grid.length; k++) {
        delta[k] = chi2[k] - reference;
      }
      OscillationParameter p = target.parameter();
      double[] values = new double[grid.length];
      for (int k = 0; k < grid.length; k++) {
        values[k] = p.toPhysical(grid[k]);
      }
      String name = fm.parameters().get(i).name();
      org.vfit.fit.minuit.MinosError me = fit.minos().get(name);
      Estimate best =
          new Estimate(
                  fm.values()[i],
                  fm.errors()[i],
                  me != null && me.lowerValid() ? me.lower() : null,
                  me != null && me.upperValid() ? me.upper() : null)
              .toPhysical(p);
      return new ProfileResult(
          target,
          model.description(),
          best,
          values,
          chi2,
          valid,
          reference,
          below,
          toPhysical(Crossings.below(grid, delta, valid, Levels.deltaChi2(1, 1)), p),
          toPhysical(Crossings.below(grid, delta, valid, Levels.deltaChi2(1, 3)), p),
          restarts,
          failures);
    }
  }

  private static Scan scan(
      Model base,
      FitResult baseFit,
      PhysicsParameter target,
      double[] grid,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    Model model = target.modelFor(base.plain());
    FitResult fit = baseFit;
    if (model.difference() != null) {
      // The minimum is the same point; refitting in the new variables gives their covariance
      // and MINOS errors on the difference itself.
      fit =
          Fitter.fit(
              model,
              options.withMultiStart(false),
              List.of(baseFit.globalValues()),
              List.of(ParameterId.difference(target.parameter())));
      if (!fit.isValid()) {
        throw new IllegalStateException(
            "the fit in the difference parametrisation is not valid ("
                + String.join(", ", fit.problems())
                + ")");
      }
    }
    int i = target.index(model);
    FunctionMinimum fm = fit.minimum();
    ScanWork work = new ScanWork(model, options, fm, new int[] {i}, null, grid);
    List<ScanWork.Unit> units = ScanWork.units(1, grid, work.centres());
    double[] chi2 = new double[grid.length];
    boolean[] valid = new boolean[grid.length];
    String[] failure = new String[grid.length];
    ScanWork.Cell[] cells = new ScanWork.Cell[grid.length];
    AtomicLong done = new AtomicLong();
    List<ScanWork.Run> runs =
        runner.map(
            units, work, r -> progress.progress(done.addAndGet(r.cells().size()), grid.length));
    for (ScanWork.Run r : runs) {
      int[] idx = r.unit().indices();
      for (int k = 0; k < idx.length; k++) {
        ScanWork.Cell c = r.cells().get(k);
        cells[idx[k]] = c;
        chi2[idx[k]] = c.chi2();
        valid[idx[k]] = c.valid();
        failure[idx[k]] = c.failure();
      }
    }
    List<String> failures = new ArrayList<>();
    ScanWork.Cell lowest = null;
    for (int k = 0; k < grid.length; k++) {
      if (failure[k] != null) {
        failures.add(target.label() + " = " + grid[k] + ": " + failure[k]);
      }
      if (valid[k] && (lowest == null || chi2[k] < lowest.chi2())) {
        lowest = cells[k];
      }
    }
    return new Scan(model, fit, target, grid, chi2, valid, failures, lowest);
  }

  private static List<Interval> toPhysical(List<Interval> in, OscillationParameter p) {
    List<Interval> out = new ArrayList<>();
    for (Interval i : in) {
      out.add(i.toPhysical(p));
    }
    return out;
  }

  static double lowestValid(double[] chi2, boolean[] valid) {
    double lowest = Double.POSITIVE_INFINITY;
    for (int k = 0; k < chi2.length; k++) {
      if (valid[k] && chi2[k] < lowest) {
        lowest = chi2[k];
      }
    }
    return lowest;
  }

  static void requireIncreasing(double[] grid) {
    if (grid.length < 2) {
      throw new IllegalArgumentException("a scan needs at least 2 grid points, got " + grid.length);
    }
    for (int k = 0; k < grid.length; k++) {
      if (!Double.isFinite(grid[k]) || (k > 0 && !(grid[k] > grid[k - 1]))) {
        throw new IllegalArgumentException(
            "grid must be finite and strictly increasing, got " + java.util.Arrays.toString(grid));
      }
    }
  }

  /** n equally spaced values from lo to hi inclusive. */
  public static double[] linspace(double lo, double hi, int n) {
    if (n < 2 || !(hi > lo)) {
      throw new IllegalArgumentException("need n >= 2 and hi > lo, got " + lo + ":" + hi + ":" + n);
    }
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      g[k] = lo + (hi - lo) * k / (n - 1);
    }
    return g;
  }
}
