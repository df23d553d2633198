package org.vfit.oscillation.paper;

import java.util.Locale;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;

/**
 * The oscillation parameters the paper uses (issue 2 quotes them): NuFit-6.0 best fits for the
 * angles and δ, and two sets of splittings — the main text's and Appendix B's.
 */
public final class PaperInputs {
  private PaperInputs() {}

  /**
   * The range §3 of the paper gives for the unobservable mean diagonal Ā = tr A/3, in eV²: 0.06 to
   * 0.6 (with differences among the A_αα "1/1000 to 1/100 of their mean"); the scale against which
   * a ν–ν̄ difference of A can be set in the paper's own terms.
   */
  public static final double[] MEAN_DIAGONAL_RANGE_EV2 = {0.06, 0.6};

  /** Which splittings: the main text's or Appendix B's. */
  public enum SplittingSet {
    MAIN("main"),
    APPENDIX_B("appendixB");

    private final String label;

    SplittingSet(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static SplittingSet parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.equals("main")) return MAIN;
      if (t.equals("appendixb") || t.equals("appendix-b") || t.equals("b")) return APPENDIX_B;
      throw new IllegalArgumentException(
          "unknown splitting set '" + text + "': expected main or appendixB");
    }
  }

  /** The paper's inputs for an ordering and splitting set (angles in degrees in the paper). */
  public static MixingParameters of(MassOrdering ordering, SplittingSet set) {
    boolean b = set == SplittingSet.APPENDIX_B;
    if (ordering == MassOrdering.NO) {
      return MixingParameters.ofDegrees(
          b ? 7.49e-5 : 7.42e-5, b ? 2.534e-3 : 2.514e-3, 33.44, 8.57, 49.0, 195.0);
    }
    return MixingParameters.ofDegrees(
        b ? 7.49e-5 : 7.42e-5, b ? -2.435e-3 : -2.423e-3, 33.45, 8.61, 49.3, 286.0);
  }
}
