package org.vfit.datasets.model;

import java.util.Map;
import java.util.Objects;

/**
 * Detected events per neutrino-energy bin predicted without oscillation, per detection channel —
 * the weights that turn a model P_ee(E) into expected counts (SNO's predicted spectra for its
 * polynomial fit).
 *
 * @param energyEdges neutrino-energy bin edges in MeV
 * @param referenceFlux the flux (cm⁻² s⁻¹) of {@code source} the counts assume
 * @param channels events per bin, by channel name (e.g. {@code cc_day})
 */
public record PredictedSpectra(
    Metadata meta,
    String source,
    double referenceFlux,
    Values energyEdges,
    Map<String, Values> channels)
    implements Dataset {

  public PredictedSpectra {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(energyEdges, "energyEdges");
    channels = Checks.orderedMap(channels, "channels");
    channels.forEach((k, v) -> Checks.sameLength(k, energyEdges.size() - 1, v));
  }

  public Values channel(String name) {
    Values v = channels.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no channel " + name + " in " + name() + "; have " + channels.keySet());
    }
    return v;
  }
}
