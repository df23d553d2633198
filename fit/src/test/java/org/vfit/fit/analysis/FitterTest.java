package org.vfit.fit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Linear;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.paper.Table1;

/**
 * The fitter: closed-form Gaussian answers, Asimov closure, multi-start, validity, potential
 * matrices.
 */
class FitterTest {

  /**
   * Parameter closure of Asimov fits, relative. MIGRAD stops at EDM ≤ 10 × 2e-5 (tolerance 0.01),
   * i.e. within √(2·2e-4) = 0.02σ in the worst accepted case; on these near-quadratic functions it
   * converges far closer, and 1e-4 relative is the requirement being tested.
   */
  private static final double CLOSURE = 1e-4;

  private static void assertRelative(double expected, double actual, double tol, String what) {
    double rel = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(
        rel <= tol,
        what + ": expected " + expected + ", got " + actual + " (relative " + rel + ")");
  }

  private static void assertAbsolute(double expected, double actual, double tol, String what) {
    assertTrue(
        Math.abs(actual - expected) <= tol,
        what
            + ": expected "
            + expected
            + ", got "
            + actual
            + " (difference "
            + Math.abs(actual - expected)
            + ")");
  }

  /** Asimov copies of terms at one ν and one ν̄ point (nuisances at zero). */
  private static List<LikelihoodTerm> asimov(
      List<LikelihoodTerm> terms, MixingParameters nu, MixingParameters nubar) {
    return terms.stream()
        .map(
            t ->
                t.asimov(
                    t.sector() == Sector.NU ? nu : nubar,
                    new double[t.nuisanceParameters().size()]))
        .toList();
  }

  @Test
  void asimovDataReturnTheirPointUnderH1() {
    MixingParameters nu = MixingParameters.ofSin2(5.3e-5, 2.5e-3, 0.33, 0.025, 0.5, 0);
    MixingParameters nubar = MixingParameters.ofSin2(7.9e-5, 2.5e-3, 0.29, 0.021, 0.5, 0);
    Model m =
        Model.of(
            TermSource.of(asimov(Fixtures.both(), nu, nubar)),
            Hypothesis.h1AllSeparate(),
            Fixtures.reference());
    FitResult r = Fitter.fit(m, FitOptions.defaults().withMinos(false));
    assertTrue(r.isValid(), r.problems().toString());
    // χ² at the minimum is the EDM left: below 10 × the EDM goal.
    assertTrue(r.chi2() <= 10 * r.minimum().edmGoal(), "chi2 = " + r.chi2());
    for (Sector s : Sector.values()) {
      MixingParameters truth = s == Sector.NU ? nu : nubar;
      SectorParameters p = r.sector(s);
      assertRelative(truth.dm21EV2(), p.dm21().value(), CLOSURE, s + " dm21");
      assertRelative(truth.sin2Theta12(), p.sin2Theta12().value(), CLOSURE, s + " sin2theta12");
      assertRelative(truth.sin2Theta13(), p.sin2Theta13().value(), CLOSURE, s + " sin2theta13");
    }
  }

  @Test
  void asimovDataOfTheRealConstraintTermsReturnTheirPoint() {
    MixingParameters point = MixingParameters.ofSin2(7.1e-5, 2.5e-3, 0.318, 0.0231, 0.5, 0);
    List<LikelihoodTerm> real = Likelihoods.terms(List.of("juno-2025", "daya-bay-theta13"));
    Model m =
        Model.of(TermSource.of(asimov(real, point, point)), Hypothesis.h0(), Fixtures.reference());
    FitResult r = Fitter.fit(m, FitOptions.defaults().withMinos(false));
    assertTrue(r.isValid(), r.problems().toString());
    assertTrue(r.chi2() <= 10 * r.minimum().edmGoal(), "chi2 = " + r.chi2());
    SectorParameters p = r.sector(Sector.NUBAR);
    assertRelative(point.dm21EV2(), p.dm21().value(), CLOSURE, "dm21");
    assertRelative(point.sin2Theta12(), p.sin2Theta12().value(), CLOSURE, "sin2theta12");
    assertRelative(point.sin2Theta13(), p.sin2Theta13().value(), CLOSURE, "sin2theta13");
    assertEquals(null, r.sector(Sector.NU), "no nu data, no nu parameters");
  }

