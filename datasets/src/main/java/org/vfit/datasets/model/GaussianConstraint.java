package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * A published result on oscillation parameters used as a multivariate Gaussian, for experiments
 * whose spectra are not public (JUNO 2025) or as a prior (Daya Bay θ₁₃).
 *
 * @param sector whose parameters the result constrains (reactor results: antineutrino)
 * @param massOrdering {@code normal}, {@code inverted} or {@code any}: the ordering the result
 *     assumes
 * @param baselineKm source–detector distance of the measurement in km (flux-weighted for several
 *     reactors), or null when the file does not give one; analyses that split data by baseline read
 *     it
 * @param baselines the source–detector distances of a reactor result, or null (a record of what the
 *     experiment saw; the constraint itself does not use it)
 */
public record GaussianConstraint(
    Metadata meta,
    Sector sector,
    String massOrdering,
    List<Parameter> parameters,
    Matrix correlation,
    Double baselineKm,
    Baselines baselines)
    implements Dataset {

  /** The range of baselines of a reactor result, in km (min = max for one effective baseline). */
  public record Baselines(double minKm, double maxKm) {
    public Baselines {
      if (!(minKm > 0) || !(maxKm >= minKm) || !Double.isFinite(maxKm)) {
        throw new IllegalArgumentException(
            "baselines need 0 < min <= max km, got " + minKm + " to " + maxKm);
      }
    }
  }

  /** Parameters a constraint may name; the unit of each is fixed ({@link #unitOf}). */
  public static final List<String> PARAMETER_NAMES =
      List.of(
          "dm2_21",
          "dm2_31",
          "dm2_32",
          "dm2_ee",
          "sin2_theta12",
          "sin2_theta13",
          "sin2_theta23",
          "sin2_2theta13",
          "tan2_theta12",
          "delta_cp");

  public static final List<String> MASS_ORDERINGS = List.of("normal", "inverted", "any");

  public GaussianConstraint {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(massOrdering, "massOrdering");
    parameters = Checks.list(parameters, "parameters");
    Objects.requireNonNull(correlation, "correlation");
    Checks.squareOfSize("correlation", parameters.size(), correlation);
    if (baselineKm != null && !(baselineKm > 0 && Double.isFinite(baselineKm))) {
      throw new IllegalArgumentException("baselineKm must be positive, got " + baselineKm);
    }
  }

  /** A constraint without a recorded baseline. */
  public GaussianConstraint(
      Metadata meta,
      Sector sector,
      String massOrdering,
      List<Parameter> parameters,
      Matrix correlation) {
    this(meta, sector, massOrdering, parameters, correlation, null, null);
  }

  /**
   * The distance a baseline analysis uses: the effective one when the file gives it, else the
   * geometric mean of the range's ends (the 1/L² weights of the reactors are not in the file), or
   * null.
   */
  public Double effectiveBaselineKm() {
    if (baselineKm != null) {
      return baselineKm;
    }
    return baselines == null ? null : Math.sqrt(baselines.minKm() * baselines.maxKm());
  }

  /** A central value and its symmetric 1σ. */
  public record Parameter(String name, double value, double sigma) {
    public Parameter {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Unit of a parameter: eV² for mass splittings, degrees for δ, dimensionless otherwise. */
  public static String unitOf(String parameter) {
    if (parameter.startsWith("dm2_")) {
      return "eV^2";
    }
    return parameter.equals("delta_cp") ? "degrees" : "dimensionless";
  }

  public Parameter parameter(String name) {
    return parameters.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in " + name()));
  }

  public Values values() {
    return Values.of(parameters.stream().mapToDouble(Parameter::value).toArray());
  }

  public Values sigmas() {
    return Values.of(parameters.stream().mapToDouble(Parameter::sigma).toArray());
  }

  public Matrix covariance() {
    return correlation.scaledBy(sigmas());
  }
}
