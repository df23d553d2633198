package org.vfit.oscillation;

/**
 * A model of the potential matrices seen by neutrinos and antineutrinos.
 *
 * <p>Two implementations: {@link StandardMassModel} (H-model, A_ν̄ = A_ν*) and {@link VModel}
 * (independent A_ν and A_ν̄). Every VModel with A_ν̄ = A_ν* is physically the H-model.
 */
public interface NeutrinoModel {
  /** The potential matrix (eV²) for the given type. */
  PotentialMatrix potential(NeutrinoType type);

  /** The Hamiltonian of the given type. */
  default Hamiltonian hamiltonian(NeutrinoType type) {
    return new Hamiltonian(potential(type), type);
  }
}
