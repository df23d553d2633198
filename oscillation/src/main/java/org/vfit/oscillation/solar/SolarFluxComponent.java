package org.vfit.oscillation.solar;

import java.util.Locale;

/**
 * The eight solar neutrino fluxes of the standard solar model, in the column order of the B16
 * production-distribution tables.
 */
public enum SolarFluxComponent {
  PP("pp"),
  PEP("pep"),
  HEP("hep"),
  BE7("7Be"),
  B8("8B"),
  N13("13N"),
  O15("15O"),
  F17("17F");

  private final String label;

  SolarFluxComponent(String label) {
    this.label = label;
  }

  /** The conventional label: pp, pep, hep, 7Be, 8B, 13N, 15O, 17F. */
  public String label() {
    return label;
  }

  /** Parses a label (case-insensitive; "be7", "b8" accepted). */
  public static SolarFluxComponent parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (SolarFluxComponent c : values()) {
      if (c.label.toLowerCase(Locale.ROOT).equals(t)
          || c.name().toLowerCase(Locale.ROOT).equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown solar flux component '"
            + text
            + "': expected one of pp, pep, hep, 7Be, 8B, 13N, 15O, 17F");
  }
}
