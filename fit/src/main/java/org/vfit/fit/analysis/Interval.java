package org.vfit.fit.analysis;

import org.vfit.likelihood.OscillationParameter;

/**
 * A range where a profile lies below a Δχ² level, read off the scanned grid.
 *
 * @param level the Δχ² level (1 and 9 for 1σ and 3σ in one parameter)
 * @param lower lower end, in the profile's units
 * @param upper upper end
 * @param lowerOpen the profile is still below the level at the first grid point: the true lower end
 *     lies outside the grid and {@code lower} is only the grid's edge
 * @param upperOpen likewise at the last grid point
 */
public record Interval(
    double level, double lower, double upper, boolean lowerOpen, boolean upperOpen) {

  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /** This interval of {@code p} in fit units, in physical units. */
  Interval toPhysical(OscillationParameter p) {
    return new Interval(level, p.toPhysical(lower), p.toPhysical(upper), lowerOpen, upperOpen);
  }
}
