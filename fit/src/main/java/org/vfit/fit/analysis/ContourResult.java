package org.vfit.fit.analysis;

/**
 * A 2-D Δχ² grid in (sin²θ₁₂, Δm²₂₁) of one parameter set, every other parameter re-minimised at
 * each point. Arrays are indexed [Δm²₂₁ index][sin²θ₁₂ index], the layout of the result file's
 * grids. Immutable.
 *
 * @param set whose parameters: {@code nu}, {@code nubar}, or {@code combined} (shared, H0)
 * @param model description of the fitted model
 * @param sin2Theta12 x grid
 * @param dm21 y grid in eV²
 * @param chi2 χ² at each point (NaN where the conditional fit was impossible)
 * @param valid whether each conditional fit converged
 * @param chi2Min the χ² Δχ² is measured from (the fit's minimum, or the grid's lowest valid point
 *     when that is more than 0.01 lower: {@link #belowMinimum})
 * @param belowMinimum the grid found a point below the fit's minimum
 * @param bestSin2Theta12 best fit sin²θ₁₂
 * @param bestDm21 best fit Δm²₂₁ in eV²
 * @param levels the 1σ/2σ/3σ Δχ² levels for two parameters ({@link Levels#contourLevels()})
 */
public record ContourResult(
    String set,
    String model,
    double[] sin2Theta12,
    double[] dm21,
    double[][] chi2,
    boolean[][] valid,
    double chi2Min,
    boolean belowMinimum,
    double bestSin2Theta12,
    double bestDm21,
    double[] levels) {

  public ContourResult {
    sin2Theta12 = sin2Theta12.clone();
    dm21 = dm21.clone();
    chi2 = copy(chi2);
    valid = copy(valid);
    levels = levels.clone();
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static boolean[][] copy(boolean[][] a) {
    boolean[][] c = new boolean[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public double[] sin2Theta12() {
    return sin2Theta12.clone();
  }

  @Override
  public double[] dm21() {
    return dm21.clone();
  }

  @Override
  public double[][] chi2() {
    return copy(chi2);
  }

  @Override
  public boolean[][] valid() {
    return copy(valid);
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  /** Δχ² at each point, [Δm²₂₁ index][sin²θ₁₂ index]. */
  public double[][] deltaChi2() {
    double[][] d = new double[chi2.length][];
    for (int j = 0; j < d.length; j++) {
      d[j] = new double[chi2[j].length];
      for (int i = 0; i < d[j].length; i++) {
        d[j][i] = chi2[j][i] - chi2Min;
      }
    }
    return d;
  }

  public int invalidPoints() {
    int n = 0;
    for (boolean[] row : valid) {
      for (boolean v : row) {
        n += v ? 0 : 1;
      }
    }
    return n;
  }

  /**
   * The smallest box of grid points holding every valid point with Δχ² ≤ level, as {sin²θ₁₂ min,
   * max, Δm²₂₁ min, max}; null if there is none.
   */
  public double[] extent(double level) {
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    boolean any = false;
    for (int j = 0; j < dm21.length; j++) {
      for (int i = 0; i < sin2Theta12.length; i++) {
        if (valid[j][i] && chi2[j][i] - chi2Min <= level) {
          any = true;
          box[0] = Math.min(box[0], sin2Theta12[i]);
          box[1] = Math.max(box[1], sin2Theta12[i]);
          box[2] = Math.min(box[2], dm21[j]);
          box[3] = Math.max(box[3], dm21[j]);
        }
      }
    }
    return any ? box : null;
  }

  /**
   * Whether the region Δχ² ≤ level reaches the edge of the grid (so it is not closed inside it).
   */
  public boolean touchesEdge(double level) {
    int ny = dm21.length;
    int nx = sin2Theta12.length;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        boolean edge = j == 0 || i == 0 || j == ny - 1 || i == nx - 1;
        if (edge && valid[j][i] && chi2[j][i] - chi2Min <= level) {
          return true;
        }
      }
    }
    return false;
  }
}
