package org.vfit.likelihood;

/**
 * Which oscillation parameters a likelihood term reads: the neutrino set (solar data) or the
 * antineutrino set (reactor data). The parameter mapping decides whether the two sets are tied (H0)
 * or free (H1).
 */
public enum Sector {
  NU("nu"),
  NUBAR("nubar");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
