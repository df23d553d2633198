package org.vfit.fit.analysis;

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

  /** The same quantity scaled by a positive unit factor. */
  Estimate scaled(double unit) {
    return new Estimate(
        value * unit,
        error * unit,
        minosLower == null ? null : minosLower * unit,
        minosUpper == null ? null : minosUpper * unit);
  }
}
