package org.vfit.fit.minuit;

/**
 * Points on the curve where the profile of F in two parameters (all others re-minimised) rises by
 * {@code delta} above the minimum, found along rays from the best fit (like Minuit's MNCONTOUR;
 * delta = 2.30·errorDef is the 68% region for two parameters). Immutable.
 *
 * @param valid per point: the crossing was found (false at a limit, call limit, or failed fit; the
 *     point is then where the search stopped)
 */
public record ContourLine(
    String xName, String yName, double delta, double[] x, double[] y, boolean[] valid) {

  public ContourLine {
    x = x.clone();
    y = y.clone();
    valid = valid.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public boolean[] valid() {
    return valid.clone();
  }

  public boolean isValid() {
    for (boolean v : valid) {
      if (!v) {
        return false;
      }
    }
    return true;
  }
}
