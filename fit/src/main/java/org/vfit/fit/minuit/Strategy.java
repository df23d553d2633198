package org.vfit.fit.minuit;

/**
 * Minuit's strategy levels: how much effort goes into derivatives (more cycles, tighter step and
 * derivative tolerances) and whether MIGRAD starts from and ends with a full HESSE.
 *
 * <p>The numbers are the documented defaults of the three levels of Minuit2's MnStrategy (Minuit2
 * user's guide, section "MnStrategy"), so that the same level costs about the same number of calls
 * here and in iminuit.
 *
 * @param level 0 (fast, derivatives rough), 1 (default), 2 (careful: full HESSE for the starting
 *     matrix and at the end)
 */
public record Strategy(
    int level,
    int gradientCycles,
    double gradientStepTolerance,
    double gradientTolerance,
    int hessianCycles,
    double hessianStepTolerance,
    double hessianG2Tolerance) {

  public static Strategy of(int level) {
    return switch (level) {
      case 0 -> new Strategy(0, 2, 0.5, 0.1, 3, 0.5, 0.1);
      case 1 -> new Strategy(1, 3, 0.3, 0.05, 5, 0.3, 0.05);
      case 2 -> new Strategy(2, 5, 0.1, 0.02, 7, 0.1, 0.02);
      default -> throw new IllegalArgumentException("strategy must be 0, 1 or 2, got " + level);
    };
  }
}
