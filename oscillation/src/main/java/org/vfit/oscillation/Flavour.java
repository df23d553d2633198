package org.vfit.oscillation;

import java.util.Locale;

/** The three active flavours, indexed 0, 1, 2 in every matrix of this module. */
public enum Flavour {
  E("e"),
  MU("mu"),
  TAU("tau");

  private final String label;

  Flavour(String label) {
    this.label = label;
  }

  /** Index in flavour-basis matrices. */
  public int index() {
    return ordinal();
  }

  /** Short label: e, mu, tau. */
  public String label() {
    return label;
  }

  /** Parses e, mu, tau (case-insensitive; also "μ", "τ"). */
  public static Flavour parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "e":
      case "nue":
        return E;
      case "mu":
      case "μ":
      case "numu":
        return MU;
      case "tau":
      case "τ":
      case "nutau":
        return TAU;
      default:
        throw new IllegalArgumentException(
            "unknown flavour '" + text + "': expected one of e, mu, tau");
    }
  }
}
