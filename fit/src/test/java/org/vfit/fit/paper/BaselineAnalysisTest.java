package org.vfit.fit.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.GaussianTerm;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * The baseline-class analysis on Gaussian measurements, where the tests have closed forms: χ²_PG of
 * independent measurements is the spread of each freed parameter about its weighted mean, and the κ
 * hypothesis is a weighted straight line in the lever r = (L₀/L)².
 */
class BaselineAnalysisTest {

  /**
   * Each minimisation stops within 10 × EDM goal = 2e-4 of its minimum in the worst accepted case;
   * on quadratics far closer. 1e-3 on a χ² difference allows both fits' worst case.
   */
  private static final double CHI2_TOLERANCE = 1e-3;

  private static final FitOptions OPTIONS = FitOptions.defaults().withMinos(false);

  private static final MixingParameters REFERENCE =
      MixingParameters.ofSin2(7.0e-5, 2.5e-3, 0.31, 0.022, 0.5, 0.0);

  /** A measurement at a baseline that depends only on some parameters. */
  private record Located(
      String name,
      Sector sector,
      double km,
      LikelihoodTerm inner,
      Set<OscillationParameter> depends)
      implements LikelihoodTerm {
    @Override
    public List<NuisanceParameter> nuisanceParameters() {
      return inner.nuisanceParameters();
    }

    @Override
    public double chi2(MixingParameters p, double[] nuisance) {
      return inner.chi2(p, nuisance);
    }

    @Override
    public int dataPoints() {
      return inner.dataPoints();
    }

    @Override
    public Set<OscillationParameter> dependsOn() {
      return EnumSet.copyOf(depends);
    }

    @Override
    public OptionalDouble baselineKm() {
      return OptionalDouble.of(km);
    }

    @Override
    public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
      return new Located(name + "-toy", sector, km, inner.toy(p, nuisance, rng), depends);
    }

