package org.vfit.fit.analysis;

import java.util.List;

/**
 * A 1-D Δχ² profile of a physics quantity, every other parameter re-minimised at each point. Values
 * are in physical units (eV² for Δm²₂₁ and its difference). Immutable.
 *
 * @param parameter the profiled quantity
 * @param model description of the fitted model
 * @param best the best fit of the quantity (value, HESSE error, MINOS errors when run)
 * @param values scanned values
 * @param chi2 profile χ² at each value (NaN where the conditional fit was impossible)
 * @param valid whether each conditional fit converged
 * @param chi2Min the χ² that Δχ² is measured from: the fit's minimum, or the scan's lowest valid
 *     point when that is lower (see {@link #belowMinimum})
 * @param belowMinimum the scan found a point more than 0.01 below the fit's minimum, so the fit had
 *     missed the global minimum and Δχ² is taken from the scan instead
 * @param oneSigma regions with Δχ² below 1
 * @param threeSigma regions with Δχ² below 9
 */
public record ProfileResult(
    PhysicsParameter parameter,
    String model,
    Estimate best,
    double[] values,
    double[] chi2,
    boolean[] valid,
    double chi2Min,
    boolean belowMinimum,
    List<Interval> oneSigma,
    List<Interval> threeSigma) {

  public ProfileResult {
    values = values.clone();
    chi2 = chi2.clone();
    valid = valid.clone();
    oneSigma = List.copyOf(oneSigma);
    threeSigma = List.copyOf(threeSigma);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] chi2() {
    return chi2.clone();
  }

  @Override
  public boolean[] valid() {
    return valid.clone();
  }

  /** Δχ² at each value. */
  public double[] deltaChi2() {
    double[] d = new double[chi2.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = chi2[k] - chi2Min;
    }
    return d;
  }

  /** Number of grid points whose conditional fit failed. */
  public int invalidPoints() {
    int n = 0;
    for (boolean v : valid) {
      n += v ? 0 : 1;
    }
    return n;
  }

  /** The region at a level that contains the best fit, or null if the grid missed it. */
  public Interval central(List<Interval> regions) {
    return regions.stream().filter(i -> i.contains(best.value())).findFirst().orElse(null);
  }
}
