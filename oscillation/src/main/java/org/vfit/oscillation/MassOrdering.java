package org.vfit.oscillation;

/** Normal (Δm²₃₁ &gt; 0) or inverted (Δm²₃₁ &lt; 0) ordering. */
public enum MassOrdering {
  NO,
  IO;

  /** Ordering implied by the sign of Δm²₃₁. */
  public static MassOrdering of(double dm31EV2) {
    return dm31EV2 >= 0 ? NO : IO;
  }
}
