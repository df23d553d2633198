package org.vfit.datasets.model;

/** Which energy an energy window or bin refers to (all in MeV). */
public enum EnergyVariable implements Term {
  /** The neutrino energy. */
  NEUTRINO("neutrino"),
  /** Kinetic energy of the recoil electron (Super-K IV, Borexino). */
  RECOIL_KINETIC("recoil-kinetic"),
  /** Total energy (kinetic + m_e) of the recoil electron (Super-K I–III). */
  RECOIL_TOTAL("recoil-total"),
  /** Prompt (positron) energy of inverse beta decay, annihilation included. */
  PROMPT("prompt");

  private final String id;

  EnergyVariable(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
