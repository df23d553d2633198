package org.vfit.reports.result;

import java.util.List;

/**
 * A fit with one set of solar-sector parameters: ν only, ν̄ only, or H0 (shared).
 *
 * @param chi2Min χ² at the minimum
 * @param nfcn function calls used
 * @param validity minimiser status flags
 * @param parameters all parameters as the minimiser saw them
 * @param covariance covariance of the free parameters, or {@code null} when HESSE failed
 * @param dm21 Δm²₂₁ in eV²
 * @param sin2theta12 sin²θ₁₂
 * @param sin2theta13 sin²θ₁₃
 */
public record SingleFit(
    double chi2Min,
    int nfcn,
    Validity validity,
    List<FitParameter> parameters,
    Covariance covariance,
    Estimate dm21,
    Estimate sin2theta12,
    Estimate sin2theta13)
    implements Fit {
  public SingleFit {
    Checks.finite("chi2Min", chi2Min);
    if (nfcn < 0) {
      throw new InvalidFieldException("nfcn", "must be >= 0, was " + nfcn);
    }
    Checks.required("validity", validity);
    parameters = Checks.list("parameters", parameters);
    Checks.required("dm21", dm21);
    Checks.required("sin2theta12", sin2theta12);
    Checks.required("sin2theta13", sin2theta13);
  }

  /** The three derived parameters as one value. */
  public OscillationEstimate estimate() {
    return new OscillationEstimate(dm21, sin2theta12, sin2theta13);
  }
}
