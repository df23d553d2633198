package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which data a grid, profile or dataset belongs to: solar ν, reactor ν̄, or both together. */
public enum Sector {
  /** Neutrinos: the solar data sets. */
  @JsonProperty("nu")
  NU("ν (solar)"),
  /** Antineutrinos: the reactor data sets (KamLAND, JUNO). */
  @JsonProperty("nubar")
  NUBAR("ν̄ (reactor)"),
  /** Both data sets under one shared parameter set (H0), or a quantity that needs both. */
  @JsonProperty("combined")
  COMBINED("combined");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  /** Human-readable label used in plot legends and the HTML report. */
  public String label() {
    return label;
  }
}
