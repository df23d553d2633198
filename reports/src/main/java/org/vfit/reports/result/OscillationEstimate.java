package org.vfit.reports.result;

/**
 * The solar-sector parameters one fit assigns to one sector.
 *
 * @param dm21 Δm²₂₁ in eV²
 * @param sin2theta12 sin²θ₁₂
 * @param sin2theta13 sin²θ₁₃
 */
public record OscillationEstimate(Estimate dm21, Estimate sin2theta12, Estimate sin2theta13) {
  public OscillationEstimate {
    Checks.required("dm21", dm21);
    Checks.required("sin2theta12", sin2theta12);
    Checks.required("sin2theta13", sin2theta13);
  }
}
