package org.vfit.fit.analysis;

import java.util.List;
import org.vfit.likelihood.ParameterId;

/**
 * A scan found a χ² below the fit's minimum, so the fit was restarted from that scan point and the
 * scan redone from the new minimum (issue 9: a minimum called valid must be the global one).
 *
 * @param previousChi2 χ² of the minimum the scan started from
 * @param scanChi2 the lower χ² the scan found
 * @param parameters the fit variables of the model vector
 * @param scanPoint the model vector at that scan point (a conditional minimum)
 * @param refit the fit restarted from the scan point, with every parameter free
 */
public record Restart(
    double previousChi2,
    double scanChi2,
    List<ParameterId> parameters,
    double[] scanPoint,
    FitResult refit) {
  public Restart {
    parameters = List.copyOf(parameters);
    scanPoint = scanPoint.clone();
  }

  @Override
  public double[] scanPoint() {
    return scanPoint.clone();
  }

  /** Whether the restarted fit is valid and lower than the minimum the scan started from. */
  public boolean improved() {
    return refit.isValid() && refit.chi2() < previousChi2;
  }
}
