package org.vfit.oscillation;

/**
 * The H-model: massive neutrinos with PMNS mixing. A_ν = ½ U diag(m²) U†, and CPT fixes A_ν̄ = A_ν*
 * (same masses and angles, δ → −δ).
 */
public final class StandardMassModel implements NeutrinoModel {
  private final MixingParameters mixing;
  private final PotentialMatrix nu;
  private final PotentialMatrix nubar;

  public StandardMassModel(MixingParameters mixing) {
    this.mixing = mixing;
    this.nu = PotentialMatrix.fromMixing(mixing);
    this.nubar = nu.conjugate();
  }

  public MixingParameters mixing() {
    return mixing;
  }

  @Override
  public PotentialMatrix potential(NeutrinoType type) {
    return type == NeutrinoType.NEUTRINO ? nu : nubar;
  }
}