    @Override
    public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
      return new Located(name + "-asimov", sector, km, inner.asimov(p, nuisance), depends);
    }
  }

  /** sin²θ₁₃ = 0.0220 ± 0.0008 alone (a Daya-Bay-like prior). */
  private record Theta13(double centre, double sigma) implements LikelihoodTerm {
    @Override
    public String name() {
      return "theta13";
    }

    @Override
    public Sector sector() {
      return Sector.NUBAR;
    }

    @Override
    public List<NuisanceParameter> nuisanceParameters() {
      return List.of();
    }

    @Override
    public double chi2(MixingParameters p, double[] nuisance) {
      double d = (p.sin2Theta13() - centre) / sigma;
      return d * d;
    }

    @Override
    public int dataPoints() {
      return 1;
    }

    @Override
    public Set<OscillationParameter> dependsOn() {
      return EnumSet.of(OscillationParameter.SIN2_THETA13);
    }

    @Override
    public OptionalDouble baselineKm() {
      return OptionalDouble.of(1.6);
    }

    @Override
    public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
      double u = rng.nextDouble(), v = rng.nextDouble();
      double z = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
      return new Theta13(p.sin2Theta13() + sigma * z, sigma);
    }

    @Override
    public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
      return new Theta13(p.sin2Theta13(), sigma);
    }
  }

  private static final Set<OscillationParameter> DM_S12 =
      EnumSet.of(OscillationParameter.DM21, OscillationParameter.SIN2_THETA12);

  /** (Δm²₂₁ [1e-5 eV²], σ; sin²θ₁₂, σ) at a baseline; θ₁₃ unmeasured (σ huge, mean at 0.022). */
  private static Located measurement(
      String name, Sector s, double km, double dm, double sDm, double s12, double sS12) {
    return new Located(
        name, s, km, GaussianTerm.of(name, s, dm, s12, 0.022, sDm, sS12, 10.0), DM_S12);
  }

  private static final Located SUN =
      measurement("sun", Sector.NU, 1.495978707e8, 6.1, 0.5, 0.305, 0.013);
  private static final Located NEAR =
      measurement("near", Sector.NUBAR, 52.5, 7.6, 0.15, 0.31, 0.01);
  private static final Located FAR = measurement("far", Sector.NUBAR, 160, 7.45, 0.2, 0.30, 0.03);
  private static final Theta13 PRIOR = new Theta13(0.0220, 0.0008);

  @Test
  void withOneReactorClassTheTestIsTheTensionTest() {
    List<LikelihoodTerm> terms = List.of(SUN, FAR, PRIOR);
    BaselineAnalysis.Result b =
        BaselineAnalysis.run(
            TermSource.of(terms), REFERENCE, BaselineAnalysis.Options.defaults(OPTIONS));
    PgResult tension =
        ParameterGoodnessOfFit.test(
            TermSource.of(terms), REFERENCE, Hypothesis.h1SharedTheta13(), OPTIONS);
    assertTrue(b.pg().isValid() && tension.isValid());
    assertEquals(2, b.pg().dof());
    assertEquals(tension.dof(), b.pg().dof());
    // The same function in the same vector order (only the names differ): the same minima.
    assertEquals(tension.h0().chi2(), b.pg().h0().chi2(), 1e-9);
    assertEquals(tension.h1().chi2(), b.pg().h1().chi2(), 1e-9);
    assertEquals(tension.chi2(), b.pg().chi2(), 1e-9);
    // Classes: the Sun, the θ13 prior at 1.6 km, the far reactor. With one reactor class that
    // measures Δm²21 there is nothing to compare among the reactors.
    assertEquals(
        List.of("solar", "theta13", "far"),
        b.classes().stream().map(BaselineClass::label).toList());
    assertNull(b.reactorPg());
    assertNotNull(b.reactorPgNote());
  }

  @Test
  void threeClassesGiveTheSpreadAboutTheWeightedMeansWithFourDof() {
    List<LikelihoodTerm> terms = List.of(SUN, NEAR, FAR, PRIOR);
    BaselineAnalysis.Result b =
        BaselineAnalysis.run(
            TermSource.of(terms), REFERENCE, BaselineAnalysis.Options.defaults(OPTIONS));
    double expected =
        spread(new double[] {6.1, 7.6, 7.45}, new double[] {0.5, 0.15, 0.2})
            + spread(new double[] {0.305, 0.31, 0.30}, new double[] {0.013, 0.01, 0.03});
    assertTrue(b.pg().isValid(), b.pg().problems().toString());
    assertEquals(4, b.pg().dof());
    assertEquals(expected, b.pg().chi2(), CHI2_TOLERANCE);
    // Each class's fitted Δm²21 is its own measurement; the H-model's the weighted mean.
    assertEquals(7.6e-5, b.perClass().get(2).get(OscillationParameter.DM21).value(), 1e-9);
    assertEquals(0.15e-5, b.perClass().get(2).get(OscillationParameter.DM21).error(), 1e-8);
    assertEquals(
        mean(new double[] {6.1, 7.6, 7.45}, new double[] {0.5, 0.15, 0.2}) * 1e-5,
        b.hModel().get(0).get(OscillationParameter.DM21).value(),
        1e-9);
    // Among the two reactor classes alone: their spread only.
    double reactorOnly =
        spread(new double[] {7.6, 7.45}, new double[] {0.15, 0.2})
            + spread(new double[] {0.31, 0.30}, new double[] {0.01, 0.03});
    assertEquals(2, b.reactorPg().dof());
    assertEquals(reactorOnly, b.reactorPg().chi2(), CHI2_TOLERANCE);
  }

  @Test
  void kappaIsTheWeightedStraightLineInTheLever() {
    // Δm²21,k = D (1 + κ r_k) = a + b r_k with a = D, b = Dκ: a weighted least-squares line.
    List<LikelihoodTerm> terms = List.of(SUN, NEAR, FAR, PRIOR);
    BaselineAnalysis.Options o = BaselineAnalysis.Options.defaults(OPTIONS.withMinos(true));
    BaselineAnalysis.Result b = BaselineAnalysis.run(TermSource.of(terms), REFERENCE, o);
    double[] r = {
      Math.pow(100 / 1.495978707e8, 2), Math.pow(100 / 52.5, 2), Math.pow(100 / 160.0, 2)
    };
    double[] y = {6.1, 7.6, 7.45};
    double[] s = {0.5, 0.15, 0.2};
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int k = 0; k < 3; k++) {
      double w = 1 / (s[k] * s[k]);
      sw += w;
      sx += w * r[k];
      sy += w * y[k];
      sxx += w * r[k] * r[k];
      sxy += w * r[k] * y[k];
    }
    double det = sw * sxx - sx * sx;
    double a = (sxx * sy - sx * sxy) / det;
    double slope = (sw * sxy - sx * sy) / det;
    double chi2Line = 0;
    for (int k = 0; k < 3; k++) {
      double d = (y[k] - a - slope * r[k]) / s[k];
      chi2Line += d * d;
    }
    double chi2Flat = spread(y, s);
    KappaFit.Result k = b.kappa();
    assertTrue(k.valid(), k.problems().toString());
    // κ = b/a; MIGRAD's EDM goal leaves ~1e-3 relative on a ratio of fitted numbers.
    assertEquals(slope / a, k.kappa().value(), 2e-3 * Math.abs(slope / a) + 1e-4);
    assertEquals(a * 1e-5, k.dm21Infinity().value(), 1e-8);
    assertEquals(chi2Flat - chi2Line, k.deltaChi2(), CHI2_TOLERANCE);
    // The profile interval brackets the best fit and Δχ² = 4 lies outside Δχ² = 1.
    assertTrue(k.kappa().minosLower() < 0 && k.kappa().minosUpper() > 0);
    assertTrue(k.kappa2SigmaLower() < k.kappa().value() + k.kappa().minosLower());
    assertTrue(k.kappa2SigmaUpper() > k.kappa().value() + k.kappa().minosUpper());
    assertEquals(21, k.profileKappa().length);
  }

  @Test
  void toysOfThePerClassTestKeepTheClassesOfRenamedToyTerms() {
    List<LikelihoodTerm> terms = List.of(SUN, NEAR, FAR, PRIOR);
    BaselineAnalysis.Result b =
        BaselineAnalysis.run(
            TermSource.of(terms), REFERENCE, BaselineAnalysis.Options.defaults(OPTIONS));
    try (LocalRunner runner = new LocalRunner(2)) {
      ToyStudy.Result t = new ToyStudy(b.pg(), 11, OPTIONS.forToys()).run(40, runner);
      // Toy terms are renamed (…-toy); were they dropped from their classes, H1 would free
      // nothing and every χ²_PG would be 0. Under H0 the mean of χ²(4) is 4.
      double mean = java.util.Arrays.stream(t.summary().statistics()).average().orElse(0);
      assertEquals(40, t.summary().toys());
      // 40 draws of χ²(4): the mean has σ = √(8/40) ≈ 0.45; 4 ± 1.5 is a >3σ band.
      assertEquals(4, mean, 1.5);
    }
  }

  @Test
  void aDatasetWithoutABaselineIsRejectedByName() {
    LikelihoodTerm bare = GaussianTerm.of("bare", Sector.NUBAR, 7.5, 0.3, 0.022, 0.2, 0.02, 0.001);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BaselineClasses.of(
                    List.of(SUN, bare),
                    BaselineAnalysis.Options.defaults(OPTIONS).baselineTolerance()));
    assertTrue(e.getMessage().startsWith("dataset bare records no baseline"), e.getMessage());
  }

  @Test
  void reactorDatasetsAtOneDistanceShareAClass() {
    Located twin = measurement("twin", Sector.NUBAR, 53.0, 7.5, 0.2, 0.31, 0.02);
    List<BaselineClass> c = BaselineClasses.of(List.of(SUN, FAR, NEAR, twin), 0.05);
    assertEquals(
        List.of("solar", "near+twin", "far"), c.stream().map(BaselineClass::label).toList());
    // The distance whose 1/L² is the mean of 1/52.5² and 1/53²:
    double expected = 1 / Math.sqrt((1 / (52.5 * 52.5) + 1 / (53.0 * 53.0)) / 2);
    assertEquals(expected, c.get(1).baselineKm(), 1e-12);
    assertEquals(4, BaselineClasses.of(List.of(SUN, FAR, NEAR, twin), 0).size());
  }

  /** Σ (x_k − x̄)²/σ_k² with x̄ the weighted mean. */
  private static double spread(double[] x, double[] s) {
    double m = mean(x, s);
    double chi2 = 0;
    for (int k = 0; k < x.length; k++) {
      chi2 += (x[k] - m) * (x[k] - m) / (s[k] * s[k]);
    }
    return chi2;
  }

  private static double mean(double[] x, double[] s) {
    double a = 0, w = 0;
    for (int k = 0; k < x.length; k++) {
      a += x[k] / (s[k] * s[k]);
      w += 1 / (s[k] * s[k]);
    }
    return a / w;
  }
}
