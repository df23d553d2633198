package org.vfit.datasets.model;

import java.util.Map;
import java.util.Objects;

/**
 * Total solar-neutrino fluxes at 1 AU of one standard solar model, per source ({@link
 * Observable#SOURCES}), in cm⁻² s⁻¹ with fractional 1σ model uncertainties where given.
 */
public record SolarFluxes(Metadata meta, String model, Map<String, Flux> fluxes)
    implements Dataset {

  public SolarFluxes {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(model, "model");
    fluxes = Checks.orderedMap(fluxes, "fluxes");
  }

  /** A flux (cm⁻² s⁻¹) and its fractional 1σ, or null when the model gives none. */
  public record Flux(double value, Double fractionalUncertainty) {}

  public Flux flux(String source) {
    Flux f = fluxes.get(source);
    if (f == null) {
      throw new IllegalArgumentException(
          "no flux " + source + " in " + name() + "; have " + fluxes.keySet());
    }
    return f;
  }
}
