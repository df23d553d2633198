package org.vfit.fit.minuit;

/**
 * One parameter of a fit result, in external (user) units.
 *
 * @param name parameter name
 * @param value value at the minimum
 * @param error parabolic (HESSE or MIGRAD-estimated) error; for a limited parameter, half the span
 *     of the external images of its internal ±1σ interval (see {@link ParameterTransform})
 * @param fixed whether the parameter was held fixed
 * @param limits allowed range ({@link Limits#NONE} if unbounded)
 * @param atLimit whether a limit lies within the parameter's 1σ range, so that error and covariance
 *     are shaped by the limit and should not be read as Gaussian
 */
public record Parameter(
    String name, double value, double error, boolean fixed, Limits limits, boolean atLimit) {

  public boolean isFixed() {
    return fixed;
  }

  public boolean isAtLimit() {
    return atLimit;
  }

  public boolean hasLimits() {
    return limits.isBounded();
  }
}
