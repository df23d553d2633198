package org.vfit.oscillation.earth;

/**
 * The exposure-weighted night mean of the effective two-flavour P(ν₂ → ν_e) at a detector: computed
 * directly ({@link #direct}, best for a few energies) or from a precomputed table ({@link
 * NightRegenerationTable}, best inside fits).
 */
public interface NightRegeneration {
  /** Night mean of P(ν₂ → ν_e) for E in MeV, Δm²₂₁ in eV², θ₁₂ in radians and cos²θ₁₃. */
  double meanP2e(double energyMeV, double dm21EV2, double theta12, double c13sq);

  /** The exposure the mean is taken over. */
  NadirExposure exposure();

  /** Direct evaluation over the exposure's night bins, chords precomputed once. */
  static NightRegeneration direct(EarthModel earth, NadirExposure exposure, double maxSlabKm) {
    EarthRegeneration reg = EarthRegeneration.forExposure(earth, exposure, maxSlabKm);
    return new NightRegeneration() {
      @Override
      public double meanP2e(double energyMeV, double dm21EV2, double theta12, double c13sq) {
        return reg.nightMeanP2e(exposure, energyMeV, dm21EV2, theta12, c13sq);
      }

      @Override
      public NadirExposure exposure() {
        return exposure;
      }
    };
  }
}
