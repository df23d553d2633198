package org.vfit.likelihood.solar;

import java.util.stream.IntStream;
import org.vfit.likelihood.xsec.ElasticScattering;

/**
 * dσ/dT of ν–e scattering tabulated on one component's neutrino-energy grid and a uniform grid of
 * recoil kinetic energy (cell midpoints, step {@value #STEP_MEV} MeV), with the cell containing the
 * kinematic endpoint weighted by the fraction of it below the endpoint. Every response kernel of
 * every experiment is a weighted sum over this table, so the (slow, dilogarithm-laden) radiatively
 * corrected cross section is evaluated once per node and cell. Immutable.
 */
final class RecoilTable {
  static final double STEP_MEV = 0.02;

  private final double[][]
      weighted; // [node][cell]: dσ/dT · ΔT · (fraction of the cell allowed), cm²

  RecoilTable(ElasticScattering es, ElasticScattering.Flavour flavour, EnergyGrid grid) {
    weighted = new double[grid.size()][];
    double[] energies = grid.energyMeV();
    // Rows are independent (up to ~10⁶ radiatively corrected dσ/dT for hep): fill them on all
    // cores; each row is computed exactly as alone, so the table does not depend on the split.
    IntStream.range(0, energies.length)
        .parallel()
        .forEach(k -> weighted[k] = row(es, flavour, energies[k]));
  }

  private static double[] row(ElasticScattering es, ElasticScattering.Flavour flavour, double e) {
    double tMax = ElasticScattering.maxRecoilMeV(e);
    int cells = (int) Math.ceil(tMax / STEP_MEV);
    double[] row = new double[cells];
    for (int j = 0; j < cells; j++) {
      double lo = j * STEP_MEV, hi = Math.min(tMax, lo + STEP_MEV);
      double mid = 0.5 * (lo + hi);
      row[j] = es.differential(flavour, e, mid) * (hi - lo);
    }
    return row;
  }

  /** Recoil kinetic energy at the centre of cell j (full cells), MeV. */
  static double cellCentre(int j) {
    return (j + 0.5) * STEP_MEV;
  }

  /** Σ_j σ-weight(node, j) · window[j] — the kernel of a detected-energy window for one node. */
  double fold(int node, double[] window) {
    double[] row = weighted[node];
    int n = Math.min(row.length, window.length);
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += row[j] * window[j];
    }
    return s;
  }

  /** Total ∫dσ/dT dT over the recoil window [tLow, tHigh] (no resolution), for one node. */
  double integrate(int node, double tLow, double tHigh) {
    double[] row = weighted[node];
    double s = 0;
    for (int j = 0; j < row.length; j++) {
      double t = cellCentre(j);
      if (t >= tLow && t < tHigh) s += row[j];
    }
    return s;
  }

  int nodes() {
    return weighted.length;
  }
}
