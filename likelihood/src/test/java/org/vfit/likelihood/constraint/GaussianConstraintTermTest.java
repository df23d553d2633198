package org.vfit.likelihood.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

class GaussianConstraintTermTest {

  @Test
  void constraintsDependOnTheParametersTheyNameAndCarryTheirBaseline() {
    LikelihoodTerm dayaBay = Likelihoods.term("daya-bay-theta13");
    LikelihoodTerm juno = Likelihoods.term("juno-2025");
    assertEquals(
        java.util.EnumSet.of(org.vfit.likelihood.OscillationParameter.SIN2_THETA13),
        dayaBay.dependsOn());
    assertEquals(
        java.util.EnumSet.of(
            org.vfit.likelihood.OscillationParameter.DM21,
            org.vfit.likelihood.OscillationParameter.SIN2_THETA12),
        juno.dependsOn());
    // The files' baseline_km: JUNO's 52.5 km to the cores, Daya Bay's far hall at 1,579 m.
    assertEquals(52.5, juno.baselineKm().getAsDouble(), 0);
    assertEquals(1.579, dayaBay.baselineKm().getAsDouble(), 0);
    // The dependence is real: moving a parameter a constraint does not name leaves χ² alone.
    MixingParameters p = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.022, 0.5, 0);
    assertEquals(dayaBay.chi2(p, new double[0]), dayaBay.chi2(p.withDm21(6e-5), new double[0]), 0);
  }

  @Test
  void dayaBayConstraintIsAOneDimensionalGaussianInSin22Theta13() {
    LikelihoodTerm t = Likelihoods.term("daya-bay-theta13");
    assertEquals(Sector.NUBAR, t.sector());
    // Daya Bay 2018: sin²2θ13 = 0.0856 ± 0.0029. At sin²2θ13 = 0.0856 + 0.0029, χ² = 1.
    double s22 = 0.0856 + 0.0029;
    double theta13 = 0.5 * Math.asin(Math.sqrt(s22));
    MixingParameters p = new MixingParameters(7.5e-5, 2.5e-3, 0.58, theta13, 0.8, 0);
    assertEquals(1.0, t.chi2(p, new double[0]), 1e-9);
  }

  @Test
  void junoConstraintIsCentredOnItsPublishedValues() {
    LikelihoodTerm t = Likelihoods.term("juno-2025");
    GaussianConstraint g = Datasets.load("juno-2025", GaussianConstraint.class);
    MixingParameters centre =
        MixingParameters.ofSin2(
            g.parameter("dm2_21").value(),
            2.5e-3,
            g.parameter("sin2_theta12").value(),
            0.022,
            0.5,
            0);
    assertEquals(0.0, t.chi2(centre, new double[0]), 1e-18);
    // One σ in Δm²21 alone gives χ² = 1 (the file's correlation is zero).
    MixingParameters off = centre.withDm21(centre.dm21EV2() + g.parameter("dm2_21").sigma());
    assertEquals(1.0, t.chi2(off, new double[0]), 1e-9);
  }

  @Test
  void asimovTermHasZeroChi2AtItsPointAndToysScatterWithUnitVariance() {
    LikelihoodTerm t = Likelihoods.term("daya-bay-theta13");
    MixingParameters p = MixingParameters.ofDegrees(7.5e-5, 2.5e-3, 33, 8.2, 45, 0);
    assertEquals(0.0, t.asimov(p, new double[0]).chi2(p, new double[0]), 1e-20);
    SplittableRandom rng = new SplittableRandom(99);
    double sum = 0;
    int n = 4000;
    for (int i = 0; i < n; i++) {
      sum += t.toy(p, new double[0], rng.split()).chi2(p, new double[0]);
    }
    // ⟨χ²⟩ = 1 for a 1-D Gaussian; the mean of 4000 draws has σ = √(2/4000) ≈ 0.022: allow 4σ.
    assertEquals(1.0, sum / n, 0.09);
  }

  @Test
  void unknownDatasetKindsAreRefusedWithTheirName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Likelihoods.term("cl37-capture"));
    assertEquals(true, e.getMessage().contains("cl37-capture"));
  }
}
