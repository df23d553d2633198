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
 * @param belowMinimum the scan found a point more than 0.01 below the fit's minimum and restarting
 *     the fit from there did not give a lower valid minimum, so Δχ² is taken from the scan's lowest
 *     point instead (after a successful {@link Restart} the scan is redone and this is false)
 * @param oneSigma regions with Δχ² below 1
 * @param threeSigma regions with Δχ² below 9
 * @param restarts the fit restarts this scan caused, in order (empty when the scan never went below
 *     the minimum); {@link #best} and {@link #chi2Min} come from the last successful one
 * @param failures grid points whose minimisation failed, each with its value and the reason
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
    List<Interval> threeSigma,
    List<Restart> restarts,
    List<String> failures) {

  public ProfileResult {
    values = values.clone();
    chi2 = chi2.clone();
    valid = valid.clone();
    oneSigma = List.copyOf(oneSigma);
    threeSigma = List.copyOf(threeSigma);
    restarts = List.copyOf(restarts);
    failures = List.copyOf(failures);
  }

  /** A profile without restarts or failed points. */
  public ProfileResult(
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
    this(
        parameter,
        model,
        best,
        values,
        chi2,
        valid,
        chi2Min,
        belowMinimum,
        oneSigma,
        threeSigma,
        List.of(),
        List.of());
  }

  /** The last restart, or null when the scan never went below the minimum. */
  public Restart restartedFrom() {
    return restarts.isEmpty() ? null : restarts.get(restarts.size() - 1);
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
