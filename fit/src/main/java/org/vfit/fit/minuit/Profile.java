package org.vfit.fit.minuit;

/**
 * A 1-D profile: at each grid value of one parameter, the minimum of F over the other free
 * parameters. Immutable (accessors return copies).
 *
 * @param name the scanned parameter
 * @param fmin the reference minimum the differences are taken from
 */
public record Profile(
    String name, double fmin, double[] grid, double[] fval, boolean[] valid, double[][] values) {

  public Profile {
    grid = grid.clone();
    fval = fval.clone();
    valid = valid.clone();
    values = Matrices.copy(values);
  }

  @Override
  public double[] grid() {
    return grid.clone();
  }

  @Override
  public double[] fval() {
    return fval.clone();
  }

  @Override
  public boolean[] valid() {
    return valid.clone();
  }

  /** All parameter values at the profile minimum of each grid point. */
  @Override
  public double[][] values() {
    return Matrices.copy(values);
  }

  /** F_profile − fmin at each grid point (Δχ² for a χ² function). */
  public double[] deltaFcn() {
    double[] d = new double[fval.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = fval[k] - fmin;
    }
    return d;
  }
}
