package org.vfit.oscillation;

/**
 * Shen's V-model: neutrinos and antineutrinos feel independent potential matrices A_ν and A_ν̄
 * (e.g. from a ν/ν̄ asymmetry of the relic background).
 */
public final class VModel implements NeutrinoModel {
  private final PotentialMatrix nu;
  private final PotentialMatrix nubar;

  public VModel(PotentialMatrix nu, PotentialMatrix nubar) {
    if (nu == null || nubar == null) {
      throw new IllegalArgumentException("the V-model needs both A_nu and A_nubar");
    }
    this.nu = nu;
    this.nubar = nubar;
  }

  /** Builds both matrices from apparent mixing parameters (each through the H-model formula). */
  public static VModel ofMixing(MixingParameters nu, MixingParameters nubarApparent) {
    // An antineutrino with apparent δ̄ has A_ν̄ = (½ U(δ̄) diag U(δ̄)†)*, i.e. the conjugate of
    // the neutrino-convention matrix, so that nubarApparent == nu reproduces the H-model.
    return new VModel(
        PotentialMatrix.fromMixing(nu), PotentialMatrix.fromMixing(nubarApparent).conjugate());
  }

  @Override
  public PotentialMatrix potential(NeutrinoType type) {
    return type == NeutrinoType.NEUTRINO ? nu : nubar;
  }
}
