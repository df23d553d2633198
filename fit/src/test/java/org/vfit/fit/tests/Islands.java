package org.vfit.fit.tests;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * A χ² with two islands in ln Δm²₂₁ (deep at 15e-5 eV², 4 units higher at 2e-5 eV², each of width
 * 0.05 in ln Δm²₂₁), Gaussian in sin²θ₁₂ (σ = 0.01 around a given centre) and sin²θ₁₃ (0.022 ±
 * 0.001): a caricature of KamLAND's islands in which a fit can get stuck.
 */
record Islands(Sector sector, double sin2Theta12) implements LikelihoodTerm, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static Islands of(Sector sector, double sin2Theta12) {
    return new Islands(sector, sin2Theta12);
  }

  @Override
  public String name() {
    return "islands-" + sector.label();
  }

  @Override
  public List<NuisanceParameter> nuisanceParameters() {
    return List.of();
  }

  @Override
  public double chi2(MixingParameters p, double[] nuisance) {
    double x = Math.log(p.dm21EV2() / 1e-5);
    double s = (p.sin2Theta12() - sin2Theta12) / 0.01;
    double t = (p.sin2Theta13() - 0.022) / 0.001;
    double deep = Math.pow((x - Math.log(15)) / 0.05, 2);
    double shallow = Math.pow((x - Math.log(2)) / 0.05, 2) + 4;
    return Math.min(deep, shallow) + s * s + t * t;
  }

  @Override
  public int dataPoints() {
    return 3;
  }

  @Override
  public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
    throw new UnsupportedOperationException("islands have no toys");
  }

  @Override
  public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
    throw new UnsupportedOperationException("islands have no Asimov data");
  }
}
