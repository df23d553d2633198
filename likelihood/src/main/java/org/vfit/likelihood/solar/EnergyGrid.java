package org.vfit.likelihood.solar;

import org.vfit.oscillation.solar.NeutrinoSpectrum;

/**
 * Quadrature nodes over one flux component's neutrino spectrum: for a continuum, the tabulation
 * points with trapezoid weights λ(E)ΔE (summing to 1); for lines, the line energies with their
 * branchings. Integrals ∫ λ(E) f(E) dE become Σ_k weight_k f(E_k).
 *
 * @param energyMeV node energies, ascending
 * @param weight spectral weight of each node (sums to 1 over the whole spectrum)
 */
public record EnergyGrid(double[] energyMeV, double[] weight) {

  public EnergyGrid {
    energyMeV = energyMeV.clone();
    weight = weight.clone();
  }

  /** Nodes for a spectrum, restricted to E ≥ minEnergyMeV (weights keep their absolute size). */
  public static EnergyGrid of(NeutrinoSpectrum s, double minEnergyMeV) {
    double[] e = s.energiesMeV(), w = s.weights();
    if (s.line()) {
      int n = 0;
      for (double x : e) if (x >= minEnergyMeV) n++;
      double[] ge = new double[n], gw = new double[n];
      int j = 0;
      for (int i = 0; i < e.length; i++) {
        if (e[i] >= minEnergyMeV) {
          ge[j] = e[i];
          gw[j++] = w[i];
        }
      }
      return new EnergyGrid(ge, gw);
    }
    int n = 0;
    for (int i = 0; i < e.length; i++) if (e[i] >= minEnergyMeV && e[i] > 0 && w[i] > 0) n++;
    double[] ge = new double[n], gw = new double[n];
    int j = 0;
    for (int i = 0; i < e.length; i++) {
      if (!(e[i] >= minEnergyMeV && e[i] > 0 && w[i] > 0)) continue;
      double left = i > 0 ? 0.5 * (e[i] - e[i - 1]) : 0;
      double right = i < e.length - 1 ? 0.5 * (e[i + 1] - e[i]) : 0;
      ge[j] = e[i];
      gw[j++] = w[i] * (left + right);
    }
    return new EnergyGrid(ge, gw);
  }

  public int size() {
    return energyMeV.length;
  }
}
