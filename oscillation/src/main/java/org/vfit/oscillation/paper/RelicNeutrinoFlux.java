package org.vfit.oscillation.paper;

import org.vfit.oscillation.PhysicalConstants;

/**
 * Appendix C's order-of-magnitude estimate: the number of relic neutrinos per second crossing a
 * disc of size d, N = n·c·π d², reproduced exactly as the paper writes it ({@link #discAreaNote()}
 * says what changes if d is read as a diameter).
 *
 * @param numberDensityPerCm3 n, relic neutrinos per cm³ per flavour (the paper takes 56)
 * @param lengthCm d in cm (the paper takes 133.5)
 */
public record RelicNeutrinoFlux(double numberDensityPerCm3, double lengthCm) {

  /** The paper's BEST inputs: n = 56 cm⁻³, d = 133.5 cm. */
  public static RelicNeutrinoFlux paperBest() {
    return new RelicNeutrinoFlux(56.0, 133.5);
  }

  /** The missing flux the paper compares with: 1.16e17 ν/s (its "missing 20 %"). */
  public static final double PAPER_MISSING_FLUX_PER_S = 1.16e17;

  /** N = n·c·π d² in ν/s. */
  public double perSecond() {
    return numberDensityPerCm3
        * PhysicalConstants.SPEED_OF_LIGHT_CM_S
        * Math.PI
        * lengthCm
        * lengthCm;
  }

  /** N divided by the paper's missing flux of 1.16e17 ν/s. */
  public double ratioToMissingFlux() {
    return perSecond() / PAPER_MISSING_FLUX_PER_S;
  }

  /** A note on the geometry, reported next to the number. */
  public static String discAreaNote() {
    return "N = n c pi d^2 as written in Appendix C (d acts as a radius); "
        + "if d were a diameter the disc area would be pi d^2/4 and N four times smaller";
  }
}
