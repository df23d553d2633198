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
 * @param phase the detector's data-taking phase these events come from (e.g. {@code SK-IV}), or
 *     null; a day–night dataset naming the same phase carries the same events' day–night difference
 * @param correlatedSystematics energy-correlated systematics (empty when not published): each one
 *     nuisance, fully correlated across rows (and across datasets that use the same name)
 */
public record RecoilSpectrum(
    Metadata meta,
    EnergyVariable energyVariable,
    double livetime,
    Map<String, Double> referenceFluxes,
    List<Row> rows,
    String phase,
    List<CorrelatedSystematic> correlatedSystematics)
    implements Dataset {

  public RecoilSpectrum {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(energyVariable, "energyVariable");
    referenceFluxes = Checks.orderedMap(referenceFluxes, "referenceFluxes");
    rows = Checks.list(rows, "rows");
    correlatedSystematics =
        correlatedSystematics == null
            ? List.of()
            : Checks.list(correlatedSystematics, "correlatedSystematics");
    for (CorrelatedSystematic c : correlatedSystematics) {
      if (c.plus().size() != rows.size() || c.minus().size() != rows.size()) {
        throw new IllegalArgumentException(
            "correlated systematic " + c.name() + " needs one shift per row (" + rows.size() + ")");
      }
    }
  }

  /** A spectrum without phase or correlated systematics. */
  public RecoilSpectrum(
      Metadata meta,
      EnergyVariable energyVariable,
      double livetime,
      Map<String, Double> referenceFluxes,
      List<Row> rows) {
    this(meta, energyVariable, livetime, referenceFluxes, rows, null, List.of());
  }

  /**
   * An energy-correlated systematic: the fractional change of every row's rate when the source of
   * error moves by +1σ and by −1σ (as published; signs kept).
   *
   * @param name the nuisance's name; datasets sharing a name share the nuisance (e.g. the ⁸B
   *     spectrum shape across Super-K's phases)
   * @param plus fractional change per row at +1σ
   * @param minus fractional change per row at −1σ
   */
  public record CorrelatedSystematic(String name, Values plus, Values minus) {
    public CorrelatedSystematic {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(plus, "plus");
      Objects.requireNonNull(minus, "minus");
    }

    /**
     * The symmetrised signed shift of a row per +1σ, (plus − minus)/2: the linear term of the
     * published response, which a Gaussian nuisance can carry.
     */
    public double shift(int row) {
      return 0.5 * (plus.get(row) - minus.get(row));
    }
  }

  /** The same spectrum with other rows (toys); phase and systematics stay. */
  public RecoilSpectrum withRows(List<Row> newRows) {
    return new RecoilSpectrum(
        meta, energyVariable, livetime, referenceFluxes, newRows, phase, correlatedSystematics);
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
