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

  /** The BEST source's emission the paper takes: 1.16e17 ν/s (its 1.1623e17 Bq). */
  public static final double PAPER_SOURCE_FLUX_PER_S = 1.16e17;

  /** The deficit the paper takes: 20 % of the source's neutrinos. */
  public static final double PAPER_MISSING_FRACTION = 0.20;

  /**
   * The missing flux the paper compares N with: 20 % of 1.16e17, printed as 2.3e16 ν/s (Appendix C:
   * "N &gt; 2.3e16 and of the same order of magnitude").
   */
  public static final double PAPER_MISSING_FLUX_PER_S = 2.3e16;

  /** N = n·c·π d² in ν/s. */
  public double perSecond() {
    return numberDensityPerCm3
        * PhysicalConstants.SPEED_OF_LIGHT_CM_S
        * Math.PI
        * lengthCm
        * lengthCm;
  }

  /** N divided by the missing 2.3e16 ν/s the paper compares it with (about 4). */
  public double ratioToMissingFlux() {
    return perSecond() / PAPER_MISSING_FLUX_PER_S;
  }

  /** N divided by the whole source, 1.16e17 ν/s (about 0.81). */
  public double ratioToSourceFlux() {
    return perSecond() / PAPER_SOURCE_FLUX_PER_S;
  }

  /** N with d read as the diameter it is in BEST's geometry: disc area π d²/4. */
  public double perSecondIfDiameter() {
    return perSecond() / 4;
  }

  /** A note on the geometry, reported next to the number. */
  public static String discAreaNote() {
    return "N = n c pi d^2 as written in Appendix C, with d = 133.5 cm the BEST inner sphere's"
        + " diameter acting as a radius; the disc of that diameter has area pi d^2/4, which makes N"
        + " four times smaller";
  }
}
