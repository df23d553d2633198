package org.vfit.likelihood.constraint;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.vfit.datasets.model.Cholesky;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.toys.Toys;
import org.vfit.likelihood.GaussianChi2;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * χ² = rᵀC⁻¹r with r the difference between the published central values and the model's values of
 * the same quantities (Δm²₂₁, sin²θ₁₂, sin²2θ₁₃, …), C the published covariance. The model value of
 * each named quantity is computed from the sector's {@link MixingParameters}.
 */
public final class GaussianConstraintTerm implements LikelihoodTerm {
  private final GaussianConstraint data;
  private final Sector sector;
  private final double[][] inverse;

  public GaussianConstraintTerm(GaussianConstraint data) {
    this.data = data;
    this.sector =
        data.sector() == org.vfit.datasets.model.Sector.ANTINEUTRINO ? Sector.NUBAR : Sector.NU;
    // C⁻¹ = D⁻¹R⁻¹D⁻¹ with R the correlation and D = diag(σ): R's entries are of order one, C's
    // variances ~1e-12 eV⁴, so R is the better-conditioned matrix to factor.
    double[] sigma = data.sigmas().toArray();
    int n = sigma.length;
    double[] l = GaussianChi2.flatten(data.correlation().toArray());
    int bad = Cholesky.factor(l, n, l);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          data.name() + ": correlation matrix is not positive definite at row " + bad);
    }
    double[][] rInv = Cholesky.inverse(l, n);
    this.inverse = new double[sigma.length][sigma.length];
    for (int i = 0; i < sigma.length; i++) {
      for (int j = 0; j < sigma.length; j++) {
        inverse[i][j] = rInv[i][j] / (sigma[i] * sigma[j]);
      }
    }
    for (GaussianConstraint.Parameter p : data.parameters()) {
      modelValue(
          p.name(),
          MixingParameters.ofDegrees(7.5e-5, 2.5e-3, 33, 8.5, 45, 0)); // rejects unknown names now
    }
  }

  public GaussianConstraint data() {
    return data;
  }

  @Override
  public String name() {
    return data.name();
  }

  @Override
  public Sector sector() {
    return sector;
  }

  @Override
  public List<NuisanceParameter> nuisanceParameters() {
    return List.of();
  }

  @Override
  public int dataPoints() {
    return data.parameters().size();
  }

  /** The fitted parameters the constrained quantities depend on (Δm²₃₁, θ₂₃, δ are not fitted). */
  @Override
  public Set<OscillationParameter> dependsOn() {
    EnumSet<OscillationParameter> out = EnumSet.noneOf(OscillationParameter.class);
    for (GaussianConstraint.Parameter p : data.parameters()) {
      switch (p.name()) {
        case "dm2_21", "dm2_32" -> out.add(OscillationParameter.DM21);
        case "sin2_theta12", "tan2_theta12" -> out.add(OscillationParameter.SIN2_THETA12);
        case "sin2_theta13", "sin2_2theta13" -> out.add(OscillationParameter.SIN2_THETA13);
        // Δm²_ee = Δm²₃₁ − sin²θ₁₂ Δm²₂₁
        case "dm2_ee" -> {
          out.add(OscillationParameter.DM21);
          out.add(OscillationParameter.SIN2_THETA12);
        }
        default -> {}
      }
    }
    return out;
  }

  /** The baseline the dataset records ({@code baseline_km}), if any. */
  @Override
  public OptionalDouble baselineKm() {
    Double l = data.effectiveBaselineKm();
    return l == null ? OptionalDouble.empty() : OptionalDouble.of(l);
  }

  @Override
  public double chi2(MixingParameters p, double[] nuisance) {
    double[] r = residuals(p);
    double s = 0;
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        s += r[i] * inverse[i][j] * r[j];
      }
    }
    return s;
  }

  private double[] residuals(MixingParameters p) {
    List<GaussianConstraint.Parameter> ps = data.parameters();
    double[] r = new double[ps.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ps.get(i).value() - modelValue(ps.get(i).name(), p);
    }
    return r;
  }

  /**
   * The model's value of a constrained quantity, in the units of {@link GaussianConstraint#unitOf}.
   */
  public static double modelValue(String name, MixingParameters p) {
    switch (name) {
      case "dm2_21":
        return p.dm21EV2();
      case "dm2_31":
        return p.dm31EV2();
      case "dm2_32":
        return p.dm32EV2();
      case "dm2_ee":
        {
          // Δm²_ee = cos²θ12 Δm²31 + sin²θ12 Δm²32 (Daya Bay's effective splitting)
          double c2 = 1 - p.sin2Theta12();
          return c2 * p.dm31EV2() + p.sin2Theta12() * p.dm32EV2();
        }
      case "sin2_theta12":
        return p.sin2Theta12();
      case "sin2_theta13":
        return p.sin2Theta13();
      case "sin2_theta23":
        return p.sin2Theta23();
      case "sin2_2theta13":
        {
          double s = Math.sin(2 * p.theta13());
          return s * s;
        }
      case "tan2_theta12":
        return p.tan2Theta12();
      case "delta_cp":
        return Math.toDegrees(p.deltaReduced());
      default:
        throw new IllegalArgumentException("gaussian constraint: unknown parameter '" + name + "'");
    }
  }

  private Values expectation(MixingParameters p) {
    double[] v = new double[data.parameters().size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = modelValue(data.parameters().get(i).name(), p);
    }
    return Values.of(v);
  }

  @Override
  public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
    return new GaussianConstraintTerm(Toys.toy(data, expectation(p), rng));
  }

  @Override
  public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
    return new GaussianConstraintTerm(Toys.asimov(data, expectation(p)));
  }
}
