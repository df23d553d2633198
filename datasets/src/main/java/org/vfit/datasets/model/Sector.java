package org.vfit.datasets.model;

/**
 * Which oscillation parameters a constraint speaks about: the neutrino (solar) set, the
 * antineutrino (reactor) set, or both when they are assumed equal.
 */
public enum Sector implements Term {
  NEUTRINO("neutrino"),
  ANTINEUTRINO("antineutrino"),
  BOTH("both");

  private final String id;

  Sector(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
