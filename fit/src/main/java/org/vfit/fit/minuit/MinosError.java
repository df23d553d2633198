package org.vfit.fit.minuit;

/**
 * MINOS asymmetric errors of one parameter: the distances from the best value to where the profile
 * of F (all other free parameters re-minimised) crosses fmin + errorDef.
 *
 * @param name parameter name
 * @param value best-fit value the errors are measured from
 * @param lower signed lower error (≤ 0); if not valid, the last point reached
 * @param upper upper error (≥ 0); if not valid, the last point reached
 * @param lowerValid the lower crossing was found
 * @param upperValid the upper crossing was found
 * @param atLowerLimit the profile stays below the crossing down to the parameter's lower limit
 * @param atUpperLimit the profile stays below the crossing up to the parameter's upper limit
 * @param lowerCallLimit the call budget ran out on the lower side
 * @param upperCallLimit the call budget ran out on the upper side
 * @param lowerNewMinimum the lower search found a point below the minimum (the fit was not at the
 *     minimum; refit before trusting any error)
 * @param upperNewMinimum as {@code lowerNewMinimum} on the upper side
 * @param nfcn function calls spent
 */
public record MinosError(
    String name,
    double value,
    double lower,
    double upper,
    boolean lowerValid,
    boolean upperValid,
    boolean atLowerLimit,
    boolean atUpperLimit,
    boolean lowerCallLimit,
    boolean upperCallLimit,
    boolean lowerNewMinimum,
    boolean upperNewMinimum,
    long nfcn) {

  public boolean isValid() {
    return lowerValid && upperValid;
  }
}
