package org.vfit.fit.tension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How Super-Kamiokande's day–night information enters the solar fit, each phase counted once.
 *
 * <p>Super-K publishes it twice over: as zenith-split spectra of each phase (SK-I's day, five
 * mantle and core bins; SK-II–IV day and night) and as the amplitude fit of the expected zenith
 * variation, A_DN(Δm²₂₁), for SK-IV alone and for SK-I–IV combined (PRD 109, 092001). Using a
 * phase's split spectrum and an amplitude that contains that phase counts its day–night difference
 * twice. The solar term therefore merges the zenith rows of every phase an amplitude covers into
 * per-energy totals (see {@code SolarTerm}); which amplitude is used decides the rest:
 */
public enum SuperKTreatment {
  /**
   * The default, and what Super-K's own solar fits do: every phase's spectrum as day+night totals
   * (their shape and rate), and the SK-I–IV combined amplitude for the day–night asymmetry — the
   * most precise statement of it (±0.85 % against ±1.07 % for SK-IV alone).
   */
  AMPLITUDE("amplitude", "superk-day-night"),
  /**
   * SK-IV's day and night spectra as published, with the SK-I–III amplitude derived from the
   * published SK-I–IV and SK-IV-only amplitudes (inverse-variance subtraction): the energy
   * dependence of SK-IV's day–night difference enters, at the price of a derived SK-I–III number.
   */
  SPECTRA("spectra", "superk-i-iii-day-night");

  /** The spectra of the four phases; the solar term merges their zenith rows as needed. */
  public static final List<String> SPECTRA_DATASETS =
      List.of("superk-i-spectrum", "superk-ii", "superk-iii", "superk");

  private final String label;
  private final String amplitude;

  SuperKTreatment(String label, String amplitude) {
    this.label = label;
    this.amplitude = amplitude;
  }

  public String label() {
    return label;
  }

  /** The amplitude dataset of this treatment. */
  public String amplitude() {
    return amplitude;
  }

  /** Super-K's datasets under this treatment: the four spectra and one amplitude. */
  public List<String> datasets() {
    List<String> out = new ArrayList<>(SPECTRA_DATASETS);
    out.add(amplitude);
    return out;
  }

  /**
   * The default solar set under this treatment: Homestake, the gallium experiments, SNO's
   * three-phase polynomial, Super-K, Borexino's survival points and its ⁷Be day–night asymmetry.
   */
  public List<String> defaultSolar() {
    List<String> out = new ArrayList<>(List.of("homestake", "gallium", "sno-polynomial"));
    out.addAll(datasets());
    out.addAll(List.of("borexino", "borexino-7be-day-night"));
    return out;
  }

  /**
   * {@code sets} with the other treatment's amplitude replaced by this one's; unchanged when it
   * holds neither (a user's own selection).
   */
  public List<String> replaceIn(List<String> sets) {
    List<String> out = new ArrayList<>();
    for (String s : sets) {
      SuperKTreatment owner = null;
      for (SuperKTreatment t : values()) {
        if (t.amplitude.equals(s)) {
          owner = t;
        }
      }
      out.add(owner != null && owner != this ? amplitude : s);
    }
    return out;
  }

  /**
   * Parses {@code amplitude} or {@code spectra}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static SuperKTreatment parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (SuperKTreatment s : values()) {
      if (s.label.equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "expected amplitude or spectra, got '" + (text == null ? "" : text) + "'");
  }
}
