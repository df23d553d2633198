package org.vfit.fit.analysis;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;
import org.vfit.fit.testing.Linear;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * A synthetic measurement for tests: a Gaussian χ² on (Δm²₂₁ [1e-5 eV²], sin²θ₁₂, sin²θ₁₃) of one
 * sector, χ² = rᵀC⁻¹r with r = centre − prediction, optionally with one nuisance parameter ν that
 * shifts the predicted Δm²₂₁ by ν·shift and carries a unit Gaussian pull (ν − ν₀)². Profiling such
 * a nuisance adds shift² to the Δm²₂₁ variance, so every fit, profile and χ²_PG on these terms has
 * a closed form. Toys draw the centre from N(prediction, C) and ν₀ from N(ν, 1) — the pull
 * re-centred like a real term's prior — and Asimov data take both at their expectation.
 */
public final class GaussianTerm implements LikelihoodTerm, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final String name;
  private final Sector sector;
  private final double[] centre;
  private final double[][] covariance;
  private final double[][] inverse;
  private final double[][] cholesky;
  private final double shift;
  private final double nuisanceCentre;

  /**
   * @param centre measured (Δm²₂₁ in 1e-5 eV², sin²θ₁₂, sin²θ₁₃)
   * @param covariance their covariance
   * @param shift Δm²₂₁ shift per unit of the nuisance parameter (1e-5 eV²); 0 for no nuisance
   */
  public GaussianTerm(
      String name, Sector sector, double[] centre, double[][] covariance, double shift) {
    this(name, sector, centre, covariance, shift, 0.0);
  }

  private GaussianTerm(
      String name,
      Sector sector,
      double[] centre,
      double[][] covariance,
      double shift,
      double nuisanceCentre) {
    this.name = name;
    this.sector = sector;
    this.centre = centre.clone();
    this.covariance = Linear.copy(covariance);
    this.inverse = Linear.inverse(covariance);
    this.cholesky = Linear.cholesky(covariance);
    this.shift = shift;
    this.nuisanceCentre = nuisanceCentre;
  }

  /** Uncorrelated errors. */
  public static GaussianTerm of(
      String name,
      Sector sector,
      double dm21,
      double s12,
      double s13,
      double sDm21,
      double sS12,
      double sS13) {
    return new GaussianTerm(
        name,
        sector,
        new double[] {dm21, s12, s13},
        new double[][] {{sDm21 * sDm21, 0, 0}, {0, sS12 * sS12, 0}, {0, 0, sS13 * sS13}},
        0.0);
  }

  public double[] centre() {
    return centre.clone();
  }

  public double[][] covariance() {
    return Linear.copy(covariance);
  }

  /** The covariance with the nuisance profiled out: shift² added to the Δm²₂₁ variance. */
  public double[][] effectiveCovariance() {
    double[][] c = Linear.copy(covariance);
    c[0][0] += shift * shift;
    return c;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Sector sector() {
    return sector;
  }

  @Override
  public List<NuisanceParameter> nuisanceParameters() {
    return shift == 0
        ? List.of()
        : List.of(NuisanceParameter.free("shift", 0.0, 1.0, "Delta m^2_21 shift [units of shift]"));
  }

  private double[] prediction(MixingParameters p, double[] nuisance) {
    double n = shift == 0 ? 0 : nuisance[0];
    return new double[] {p.dm21EV2() / 1e-5 + n * shift, p.sin2Theta12(), p.sin2Theta13()};
  }

  @Override
  public double chi2(MixingParameters p, double[] nuisance) {
    double[] m = prediction(p, nuisance);
    double[] r = new double[3];
    for (int i = 0; i < 3; i++) {
      r[i] = centre[i] - m[i];
    }
    double s = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        s += r[i] * inverse[i][j] * r[j];
      }
    }
    if (shift != 0) {
      double d = nuisance[0] - nuisanceCentre;
      s += d * d;
    }
    return s;
  }

  @Override
  public int dataPoints() {
    return shift == 0 ? 3 : 4;
  }

  @Override
  public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
    double[] m = prediction(p, nuisance);
    double[] z = {normal(rng), normal(rng), normal(rng)};
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      c[i] = m[i];
      for (int j = 0; j <= i; j++) {
        c[i] += cholesky[i][j] * z[j];
      }
    }
    double n0 = shift == 0 ? 0 : nuisance[0] + normal(rng);
    return new GaussianTerm(name + "-toy", sector, c, covariance, shift, n0);
  }

  @Override
  public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
    return new GaussianTerm(
        name + "-asimov",
        sector,
        prediction(p, nuisance),
        covariance,
        shift,
        shift == 0 ? 0 : nuisance[0]);
  }

  /** Marsaglia's polar method (one variate per pair, as the datasets module's toys). */
  private static double normal(SplittableRandom rng) {
    while (true) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }
}