  @Test
  void realConstraintsGiveTheirPublishedValuesAndErrors() {
    CombinedLikelihood l =
        new CombinedLikelihood(
            Likelihoods.terms(List.of("juno-2025", "daya-bay-theta13")),
            Hypothesis.h0(),
            Fixtures.reference());
    FitResult r = Fitter.fit(l, FitOptions.defaults());
    assertTrue(r.isValid(), r.problems().toString());
    SectorParameters p = r.sector(Sector.NUBAR);
    // Three Gaussian constraints on three parameters: the minimum sits on the published centres.
    // Values to 1e-4 relative as for Asimov closure; HESSE errors to 1e-3 relative, the accuracy
    // of a numerical second derivative at Minuit's step sizes on a quadratic.
    assertRelative(7.5e-5, p.dm21().value(), CLOSURE, "dm21");
    assertRelative(1.2e-6, p.dm21().error(), 1e-3, "dm21 error");
    assertRelative(0.3092, p.sin2Theta12().value(), CLOSURE, "sin2theta12");
    assertRelative(0.0087, p.sin2Theta12().error(), 1e-3, "sin2theta12 error");
    // Daya Bay constrains sin²2θ₁₃ = 4s(1 − s): s = (1 − √(1 − 0.0856))/2 and σ_s = σ/(4(1 − 2s)).
    double s13 = (1 - Math.sqrt(1 - 0.0856)) / 2;
    assertRelative(s13, p.sin2Theta13().value(), CLOSURE, "sin2theta13");
    assertRelative(
        0.0029 / (4 * (1 - 2 * s13)), p.sin2Theta13().error(), 1e-3, "sin2theta13 error");
    // tan²θ₁₂ = s/(1 − s), error σ_s/(1 − s)² (rounding only).
    double s = p.sin2Theta12().value();
    assertRelative(s / (1 - s), p.tan2Theta12().value(), 1e-12, "tan2theta12");
    assertRelative(
        p.sin2Theta12().error() / ((1 - s) * (1 - s)),
        p.tan2Theta12().error(),
        1e-12,
        "tan2 error");
    // MINOS on a Gaussian in the parameter itself equals HESSE; the crossing search is good to
    // 1e-5σ and the limit transform bends the profile by less than 1e-3 here.
    assertTrue(p.dm21().hasMinos());
    assertRelative(p.dm21().error(), -p.dm21().minosLower(), 1e-3, "MINOS lower");
    assertRelative(p.dm21().error(), p.dm21().minosUpper(), 1e-3, "MINOS upper");
    assertEquals(3, r.dataPoints());
    assertEquals(0, r.degreesOfFreedom());
  }

