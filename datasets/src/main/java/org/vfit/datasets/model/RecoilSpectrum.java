package org.vfit.datasets.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Super-Kamiokande-style ν–e elastic-scattering spectrum: rates per recoil-energy bin and zenith
 * class, with the collaboration's unoscillated Monte Carlo expectation for ⁸B and hep and the
 * energy-uncorrelated systematic of each bin.
 *
 * <p>Every row is an independent measurement: a file holds either the zenith-split rows of an
 * energy bin or its all-zenith row, never both.
 *
 * @param energyVariable kinetic (SK-IV) or total (SK-I..III) recoil-electron energy
 * @param livetime live time in days
 * @param referenceFluxes the fluxes (cm⁻² s⁻¹, keys {@code 8B}, {@code hep}) the MC expectation
 *     assumes
 */
public record RecoilSpectrum(
    Metadata meta,
    EnergyVariable energyVariable,
    double livetime,
    Map<String, Double> referenceFluxes,
    List<Row> rows)
    implements Dataset {

  public RecoilSpectrum {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(energyVariable, "energyVariable");
    referenceFluxes = Checks.orderedMap(referenceFluxes, "referenceFluxes");
    rows = Checks.list(rows, "rows");
  }

  /**
   * One bin in energy and zenith angle. Rates in events/kton/year at 1 AU.
   *
   * @param cosZenithLow lower edge in cos θ_z, SK convention (θ_z between the vertical axis and the
   *     Sun-to-detector direction: cos θ_z &gt; 0 is night)
   * @param stat statistical error of the rate
   * @param expected8B unoscillated MC rate from ⁸B at {@code referenceFluxes.get("8B")}
   * @param systUncorrelated energy-uncorrelated systematic, a fraction of the rate
   */
  public record Row(
      double energyLow,
      double energyHigh,
      ZenithClass zenith,
      double cosZenithLow,
      double cosZenithHigh,
      double rate,
      Uncertainty stat,
      double expected8B,
      double expectedHep,
      double systUncorrelated) {
    public Row {
      Objects.requireNonNull(zenith, "zenith");
      Objects.requireNonNull(stat, "stat");
    }
  }

  /** The zenith class of a row. */
  public enum ZenithClass implements Term {
    ALL("all"),
    DAY("day"),
    NIGHT("night");

    private final String id;

    ZenithClass(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  public Values rates() {
    return Values.of(rows.stream().mapToDouble(Row::rate).toArray());
  }
}
