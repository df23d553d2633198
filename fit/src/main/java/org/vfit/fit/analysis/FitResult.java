package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Parameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.paper.Table1;

/**
 * The outcome of {@link Fitter}: the best minimum found, in the model's parametrisation and as the
 * global vector, with errors, the apparent parameters of each sector and the fitted potential
 * matrices. Immutable (arrays are copied in and out).
 *
 * @param model description of what was fitted ({@link Model#description()})
 * @param hypothesis hypothesis name (H0, H1, …)
 * @param minimum Minuit's result at the best minimum (after HESSE when it was run); its {@link
 *     FunctionMinimum#isValid()} decides {@link #isValid()}
 * @param parameterIds the model's fit variables, in the order of the minimum's parameters (whose
 *     names are their labels)
 * @param minos MINOS errors by parameter name (empty when not run)
 * @param globalValues the {@link org.vfit.likelihood.CombinedLikelihood}'s parameter vector at the
 *     minimum
 * @param globalCovariance its covariance, or null without one
 * @param sectors apparent parameters per sector present in the data
 * @param potentials the fitted potential matrix of each sector in the paper's Table 1 form (A_αα −
 *     tr A/3 and off-diagonal elements, 1e-4 eV²), with A_ν̄ the complex conjugate of the H-model
 *     matrix of the ν̄ parameters (docs/design.md §1), so that equal parameters give A_ν̄ = A_ν*
 * @param dataPoints number of measured quantities
 * @param minima the distinct valid local minima the starts reached, best first (their χ² values)
 * @param starts number of MIGRAD starts
 */
public record FitResult(
    String model,
    String hypothesis,
    FunctionMinimum minimum,
    List<ParameterId> parameterIds,
    Map<String, MinosError> minos,
    double[] globalValues,
    double[][] globalCovariance,
    Map<Sector, SectorParameters> sectors,
    Map<Sector, Table1> potentials,
    int dataPoints,
    List<Double> minima,
    int starts) {

  public FitResult {
    parameterIds = List.copyOf(parameterIds);
    minos = Collections.unmodifiableMap(new LinkedHashMap<>(minos));
    globalValues = globalValues.clone();
    globalCovariance = copy(globalCovariance);
    sectors = bySector(sectors);
    potentials = bySector(potentials);
    minima = List.copyOf(minima);
  }

  private static <T> Map<Sector, T> bySector(Map<Sector, T> m) {
    Map<Sector, T> c = new EnumMap<>(Sector.class);
    c.putAll(m);
    return Collections.unmodifiableMap(c);
  }

  private static double[][] copy(double[][] a) {
    if (a == null) {
      return null;
    }
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public double[] globalValues() {
    return globalValues.clone();
  }

  @Override
  public double[][] globalCovariance() {
    return copy(globalCovariance);
  }

  /** χ² (−2 ln L) at the minimum. */
  public double chi2() {
    return minimum.fval();
  }

  /**
   * Whether the minimum can be trusted: Minuit's minimum is valid (converged, EDM within 10× goal,
   * a covariance, no call limit) and no MINOS search stumbled on a lower point, which would mean
   * MIGRAD stopped short of the minimum.
   */
  public boolean isValid() {
    return minimum.isValid()
        && minos.values().stream().noneMatch(e -> e.lowerNewMinimum() || e.upperNewMinimum());
  }

  /** Parameter values in the model's parametrisation. */
  public double[] values() {
    return minimum.values();
  }

  public List<String> names() {
    return minimum.parameters().stream().map(Parameter::name).toList();
  }

  public int freeParameters() {
    return (int) minimum.parameters().stream().filter(p -> !p.isFixed()).count();
  }

  /** Data points minus free parameters (may be ≤ 0 for priors alone). */
  public int degreesOfFreedom() {
    return dataPoints - freeParameters();
  }

  /** The sector's parameters, or null when no term reads it. */
  public SectorParameters sector(Sector s) {
    return sectors.get(s);
  }

  /**
   * Why the minimum is not to be trusted (empty for a clean valid fit). Every invalidating flag of
   * Minuit is named, plus warnings that do not invalidate: a forced covariance, parameters at a
   * limit.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    FunctionMinimum m = minimum;
    if (!m.hasValidParameters()) {
      out.add("function not finite at the minimum");
    }
    if (!m.hasCovariance()) {
      out.add("no covariance");
    }
    if (m.isAboveMaxEdm()) {
      out.add(
          String.format(
              java.util.Locale.ROOT, "EDM %.3g above 10 x goal %.3g", m.edm(), m.edmGoal()));
    }
    if (m.hasReachedCallLimit()) {
      out.add("call limit reached");
    }
    if (m.hesseFailed()) {
      out.add("HESSE failed");
    }
    if (m.hasMadePosDefCovariance()) {
      out.add("covariance forced positive definite");
    }
    for (Parameter p : m.parameters()) {
      if (p.isAtLimit()) {
        out.add("parameter " + p.name() + " at limit");
      }
    }
    for (MinosError e : minos.values()) {
      if (e.lowerNewMinimum() || e.upperNewMinimum()) {
        out.add("MINOS on " + e.name() + " found a lower minimum");
      }
    }
    return out;
  }
}
