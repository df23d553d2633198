package org.vfit.reports.result;

import java.util.List;

/**
 * A 2-D Δχ² scan in (sin²θ₁₂, Δm²₂₁), other parameters profiled.
 *
 * @param sector whose data: {@code nu} (solar), {@code nubar} (reactor) or {@code combined}
 * @param sin2theta12 x grid, strictly increasing
 * @param dm21 y grid in eV², strictly increasing
 * @param deltaChi2 Δχ² = χ² − {@code chi2Min}; row j holds the values at dm21[j], element i the
 *     value at sin2theta12[i]
 * @param chi2Min the χ² that Δχ² is measured from (the fit's minimum)
 */
public record Chi2Grid(
    Sector sector,
    List<Double> sin2theta12,
    List<Double> dm21,
    List<List<Double>> deltaChi2,
    double chi2Min) {
  public Chi2Grid {
    Checks.required("sector", sector);
    // Two points per axis is the least a cell (and so a contour) needs.
    sin2theta12 = Checks.increasing("sin2theta12", sin2theta12, 2);
    dm21 = Checks.increasing("dm21", dm21, 2);
    Checks.within("sin2theta12", sin2theta12, 0, 1);
    // Δm²₂₁ in eV²: anything above 1 eV² is a unit mistake (10⁻⁵ eV² written as eV²).
    Checks.within("dm21", dm21, 0, 1);
    deltaChi2 = Checks.finiteMatrix("deltaChi2", deltaChi2, dm21.size(), sin2theta12.size());
    for (int j = 0; j < deltaChi2.size(); j++) {
      Checks.deltaChi2("deltaChi2/" + j, deltaChi2.get(j));
    }
    Checks.finite("chi2Min", chi2Min);
  }

  /** The values as a fresh array indexed [dm21 index][sin2theta12 index]. */
  public double[][] values() {
    double[][] v = new double[dm21.size()][];
    for (int j = 0; j < v.length; j++) {
      v[j] = deltaChi2.get(j).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return v;
  }
}
