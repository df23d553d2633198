package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.vfit.likelihood.OscillationParameter;

/**
 * Parameters that have 1-D Δχ² profiles. Mass splittings are in eV² in the result file; the
 * difference parameters are ν̄ minus ν, the form in which published CPT bounds are quoted.
 */
public enum ProfileParameter {
  /** Δm²₂₁ in eV². */
  @JsonProperty("dm21")
  DM21("Δm²₂₁ [10⁻⁵ eV²]", OscillationParameter.DM21.displayScale()),
  /** sin²θ₁₂. */
  @JsonProperty("sin2theta12")
  SIN2THETA12("sin²θ₁₂", 1.0),
  /** sin²θ₁₃ (the profile command; tension runs do not profile it). */
  @JsonProperty("sin2theta13")
  SIN2THETA13("sin²θ₁₃", 1.0),
  /** δ(Δm²₂₁) = Δm²₂₁(ν̄) − Δm²₂₁(ν) in eV². */
  @JsonProperty("deltaDm21")
  DELTA_DM21(
      "δ(Δm²₂₁) = Δm²₂₁(ν̄) − Δm²₂₁(ν) [10⁻⁵ eV²]", OscillationParameter.DM21.displayScale()),
  /** δ(sin²θ₁₂) = sin²θ₁₂(ν̄) − sin²θ₁₂(ν). */
  @JsonProperty("deltaSin2theta12")
  DELTA_SIN2THETA12("δ(sin²θ₁₂) = sin²θ₁₂(ν̄) − sin²θ₁₂(ν)", 1.0);

  private final String axisTitle;
  private final double displayScale;

  ProfileParameter(String axisTitle, double displayScale) {
    this.axisTitle = axisTitle;
    this.displayScale = displayScale;
  }

  /** Axis title for plots, with the display unit. */
  public String axisTitle() {
    return axisTitle;
  }

  /** The quantity without its unit, e.g. {@code Δm²₂₁} or {@code δ(sin²θ₁₂)}. */
  public String symbol() {
    return axisTitle.replaceAll(" (\\[|= ).*", "");
  }

  /** Unit of the values in the result file: eV² for splittings, empty for the others. */
  public String fileUnit() {
    return displayScale == 1.0 ? "" : "eV^2";
  }

  /** Whether this is a ν̄ − ν difference (H1). */
  public boolean isDifference() {
    return this == DELTA_DM21 || this == DELTA_SIN2THETA12;
  }

  /** Factor from the file's unit to the display unit (eV² → 10⁻⁵ eV² for splittings). */
  public double displayScale() {
    return displayScale;
  }
}
