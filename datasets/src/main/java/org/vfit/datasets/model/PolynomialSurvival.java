package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * SNO's summary of its combined three-phase data (PRC 88, 025501, 2013): the ⁸B flux and a
 * polynomial day survival probability with a linear day–night asymmetry in the neutrino energy,
 *
 * <pre>
 *   P_day(E) = c0 + c1 (E − E0) + c2 (E − E0)²,   A(E) = a0 + a1 (E − E0),
 *   A = 2(P_night − P_day)/(P_night + P_day)  ⇒  P_night = P_day (1 + A/2)/(1 − A/2),
 * </pre>
 *
 * with E0 = {@code pivotEnergy}. A model is compared by weighting the detected no-oscillation
 * spectra ({@code response}, a {@link PredictedSpectra}) with the model's P_ee, fitting this
 * polynomial to the result and comparing the fitted parameters through the covariance.
 *
 * @param parameters in the order {@link #PARAMETER_NAMES}
 */
public record PolynomialSurvival(
    Metadata meta,
    double pivotEnergy,
    double energyMin,
    double energyMax,
    AsymmetryConvention convention,
    List<Parameter> parameters,
    Matrix correlation,
    String response)
    implements Dataset {

  /**
   * The parameters, in file order: ⁸B flux (cm⁻² s⁻¹), c0, c1 (MeV⁻¹), c2 (MeV⁻²), a0, a1 (MeV⁻¹).
   */
  public static final List<String> PARAMETER_NAMES =
      List.of("phi_b8", "c0", "c1", "c2", "a0", "a1");

  public PolynomialSurvival {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(response, "response");
    parameters = Checks.list(parameters, "parameters");
    if (!parameters.stream().map(Parameter::name).toList().equals(PARAMETER_NAMES)) {
      throw new IllegalArgumentException("parameters must be " + PARAMETER_NAMES);
    }
    Objects.requireNonNull(correlation, "correlation");
    Checks.squareOfSize("correlation", parameters.size(), correlation);
  }

  /** A fitted parameter with its statistical and systematic errors. */
  public record Parameter(String name, double value, Uncertainty stat, Uncertainty syst) {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stat, "stat");
      Objects.requireNonNull(syst, "syst");
    }

    public Uncertainty total() {
      return stat.combine(syst);
    }
  }

  public double value(String name) {
    return parameters.get(index(name)).value();
  }

  public Values values() {
    return Values.of(parameters.stream().mapToDouble(Parameter::value).toArray());
  }

  /** σ_i = √(stat_i² + syst_i²), symmetrised, as the SNO transcriptions build the covariance. */
  public Values sigmas() {
    return Values.of(parameters.stream().mapToDouble(p -> p.total().average()).toArray());
  }

  public Matrix covariance() {
    return correlation.scaledBy(sigmas());
  }

  /** P_ee by day at neutrino energy E (MeV) from the published coefficients. */
  public double dayProbability(double energy) {
    double x = energy - pivotEnergy;
    return value("c0") + value("c1") * x + value("c2") * x * x;
  }

  /**
   * The 1σ error of {@link #dayProbability} at an energy, from the covariance of c₀, c₁, c₂ (the
   * polynomial is linear in them: σ² = vᵀCv with v = (1, x, x²), x = E − pivot).
   */
  public double dayProbabilityError(double energy) {
    double x = energy - pivotEnergy;
    double[] v = {1, x, x * x};
    int[] at = {index("c0"), index("c1"), index("c2")};
    double[][] c = covariance().toArray();
    double var = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        var += v[i] * c[at[i]][at[j]] * v[j];
      }
    }
    return Math.sqrt(var);
  }

  /** The day–night asymmetry A(E) in this dataset's convention. */
  public double asymmetry(double energy) {
    return value("a0") + value("a1") * (energy - pivotEnergy);
  }

  /** P_ee by night, from P_day and A(E) (for either sign convention). */
  public double nightProbability(double energy) {
    double a = asymmetry(energy);
    double ratio = (1 + a / 2) / (1 - a / 2);
    return convention == AsymmetryConvention.NIGHT_MINUS_DAY
        ? dayProbability(energy) * ratio
        : dayProbability(energy) / ratio;
  }

  private static int index(String name) {
    int i = PARAMETER_NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          "unknown parameter " + name + "; known: " + PARAMETER_NAMES);
    }
    return i;
  }
}