  @Test
  void combinedGaussiansGiveTheWeightedMeanAndItsError() {
    FitResult r =
        Fitter.fit(Fixtures.model(Hypothesis.h0()), FitOptions.defaults().withMinos(false));
    assertTrue(r.isValid(), r.problems().toString());
    // H0 on two Gaussians: centre (W1 + W2)⁻¹(W1 c1 + W2 c2), covariance (W1 + W2)⁻¹, with the
    // ν̄ nuisance profiled into its effective covariance.
    double[][] c1 = Fixtures.nu().effectiveCovariance();
    double[][] c2 = Fixtures.nubar().effectiveCovariance();
    double[][] w1 = Linear.inverse(c1);
    double[][] w2 = Linear.inverse(c2);
    double[][] cov = Linear.inverse(Linear.add(w1, w2));
    double[] a = Fixtures.nu().centre();
    double[] b = Fixtures.nubar().centre();
    double[] mean = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          mean[i] += cov[i][j] * (w1[j][k] * a[k] + w2[j][k] * b[k]);
        }
      }
    }
    SectorParameters p = r.sector(Sector.NU);
    double[] got = {p.dm21().value() / 1e-5, p.sin2Theta12().value(), p.sin2Theta13().value()};
    double[] err = {p.dm21().error() / 1e-5, p.sin2Theta12().error(), p.sin2Theta13().error()};
    for (int i = 0; i < 3; i++) {
      // Within 0.01σ (converged far inside the EDM bound) and errors to 1e-3 (HESSE on a
      // quadratic).
      assertAbsolute(mean[i], got[i], 0.01 * Math.sqrt(cov[i][i]), "component " + i);
      assertRelative(Math.sqrt(cov[i][i]), err[i], 1e-3, "error " + i);
    }
    assertEquals(
        r.sector(Sector.NU).dm21(), r.sector(Sector.NUBAR).dm21(), "H0: one parameter set");
    assertEquals(
        r.sector(Sector.NU).sin2Theta12(),
        r.sector(Sector.NUBAR).sin2Theta12(),
        "H0: one parameter set");
    // χ²_min of H0 = Mahalanobis distance² of the two centres under C1 + C2.
    assertAbsolute(
        Linear.mahalanobis2(Linear.minus(a, b), Linear.add(c1, c2)), r.chi2(), 1e-3, "chi2 min");
  }

  @Test
  void potentialMatricesAreConjugateUnderH0AndCarryTheFittedSplittings() {
    FitResult h0 =
        Fitter.fit(Fixtures.model(Hypothesis.h0()), FitOptions.defaults().withMinos(false));
    Table1 nu = h0.potentials().get(Sector.NU);
    Table1 nubar = h0.potentials().get(Sector.NUBAR);
    // The H-model: A_ν̄ = A_ν*, element by element (same arithmetic, so to rounding).
    assertAbsolute(nu.ee(), nubar.ee(), 1e-12, "ee");
    assertAbsolute(nu.emu().re(), nubar.emu().re(), 1e-12, "Re emu");
    assertAbsolute(-nu.emu().im(), nubar.emu().im(), 1e-12, "Im emu");
    FitResult h1 =
        Fitter.fit(
            Fixtures.model(Hypothesis.h1SharedTheta13()), FitOptions.defaults().withMinos(false));
    for (Sector s : Sector.values()) {
      // Δm²₂₁ = 2(a₂ − a₁) of the matrix rebuilt from the table (units 1e-4 eV²).
      PotentialMatrix a = h1.potentials().get(s).toTracelessMatrix();
      double dm21 = 2 * (a.eigenvalue(1) - a.eigenvalue(0));
      assertRelative(h1.sector(s).dm21().value(), dm21, 1e-9, s + " dm21 from A");
    }
  }

  /** A ν term with two islands in Δm²₂₁ (a deep one at 15e-5 eV² and a shallower one at 2e-5). */
  private static class TwoIslands implements LikelihoodTerm {
    @Override
    public String name() {
      return "two-islands";
    }

    @Override
    public Sector sector() {
      return Sector.NU;
    }

    @Override
    public List<NuisanceParameter> nuisanceParameters() {
      return List.of();
    }

    @Override
    public double chi2(MixingParameters p, double[] nuisance) {
      double x = Math.log(p.dm21EV2() / 1e-5);
      double s = (p.sin2Theta12() - 0.3) / 0.02;
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
      throw new UnsupportedOperationException("not needed here");
    }

    @Override
    public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
      throw new UnsupportedOperationException("not needed here");
    }
  }

  @Test
  void multiStartFindsTheDeeperIslandThatOneStartMisses() {
    MixingParameters nearShallow = MixingParameters.ofSin2(2.2e-5, 2.5e-3, 0.3, 0.022, 0.5, 0);
    Model m = Model.of(TermSource.of(List.of(new TwoIslands())), Hypothesis.h0(), nearShallow);
    FitResult single = Fitter.fit(m, FitOptions.defaults().withMultiStart(false).withMinos(false));
    // Without multi-start MIGRAD stays in the island it starts in (χ² = 4 there).
    assertAbsolute(4.0, single.chi2(), 1e-3, "single start");
    FitResult multi = Fitter.fit(m, FitOptions.defaults().withMinos(false).withThreads(2));
    assertTrue(multi.isValid());
    assertAbsolute(0.0, multi.chi2(), 1e-3, "multi-start");
    assertRelative(15e-5, multi.sector(Sector.NU).dm21().value(), 1e-3, "deep island");
    // Both islands are reported as distinct minima, best first.
    assertTrue(multi.minima().size() >= 2, multi.minima().toString());
    assertAbsolute(0.0, multi.minima().get(0), 1e-3, "first minimum");
    assertTrue(
        multi.minima().stream().anyMatch(v -> Math.abs(v - 4) < 1e-3), multi.minima().toString());
    // The same answer on one thread.
    FitResult oneThread = Fitter.fit(m, FitOptions.defaults().withMinos(false));
    assertEquals(multi.chi2(), oneThread.chi2());
  }

  @Test
  void aFailedFitIsNeverValid() {
    Model m = Fixtures.model(Hypothesis.h1SharedTheta13());
    FitResult r =
        Fitter.fit(
            m, FitOptions.defaults().withMultiStart(false).withMinos(false).withMaxCalls(20));
    // 20 calls cannot converge in 7 parameters: MIGRAD stops with the EDM far above its goal.
    assertFalse(r.isValid());
    assertTrue(
        r.problems().stream().anyMatch(p -> p.startsWith("EDM") || p.equals("call limit reached")),
        r.problems().toString());
    // And a function that is not finite: every start fails.
    LikelihoodTerm nan =
        new TwoIslands() {
          @Override
          public double chi2(MixingParameters p, double[] nuisance) {
            return Double.NaN;
          }
        };
    FitResult bad =
        Fitter.fit(
            Model.of(TermSource.of(List.of(nan)), Hypothesis.h0(), Fixtures.reference()),
            FitOptions.defaults().withStarts(2, 1));
    assertFalse(bad.isValid());
    assertTrue(
        bad.problems().contains("function not finite at the minimum"), bad.problems().toString());
  }

  @Test
  void fixedParametersStayAndAbsentOnesAreRefused() {
    Model m = Fixtures.model(Hypothesis.h0());
    FitResult r =
        Fitter.fit(
            m,
            FitOptions.defaults()
                .withMinos(false)
                .withFixed(List.of(ParameterId.shared(OscillationParameter.SIN2_THETA13))));
    assertTrue(r.isValid());
    assertEquals(
        Fixtures.reference().sin2Theta13(), r.sector(Sector.NU).sin2Theta13().value(), 1e-15);
    assertEquals(0.0, r.sector(Sector.NU).sin2Theta13().error());
    // H0 has one shared Δm²₂₁: the ν̄ set's own copy exists only under H1.
    ParameterId absent = ParameterId.of("nubar", OscillationParameter.DM21);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Fitter.fit(m, FitOptions.defaults().withFixed(List.of(absent))));
    assertTrue(
        e.getMessage().startsWith("cannot fix 'nubar.dm21': no such parameter (have [dm21, "),
        e.getMessage());
  }

  @Test
  void differenceParametrisationIsTheSameFunction() {
    Model plain = Fixtures.model(Hypothesis.h1SharedTheta13());
    Model diff = plain.withDifference(OscillationParameter.DM21);
    double[] x = plain.start();
    x[plain.index(Sector.NUBAR, OscillationParameter.DM21)] = 7.7;
    double[] y = diff.fromGlobal(x);
    assertEquals(
        7.7 - x[plain.index(Sector.NU, OscillationParameter.DM21)],
        y[diff.index(Sector.NUBAR, OscillationParameter.DM21)],
        1e-15);
    assertEquals(plain.value(x), diff.value(y), 0.0);
    // δ takes the place of the ν̄ value and every other name stays where it was.
    List<String> expectedNames = new ArrayList<>(plain.names());
    expectedNames.set(plain.index(Sector.NUBAR, OscillationParameter.DM21), "delta.dm21");
    assertEquals(expectedNames, diff.names());
    assertEquals(
        diff.index(Sector.NUBAR, OscillationParameter.DM21),
        diff.index(ParameterId.difference(OscillationParameter.DM21)));
    assertEquals(-1, plain.index(ParameterId.difference(OscillationParameter.DM21)));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Fixtures.model(Hypothesis.h0()).withDifference(OscillationParameter.DM21));
    assertTrue(e.getMessage().contains("H1"), e.getMessage());
  }
}
