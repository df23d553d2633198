package org.vfit.fit.analysis;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Δχ² levels of confidence regions with the coverage of ±nσ of a Gaussian (68.27%, 95.45%, 99.73%
 * for n = 1, 2, 3), for regions in {@code dof} parameters by Wilks' theorem: the quantile of
 * χ²(dof) at erf(n/√2). For one parameter that is n² (1, 4, 9); for two it is −2 ln erfc(n/√2)
 * (2.296, 6.180, 11.829, quoted as 2.30/6.18/11.83), both in closed form.
 */
public final class Levels {

  private Levels() {}

  /** Δχ² for a region of {@code sigmas} Gaussian σ coverage in {@code dof} parameters. */
  public static double deltaChi2(int dof, double sigmas) {
    if (dof < 1 || !(sigmas > 0)) {
      throw new IllegalArgumentException(
          "need dof >= 1 and sigmas > 0, got " + dof + ", " + sigmas);
    }
    if (dof == 1) {
      return sigmas * sigmas;
    }
    double tail = Erf.erfc(sigmas / Math.sqrt(2));
    if (dof == 2) {
      // χ²(2) has survival function exp(−x/2).
      return -2 * Math.log(tail);
    }
    return new ChiSquaredDistribution(null, dof).inverseCumulativeProbability(1 - tail);
  }

  /** The 1σ, 2σ and 3σ levels for two parameters (contours). */
  public static double[] contourLevels() {
    return new double[] {deltaChi2(2, 1), deltaChi2(2, 2), deltaChi2(2, 3)};
  }
}
