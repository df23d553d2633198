package org.vfit.reports.result;

/**
 * A derived quantity with its symmetric (HESSE-propagated) 1σ error.
 *
 * @param value best-fit value, in the unit its field name implies (eV² for {@code dm21})
 * @param error 1σ error, same unit, {@code >= 0}
 */
public record Estimate(double value, double error) {
  public Estimate {
    Checks.finite("value", value);
    Checks.nonNegative("error", error);
  }
}
