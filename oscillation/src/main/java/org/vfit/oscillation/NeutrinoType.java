package org.vfit.oscillation;

/**
 * Neutrino or antineutrino. Fixes the sign of the charged-current matter potential (H_ν = A_ν/E +
 * V, H_ν̄ = A_ν̄/E − V) and which potential matrix of a model applies.
 */
public enum NeutrinoType {
  NEUTRINO(+1.0),
  ANTINEUTRINO(-1.0);

  private final double matterSign;

  NeutrinoType(double matterSign) {
    this.matterSign = matterSign;
  }

  /** +1 for ν, −1 for ν̄: the sign of V_CC in the Hamiltonian. */
  public double matterSign() {
    return matterSign;
  }
}
