package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.List;

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
 * @param tan2X whether the x axis is meant to be shown as tan²θ₁₂ (the grid is still given in
 *     sin²θ₁₂; tan² = sin²/(1 − sin²))
 * @param logX whether the x values are log-spaced (in the shown variable)
 * @param logY whether the Δm²₂₁ values are log-spaced
 * @param edgeAtLimit for each side ({@link Edge} order) whether the grid ends there at the
 *     parameter's limit, where a region is closed by the physical boundary rather than cut
 * @param restarts fit restarts the grid caused (see {@link Restart}); the best fit and {@code
 *     chi2Min} come from the last successful one
 * @param failures grid points whose minimisation failed, each with its position and the reason
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
    double[] levels,
    boolean tan2X,
    boolean logX,
    boolean logY,
    boolean[] edgeAtLimit,
    List<Restart> restarts,
    List<String> failures) {

  /** The sides of the grid. */
  public enum Edge {
    SIN2_THETA12_LOW("low sin2theta12"),
    SIN2_THETA12_HIGH("high sin2theta12"),
    DM21_LOW("low dm21"),
    DM21_HIGH("high dm21");

    private final String label;

    Edge(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public ContourResult {
    sin2Theta12 = sin2Theta12.clone();
    dm21 = dm21.clone();
    chi2 = copy(chi2);
    valid = copy(valid);
    levels = levels.clone();
    edgeAtLimit = edgeAtLimit.clone();
    if (edgeAtLimit.length != Edge.values().length) {
      throw new IllegalArgumentException("edgeAtLimit needs one flag per edge");
    }
    restarts = List.copyOf(restarts);
    failures = List.copyOf(failures);
  }

  /** A linear sin²θ₁₂ × Δm²₂₁ grid inside the limits, without restarts or failed points. */
  public ContourResult(
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
    this(
        set,
        model,
        sin2Theta12,
        dm21,
        chi2,
        valid,
        chi2Min,
        belowMinimum,
        bestSin2Theta12,
        bestDm21,
        levels,
        false,
        false,
        false,
        new boolean[Edge.values().length],
        List.of(),
        List.of());
  }

  @Override
  public boolean[] edgeAtLimit() {
    return edgeAtLimit.clone();
  }

  /** The last restart, or null when the grid never went below the minimum. */
  public Restart restartedFrom() {
    return restarts.isEmpty() ? null : restarts.get(restarts.size() - 1);
  }

  /** The x values as tan²θ₁₂. */
  public double[] tan2Theta12() {
    double[] t = new double[sin2Theta12.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = sin2Theta12[i] / (1 - sin2Theta12[i]);
    }
    return t;
  }

  /**
   * Number of separate islands of the region Δχ² ≤ level on the grid: connected sets of valid grid
   * points inside it, neighbours along either axis (a wide reactor scan shows KamLAND's islands in
   * Δm²₂₁ and the two octants of θ₁₂ this way).
   */
  public int islands(double level) {
    int ny = dm21.length;
    int nx = sin2Theta12.length;
    boolean[][] seen = new boolean[ny][nx];
    int count = 0;
    java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
    for (int j0 = 0; j0 < ny; j0++) {
      for (int i0 = 0; i0 < nx; i0++) {
        if (seen[j0][i0] || !inside(j0, i0, level)) {
          continue;
        }
        count++;
        seen[j0][i0] = true;
        queue.add(new int[] {j0, i0});
        while (!queue.isEmpty()) {
          int[] p = queue.poll();
          int[][] next = {{p[0] - 1, p[1]}, {p[0] + 1, p[1]}, {p[0], p[1] - 1}, {p[0], p[1] + 1}};
          for (int[] q : next) {
            if (q[0] >= 0
                && q[0] < ny
                && q[1] >= 0
                && q[1] < nx
                && !seen[q[0]][q[1]]
                && inside(q[0], q[1], level)) {
              seen[q[0]][q[1]] = true;
              queue.add(q);
            }
          }
        }
      }
    }
    return count;
  }

  private boolean inside(int j, int i, double level) {
    return valid[j][i] && chi2[j][i] - chi2Min <= level;
  }

  /**
   * The sides of the grid that the region Δχ² ≤ level reaches (some valid point on that side row or
   * column inside it), in {@link Edge} order.
   */
  public List<Edge> edgesReached(double level) {
    int ny = dm21.length;
    int nx = sin2Theta12.length;
    boolean[] hit = new boolean[4];
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        if (!(valid[j][i] && chi2[j][i] - chi2Min <= level)) {
          continue;
        }
        hit[0] |= i == 0;
        hit[1] |= i == nx - 1;
        hit[2] |= j == 0;
        hit[3] |= j == ny - 1;
      }
    }
    List<Edge> out = new ArrayList<>();
    for (Edge e : Edge.values()) {
      if (hit[e.ordinal()]) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The sides where the region Δχ² ≤ level is cut by the grid rather than closed: reached, and not
   * at the parameter's limit. Empty means the region closes inside the grid (or on a physical
   * boundary).
   */
  public List<Edge> openEdges(double level) {
    List<Edge> out = new ArrayList<>();
    for (Edge e : edgesReached(level)) {
      if (!edgeAtLimit[e.ordinal()]) {
        out.add(e);
      }
    }
    return out;
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
