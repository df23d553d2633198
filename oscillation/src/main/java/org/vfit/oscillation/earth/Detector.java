package org.vfit.oscillation.earth;

import java.util.Locale;

/**
 * A detector site for day–night exposure.
 *
 * @param name label
 * @param latitudeDeg geographic latitude in degrees (north positive)
 */
public record Detector(String name, double latitudeDeg) {
  /** Super-Kamiokande / KamLAND, 36.43° N. */
  public static final Detector KAMIOKA = new Detector("kamioka", 36.43);

  /** SNO, 46.47° N. */
  public static final Detector SUDBURY = new Detector("sudbury", 46.47);

  /** Borexino, 42.45° N. */
  public static final Detector GRAN_SASSO = new Detector("gran-sasso", 42.45);

  public Detector {
    if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
      throw new IllegalArgumentException(
          "detector latitude must lie in [-90, 90] degrees, got " + latitudeDeg);
    }
  }

  /** kamioka, sudbury or gran-sasso. */
  public static Detector parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "kamioka":
      case "superk":
      case "super-k":
        return KAMIOKA;
      case "sudbury":
      case "sno":
        return SUDBURY;
      case "gran-sasso":
      case "gransasso":
      case "lngs":
      case "borexino":
        return GRAN_SASSO;
      default:
        throw new IllegalArgumentException(
            "unknown detector '" + text + "': expected kamioka, sudbury or gran-sasso");
    }
  }
}
