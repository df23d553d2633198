package org.vfit.reports.result;

/**
 * One minimiser parameter, as Minuit reports it.
 *
 * @param name parameter name as the fit defines it, e.g. {@code dm21}, {@code theta12_nubar}
 * @param unit its unit, e.g. {@code eV^2}, {@code deg}, or empty for dimensionless
 * @param value best-fit value
 * @param error HESSE 1σ error ({@code >= 0}; 0 for a fixed parameter)
 * @param minosLower MINOS lower error as a signed offset from {@code value} ({@code <= 0}), or
 *     {@code null} when MINOS was not run or failed
 * @param minosUpper MINOS upper error as a signed offset ({@code >= 0}), or {@code null}
 * @param fixed held constant in the fit
 * @param atLimit ended at (or within rounding of) one of its limits
 */
public record FitParameter(
    String name,
    String unit,
    double value,
    double error,
    Double minosLower,
    Double minosUpper,
    boolean fixed,
    boolean atLimit) {
  public FitParameter {
    Checks.text("name", name);
    Checks.required("unit", unit);
    Checks.finite("value", value);
    Checks.nonNegative("error", error);
    if (Checks.finiteOrNull("minosLower", minosLower) != null && minosLower > 0) {
      throw new InvalidFieldException(
          "minosLower", "is an offset below the value and must be <= 0, was " + minosLower);
    }
    if (Checks.finiteOrNull("minosUpper", minosUpper) != null && minosUpper < 0) {
      throw new InvalidFieldException(
          "minosUpper", "is an offset above the value and must be >= 0, was " + minosUpper);
    }
  }
}
