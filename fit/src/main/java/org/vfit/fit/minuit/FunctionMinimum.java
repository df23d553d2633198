package org.vfit.fit.minuit;

import java.util.List;

/**
 * Result of MIGRAD (possibly followed by HESSE), in external coordinates. Immutable.
 *
 * @param algorithm "Migrad" (or "Hesse" for a HESSE run without MIGRAD)
 * @param fval function value at the minimum
 * @param edm estimated vertical distance to the true minimum, ½·gᵀVg
 * @param edmGoal convergence goal on edm: 0.002·tolerance·errorDef (the convention of Minuit2)
 * @param errorDef the function's error definition
 * @param nfcn function calls spent by this minimisation (including HESSE calls)
 * @param hasValidParameters the function was finite at the reported point and nothing failed
 * @param hasCovariance a covariance estimate exists
 * @param hasAccurateCovariance the covariance comes from a successful HESSE, or the variable-metric
 *     estimate had converged (relative change &lt; 10%), and was not forced
 * @param hasPosDefCovariance the covariance is positive definite as computed
 * @param hasMadePosDefCovariance the covariance had to be forced positive definite
 * @param hesseFailed HESSE could not measure some second derivative
 * @param isAboveMaxEdm edm ended above 10 × edmGoal
 * @param hasReachedCallLimit the call budget ran out before convergence
 * @param parameters all parameters, fixed ones included, in the order given to {@link Minuit}
 * @param covariance covariance matrix (2·errorDef·H⁻¹ transformed with the Jacobian of the limit
 *     transforms; zero rows for fixed parameters), null if none
 */
public record FunctionMinimum(
    String algorithm,
    double fval,
    double edm,
    double edmGoal,
    double errorDef,
    long nfcn,
    boolean hasValidParameters,
    boolean hasCovariance,
    boolean hasAccurateCovariance,
    boolean hasPosDefCovariance,
    boolean hasMadePosDefCovariance,
    boolean hesseFailed,
    boolean isAboveMaxEdm,
    boolean hasReachedCallLimit,
    List<Parameter> parameters,
    NamedMatrix covariance) {

  public FunctionMinimum {
    parameters = List.copyOf(parameters);
  }

  /**
   * The minimum can be trusted: parameters valid, a covariance estimate exists, edm within 10 ×
   * goal and the call budget not exhausted (Minuit2's FunctionMinimum::IsValid).
   */
  public boolean isValid() {
    return hasValidParameters && hasCovariance && !isAboveMaxEdm && !hasReachedCallLimit;
  }

  /** Whether some limited parameter has a limit within its 1σ range. */
  public boolean hasParametersAtLimit() {
    return parameters.stream().anyMatch(Parameter::isAtLimit);
  }

  public Parameter parameter(String name) {
    return parameters.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter named '" + name + "'"));
  }

  public double value(String name) {
    return parameter(name).value();
  }

  public double error(String name) {
    return parameter(name).error();
  }

  /** All parameter values in order. */
  public double[] values() {
    return parameters.stream().mapToDouble(Parameter::value).toArray();
  }

  /** All parameter errors in order. */
  public double[] errors() {
    return parameters.stream().mapToDouble(Parameter::error).toArray();
  }

  /** Correlation matrix, null if there is no covariance. */
  public NamedMatrix correlation() {
    return covariance == null ? null : covariance.correlation();
  }
}
