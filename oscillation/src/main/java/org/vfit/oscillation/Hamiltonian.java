package org.vfit.oscillation;

/**
 * The flavour-basis Hamiltonian of one neutrino type: H = A/E + s·V_CC·diag(1, 0, 0), with s = +1
 * for ν and −1 for ν̄ (docs/design.md §1). {@code potential} is already the matrix of that type
 * (A_ν or A_ν̄); the H-model's A_ν̄ = A_ν* is applied by {@link NeutrinoModel}, not here.
 *
 * @param potential A in eV²
 * @param type ν or ν̄ (the sign of the matter potential)
 */
public record Hamiltonian(PotentialMatrix potential, NeutrinoType type) {
  public Hamiltonian {
    if (potential == null || type == null) {
      throw new IllegalArgumentException("a Hamiltonian needs a potential matrix and a type");
    }
  }
}
