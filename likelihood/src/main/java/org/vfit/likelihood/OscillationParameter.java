package org.vfit.likelihood;

/**
 * The oscillation parameters a fit varies per sector. Δm²₂₁ is carried in units of 1e-5 eV² inside
 * fits (so all fit variables are of order one, which the minimiser's step logic prefers) and
 * reported in eV².
 */
public enum OscillationParameter {
  DM21("dm21", 1e-5, 0.001, 100.0, "Delta m^2_21 [1e-5 eV^2]"),
  SIN2_THETA12("sin2theta12", 1.0, 0.0, 1.0, "sin^2 theta_12"),
  SIN2_THETA13("sin2theta13", 1.0, 0.0, 0.2, "sin^2 theta_13");

  private final String label;
  private final double unit;
  private final double lower;
  private final double upper;
  private final String description;

  OscillationParameter(String label, double unit, double lower, double upper, String description) {
    this.label = label;
    this.unit = unit;
    this.lower = lower;
    this.upper = upper;
    this.description = description;
  }

  public String label() {
    return label;
  }

  /** Physical value of one fit unit (1e-5 eV² for Δm²₂₁, 1 for the sin² parameters). */
  public double unit() {
    return unit;
  }

  /** Default fit limits, in fit units. */
  public double lower() {
    return lower;
  }

  public double upper() {
    return upper;
  }

  public String description() {
    return description;
  }
}
