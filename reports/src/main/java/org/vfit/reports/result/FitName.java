package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four fits of a tension run, named as in the result JSON. */
public enum FitName {
  /** Solar data only, ν parameters. */
  @JsonProperty("nu")
  NU("ν (solar)"),
  /** Reactor data only, ν̄ parameters. */
  @JsonProperty("nubar")
  NUBAR("ν̄ (reactor)"),
  /** All data, one shared parameter set. */
  @JsonProperty("H0")
  H0("H0 (shared)"),
  /** All data, separate ν and ν̄ parameter sets. */
  @JsonProperty("H1")
  H1("H1 (separate)");

  private final String label;

  FitName(String label) {
    this.label = label;
  }

  /** Human-readable label used in plot legends and the HTML report. */
  public String label() {
    return label;
  }
}
