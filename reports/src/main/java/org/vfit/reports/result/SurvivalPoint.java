package org.vfit.reports.result;

/**
 * One measured solar P_ee point.
 *
 * @param label what it is, e.g. {@code Borexino 7Be}; points with the same label share a marker
 * @param energy neutrino energy in MeV, {@code > 0}
 * @param value measured P_ee
 * @param error its 1σ error, {@code >= 0}
 */
public record SurvivalPoint(String label, double energy, double value, double error) {
  public SurvivalPoint {
    Checks.text("label", label);
    Checks.positive("energy", energy);
    Checks.finite("value", value);
    Checks.nonNegative("error", error);
  }
}
