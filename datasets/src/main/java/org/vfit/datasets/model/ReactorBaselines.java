package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * A reactor table reduced to baselines and relative weights, as third-party KamLAND fits use it.
 *
 * @param weightDefinition what a weight is: {@code power-over-distance-squared} (∝ P/L², the number
 *     of ν̄ arriving) or {@code flux-fraction} (percent of the flux at the detector)
 */
public record ReactorBaselines(
    Metadata meta, String detector, String weightDefinition, List<Entry> entries)
    implements Dataset {

  public static final List<String> WEIGHT_DEFINITIONS =
      List.of("power-over-distance-squared", "flux-fraction");

  public ReactorBaselines {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(weightDefinition, "weightDefinition");
    entries = Checks.list(entries, "entries");
  }

  /** A reactor or complex: baseline in km, relative weight, optional label. */
  public record Entry(String label, double baseline, double weight) {}

  /** Σ w L / Σ w, km: the flux-weighted mean baseline. */
  public double meanBaseline() {
    double sw = 0;
    double swl = 0;
    for (Entry e : entries) {
      sw += e.weight();
      swl += e.weight() * e.baseline();
    }
    return swl / sw;
  }
}
