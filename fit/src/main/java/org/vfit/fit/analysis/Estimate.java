package org.vfit.fit.analysis;

import org.vfit.likelihood.OscillationParameter;

/**
 * A fitted quantity in physical units.
 *
 * @param value best-fit value
 * @param error HESSE (parabolic) 1σ error, 0 for a fixed parameter
 * @param minosLower MINOS lower error as a signed offset (≤ 0), or null when MINOS was not run or
 *     did not find the crossing
 * @param minosUpper MINOS upper error as a signed offset (≥ 0), or null likewise
 */
public record Estimate(double value, double error, Double minosLower, Double minosUpper) {

  /** Whether both MINOS errors are known. */
  public boolean hasMinos() {
    return minosLower != null && minosUpper != null;
  }

  /** This estimate of {@code p} in fit units, in physical units. */
  Estimate toPhysical(OscillationParameter p) {
    return new Estimate(
        p.toPhysical(value),
        p.toPhysical(error),
        minosLower == null ? null : p.toPhysical(minosLower),
        minosUpper == null ? null : p.toPhysical(minosUpper));
  }
}
