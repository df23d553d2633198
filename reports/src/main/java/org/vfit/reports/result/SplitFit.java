package org.vfit.reports.result;

import java.util.List;

/**
 * The H1 fit: all data, with separate ν (solar) and ν̄ (reactor) parameter sets.
 *
 * @param chi2Min χ² at the minimum
 * @param nfcn function calls used
 * @param validity minimiser status flags
 * @param parameters all parameters of both sectors
 * @param covariance covariance of the free parameters, or {@code null} when HESSE failed
 * @param nu derived parameters of the ν sector
 * @param nubar derived parameters of the ν̄ sector
 */
public record SplitFit(
    double chi2Min,
    int nfcn,
    Validity validity,
    List<FitParameter> parameters,
    Covariance covariance,
    OscillationEstimate nu,
    OscillationEstimate nubar)
    implements Fit {
  public SplitFit {
    Checks.finite("chi2Min", chi2Min);
    if (nfcn < 0) {
      throw new InvalidFieldException("nfcn", "must be >= 0, was " + nfcn);
    }
    Checks.required("validity", validity);
    parameters = Checks.list("parameters", parameters);
    Checks.required("nu", nu);
    Checks.required("nubar", nubar);
  }
}
