package org.vfit.likelihood;

/**
 * The oscillation parameters a fit varies per sector, and the one place where their units change.
 *
 * <p>Δm²₂₁ is carried in units of 1e-5 eV² inside fits (so all fit variables are of order one,
 * which the minimiser's step logic prefers) and reported in eV². The boundary is crossed only here:
 * {@link #toFit} where a physical value enters a fit vector (starts, grid spans), {@link
 * #toPhysical} where a fit value leaves it (the likelihood's evaluation, results). Grids given on
 * the command line are in the fit unit already (1e-5 eV²) and pass through unchanged. Tables and
 * plots show Δm²₂₁ in the same unit, scaled from eV² by {@link #toDisplay}. The sin² parameters
 * have unit 1 in all three places.
 */
public enum OscillationParameter {
  DM21("dm21", 1e-5, 1e5, "1e-5 eV^2", "eV^2", 0.001, 100.0, "Delta m^2_21 [1e-5 eV^2]"),
  SIN2_THETA12("sin2theta12", 1.0, 1.0, "", "", 0.0, 1.0, "sin^2 theta_12"),
  SIN2_THETA13("sin2theta13", 1.0, 1.0, "", "", 0.0, 0.2, "sin^2 theta_13");

  private final String label;
  private final double fitUnit;
  private final double displayScale;
  private final String fitUnitLabel;
  private final String physicalUnitLabel;
  private final double lower;
  private final double upper;
  private final String description;

  /**
   * @param fitUnit physical value of one fit unit
   * @param displayScale display units per physical unit: the fit unit's reciprocal, written out
   *     exactly (1e5, where {@code 1 / 1e-5} in doubles is 99999.99999999999)
   */
  OscillationParameter(
      String label,
      double fitUnit,
      double displayScale,
      String fitUnitLabel,
      String physicalUnitLabel,
      double lower,
      double upper,
      String description) {
    this.label = label;
    this.fitUnit = fitUnit;
    this.displayScale = displayScale;
    this.fitUnitLabel = fitUnitLabel;
    this.physicalUnitLabel = physicalUnitLabel;
    this.lower = lower;
    this.upper = upper;
    this.description = description;
  }

  public String label() {
    return label;
  }

  /** A physical value (eV² for Δm²₂₁) in fit units (1e-5 eV²); also a physical error or span. */
  public double toFit(double physical) {
    return physical / fitUnit;
  }

  /** A fit value (1e-5 eV² for Δm²₂₁) in physical units (eV²); also a fit error or offset. */
  public double toPhysical(double fit) {
    return fit * fitUnit;
  }

  /** A physical value in the unit of tables and plots (1e-5 eV² for Δm²₂₁, as in the fit). */
  public double toDisplay(double physical) {
    return physical * displayScale;
  }

  /**
   * The factor {@link #toDisplay} applies (1e5 per eV² for Δm²₂₁, 1 for the others), for code that
   * scales whole series (plot axes, formatted columns).
   */
  public double displayScale() {
    return displayScale;
  }

  /** Unit of fit values and of displayed values ("1e-5 eV^2"; empty when unit-less). */
  public String fitUnitLabel() {
    return fitUnitLabel;
  }

  /** Unit of physical values, as result files give them ("eV^2"; empty when unit-less). */
  public String physicalUnitLabel() {
    return physicalUnitLabel;
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
