package org.vfit.likelihood.reactor;

/**
 * One reactor or complex as the detector sees it.
 *
 * @param label site name, or the table row when the table has no names
 * @param baselineKm distance to the detector in km
 * @param weight relative number of ν̄ arriving (∝ thermal power / L²), any common unit
 */
public record ReactorSource(String label, double baselineKm, double weight) {
  public ReactorSource {
    if (!(baselineKm > 0) || !Double.isFinite(baselineKm)) {
      throw new IllegalArgumentException(
          "reactor " + label + ": baseline must be positive, got " + baselineKm + " km");
    }
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "reactor " + label + ": weight must be >= 0, got " + weight);
    }
  }
}
