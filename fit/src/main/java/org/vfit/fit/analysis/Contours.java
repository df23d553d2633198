package org.vfit.fit.analysis;

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
 */
public final class Contours {

  private Contours() {}

  /**
   * The grid of one parameter set.
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
    FunctionMinimum fm = fit.minimum();
    ScanWork work = new ScanWork(model, options, fm, new int[] {x, y}, sin2Theta12, dm21);
    List<ScanWork.Unit> units = ScanWork.units(sin2Theta12.length, dm21, work.centres());
    int nx = sin2Theta12.length;
    int ny = dm21.length;
    double[][] chi2 = new double[ny][nx];
    boolean[][] valid = new boolean[ny][nx];
    AtomicLong done = new AtomicLong();
    long total = (long) nx * ny;
    List<ScanWork.Run> runs =
        runner.map(units, work, r -> progress.progress(done.addAndGet(r.cells().size()), total));
    for (ScanWork.Run r : runs) {
      int i = r.unit().line();
      int[] idx = r.unit().indices();
      for (int k = 0; k < idx.length; k++) {
        chi2[idx[k]][i] = r.cells().get(k).chi2();
        valid[idx[k]][i] = r.cells().get(k).valid();
      }
    }
    double reference = fit.chi2();
    double lowest = Double.POSITIVE_INFINITY;
    for (int j = 0; j < ny; j++) {
      lowest = Math.min(lowest, Profiles.lowestValid(chi2[j], valid[j]));
    }
    // As for profiles: far below the 2.30 of a 1σ region, above MIGRAD's convergence noise.
    boolean below = lowest < reference - 0.01;
    if (below) {
      reference = lowest;
    }
    double unit = OscillationParameter.DM21.unit();
    double[] dm21EV2 = new double[ny];
    for (int j = 0; j < ny; j++) {
      dm21EV2[j] = dm21[j] * unit;
    }
    double[] best = fm.values();
    return new ContourResult(
        set,
        model.description(),
        sin2Theta12,
        dm21EV2,
        chi2,
        valid,
        reference,
        below,
        best[x],
        best[y] * unit,
        Levels.contourLevels());
  }
}
