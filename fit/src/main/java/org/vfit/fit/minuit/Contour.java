package org.vfit.fit.minuit;

/**
 * A 2-D profile on a grid: at each (x, y), the minimum of F over the other free parameters. Index
 * order is [ix][iy]. Immutable (accessors return copies).
 *
 * @param fmin the reference minimum the differences are taken from
 */
public record Contour(
    String xName,
    String yName,
    double fmin,
    double[] xGrid,
    double[] yGrid,
    double[][] fval,
    boolean[][] valid) {

  public Contour {
    xGrid = xGrid.clone();
    yGrid = yGrid.clone();
    fval = Matrices.copy(fval);
    boolean[][] v = new boolean[valid.length][];
    for (int i = 0; i < valid.length; i++) {
      v[i] = valid[i].clone();
    }
    valid = v;
  }

  @Override
  public double[] xGrid() {
    return xGrid.clone();
  }

  @Override
  public double[] yGrid() {
    return yGrid.clone();
  }

  @Override
  public double[][] fval() {
    return Matrices.copy(fval);
  }

  @Override
  public boolean[][] valid() {
    boolean[][] v = new boolean[valid.length][];
    for (int i = 0; i < valid.length; i++) {
      v[i] = valid[i].clone();
    }
    return v;
  }

  /** F − fmin on the grid (Δχ²: 2.30/6.18/11.83 are the 1/2/3σ levels for 2 parameters). */
  public double[][] deltaFcn() {
    double[][] d = new double[fval.length][];
    for (int i = 0; i < fval.length; i++) {
      d[i] = new double[fval[i].length];
      for (int j = 0; j < d[i].length; j++) {
        d[i][j] = fval[i][j] - fmin;
      }
    }
    return d;
  }
}
