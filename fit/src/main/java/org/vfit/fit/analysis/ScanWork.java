package org.vfit.fit.analysis;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.Minuit;

/**
 * The work unit of profiles and grids: a run of grid points along one line, each a conditional
 * MIGRAD (the scanned parameters held, all others re-minimised). The first point of a run starts
 * from the linear-regression prediction of the other parameters from the best fit's covariance,
 * each later one from its neighbour's minimum moved along the same regression. Runs are cut at
 * fixed places, so every starting point — and hence every number — is fixed by the grid alone,
 * whichever runner, thread or machine computes it.
 *
 * <p>Points are minimised with Minuit strategy 0 whatever the fit used (see {@link #apply}).
 */
final class ScanWork implements WorkFunction<ScanWork.Unit, ScanWork.Run> {

  @Serial private static final long serialVersionUID = 1L;

  /** Points per run: long enough to follow a curved valley, short enough to spread over workers. */
  static final int SEGMENT = 8;

  /** Grid points {@code indices} (in walking order) of line {@code line}. */
  record Unit(int line, int[] indices) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /**
   * One conditional minimum.
   *
   * @param failure why the point has no minimum when the minimisation threw, else null
   */
  record Cell(double chi2, boolean valid, double[] values, String failure) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** The cells of a unit, in the unit's order. */
  record Run(Unit unit, List<Cell> cells) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  private final Model model;
  private final FitOptions options;
  private final double[] best;
  private final double[] errors;
  private final double[][] covariance;
  private final int[] held;

  /** Value of the first held parameter on each line (contours), or null (profiles: one line). */
  private final double[] lineValues;

  /** Values of the last held parameter along a line. */
  private final double[] grid;

  ScanWork(
      Model model,
      FitOptions options,
      FunctionMinimum bestFit,
      int[] held,
      double[] lineValues,
      double[] grid) {
    this.model = model;
    this.options = options;
    this.best = bestFit.values();
    this.errors = bestFit.errors();
    this.covariance = bestFit.covariance().toArray();
    this.held = held.clone();
    this.lineValues = lineValues == null ? null : lineValues.clone();
    this.grid = grid.clone();
  }

  /**
   * The units of a scan: per line, runs walking outward from the point nearest the line's centre.
   */
  static List<Unit> units(int lines, double[] grid, double[] centres) {
    List<Unit> out = new ArrayList<>();
    for (int line = 0; line < lines; line++) {
      int k0 = 0;
      for (int k = 1; k < grid.length; k++) {
        if (Math.abs(grid[k] - centres[line]) < Math.abs(grid[k0] - centres[line])) {
          k0 = k;
        }
      }
      List<int[]> runs = new ArrayList<>();
      runs.add(range(k0, grid.length, 1));
      runs.add(range(k0 - 1, -1, -1));
      for (int[] run : runs) {
        for (int s = 0; s < run.length; s += SEGMENT) {
          int[] part = new int[Math.min(SEGMENT, run.length - s)];
          System.arraycopy(run, s, part, 0, part.length);
          out.add(new Unit(line, part));
        }
      }
    }
    return out;
  }

  private static int[] range(int from, int to, int step) {
    int n = Math.max(0, (to - from) / step);
    int[] r = new int[n];
    for (int k = 0; k < n; k++) {
      r[k] = from + k * step;
    }
    return r;
  }

  /** Centre of each line: the held last parameter's regression on the first (contours). */
  double[] centres() {
    int lines = lineValues == null ? 1 : lineValues.length;
    double[] c = new double[lines];
    int y = held[held.length - 1];
    for (int line = 0; line < lines; line++) {
      c[line] = best[y];
      if (lineValues != null) {
        int x = held[0];
        double cxx = covariance[x][x];
        c[line] += cxx > 0 ? covariance[y][x] / cxx * (lineValues[line] - best[x]) : 0.0;
      }
    }
    return c;
  }

  @Override
  public Run apply(Unit unit) {
    // A grid point needs only its conditional χ², not a covariance: strategy 0 drops the final
    // HESSE and uses cheaper derivatives under the same EDM criterion, about 4× fewer calls
    // (17 instead of 65 per point on the H1 fixtures).
    Minuit template = Fitter.template(model, options).strategy(0);
    for (int i = 0; i < errors.length; i++) {
      if (errors[i] > 0 && Double.isFinite(errors[i])) {
        template.error(template.names().get(i), errors[i]);
      }
    }
    double[] lo = model.lower();
    double[] hi = model.upper();
    List<Cell> cells = new ArrayList<>();
    Cell previous = null;
    for (int k : unit.indices()) {
      double[] at = at(unit.line(), k);
      boolean inside = true;
      for (int h = 0; h < held.length; h++) {
        inside &= at[h] >= lo[held[h]] && at[h] <= hi[held[h]];
      }
      Cell c;
      if (!inside) {
        c = new Cell(Double.NaN, false, best.clone(), "outside the parameter limits");
      } else {
        double[] start =
            previous != null ? regress(previous.values(), at, lo, hi) : regress(best, at, lo, hi);
        try {
          c = conditional(template, at, start);
        } catch (RuntimeException e) {
          // One point's failure (a model evaluated where it cannot be) is recorded with the point,
          // never fatal to the scan (issue 10).
          c =
              new Cell(
                  Double.NaN,
                  false,
                  best.clone(),
                  e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
      cells.add(c);
      previous = c.valid() ? c : null;
    }
    return new Run(unit, cells);
  }

  private double[] at(int line, int k) {
    return lineValues == null ? new double[] {grid[k]} : new double[] {lineValues[line], grid[k]};
  }

  private Cell conditional(Minuit template, double[] at, double[] start) {
    Minuit m = template.copy();
    List<String> names = m.names();
    for (int i = 0; i < start.length; i++) {
      m.value(names.get(i), start[i]);
    }
    for (int h = 0; h < held.length; h++) {
      m.fix(names.get(held[h])).value(names.get(held[h]), at[h]);
    }
    FunctionMinimum f = m.migrad();
    return new Cell(f.fval(), f.isValid(), f.values(), null);
  }

  /**
   * {@code from} with the held parameters moved to {@code at} and the others moved along their
   * linear regression on the held ones (Δx_j = C_jh C_hh⁻¹ Δx_h), clamped to the limits.
   */
  private double[] regress(double[] from, double[] at, double[] lo, double[] hi) {
    double[] start = from.clone();
    double[] d = new double[held.length];
    for (int h = 0; h < held.length; h++) {
      d[h] = at[h] - from[held[h]];
    }
    double[] w = org.vfit.fit.minuit.Matrices.solveHeldBlock(covariance, held, d);
    for (int j = 0; j < start.length; j++) {
      if (isHeld(j)) {
        continue;
      }
      double shift = 0;
      for (int h = 0; h < held.length; h++) {
        shift += covariance[j][held[h]] * w[h];
      }
      start[j] = Math.max(lo[j], Math.min(hi[j], start[j] + shift));
    }
    for (int h = 0; h < held.length; h++) {
      start[held[h]] = at[h];
    }
    return start;
  }

  private boolean isHeld(int j) {
    for (int h : held) {
      if (h == j) {
        return true;
      }
    }
    return false;
  }
}
