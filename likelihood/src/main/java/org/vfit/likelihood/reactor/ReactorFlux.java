package org.vfit.likelihood.reactor;

import java.util.Map;
import org.vfit.datasets.model.ReactorFluxModel;
import org.vfit.datasets.model.ReactorSpectrum;

/**
 * The ν̄_e spectrum a reactor emits per MeV of thermal energy released, for given fission fractions
 * f_k: dN/dE = Σ_k f_k S_k(E) / Σ_k f_k ε_k, with S_k the exp-polynomial spectrum per fission of
 * isotope k and ε_k its energy per fission. Dividing by Σ f ε turns thermal power into a fission
 * rate (e.g. Huber, Phys. Rev. C 84 (2011) 024617; Mueller et al., Phys. Rev. C 83 (2011) 054615).
 * Immutable.
 */
public final class ReactorFlux {
  private final ReactorFluxModel.IsotopeSpectrum[] spectra;
  private final double[] fractions;
  private final double energyPerFissionMeV;

  public ReactorFlux(ReactorFluxModel model, Map<String, Double> fissionFractions) {
    int n = ReactorSpectrum.ISOTOPES.size();
    spectra = new ReactorFluxModel.IsotopeSpectrum[n];
    fractions = new double[n];
    double e = 0;
    for (int k = 0; k < n; k++) {
      String iso = ReactorSpectrum.ISOTOPES.get(k);
      Double f = fissionFractions.get(iso);
      if (f == null) {
        throw new IllegalArgumentException("no fission fraction for " + iso);
      }
      fractions[k] = f;
      spectra[k] = model.isotope(iso);
      ReactorFluxModel.EnergyPerFission q = model.energyPerFission().get(iso);
      if (q == null) {
        throw new IllegalArgumentException(
            "flux model " + model.name() + " has no energy per fission for " + iso);
      }
      e += f * q.value();
    }
    this.energyPerFissionMeV = e;
  }

  /** Mean thermal energy per fission Σ f_k ε_k, MeV. */
  public double energyPerFissionMeV() {
    return energyPerFissionMeV;
  }

  /**
   * The IBD yield per fission of one isotope, σ_k = ∫ S_k(E) σ(E) dE in cm², from the threshold to
   * 12 MeV (the spectra are below 10⁻⁸ of their peak there) by Simpson's rule on 4000 intervals: σ
   * ∝ √(E − E_th) at threshold, where S σ is 10⁻³ of its peak within the first interval, so the
   * rule's error is below 10⁻⁶ relative.
   */
  public static double yieldPerFissionCm2(
      ReactorFluxModel.IsotopeSpectrum spectrum, IbdCrossSection sigma) {
    double a = sigma.thresholdMeV();
    double b = 12.0;
    int n = 4000;
    double h = (b - a) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double e = a + i * h;
      double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
      sum += w * spectrum.at(e) * sigma.sigmaCm2(e);
    }
    return sum * h / 3;
  }

  /** Antineutrinos per MeV of ν̄ energy per MeV of thermal energy released, at E_ν (MeV). */
  public double perThermalMeV(double energyMeV) {
    double s = 0;
    for (int k = 0; k < spectra.length; k++) {
      s += fractions[k] * spectra[k].at(energyMeV);
    }
    return s / energyPerFissionMeV;
  }
}
