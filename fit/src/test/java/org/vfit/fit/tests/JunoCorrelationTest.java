package org.vfit.fit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Matrix;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.analysis.TermSource;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.constraint.GaussianConstraintTerm;
import org.vfit.oscillation.MixingParameters;

/**
 * JUNO 2025 enters as a Gaussian in (sin²θ₁₂, Δm²₂₁) whose correlation ρ is not published in any
 * source read; the bundled file assumes ρ = 0. A Fisher estimate on a JUNO-like Asimov spectrum
 * puts it between 0 (rate free) and −0.18 (2 % rate prior). This measures what ρ = ±0.2 does to the
 * reactor-side fit (KamLAND 2011 + JUNO + Daya Bay θ₁₃) and requires it to stay below 0.2 of the
 * fit's own errors: then the assumption does not move the answer.
 */
class JunoCorrelationTest {

  static final MixingParameters REFERENCE =
      MixingParameters.ofSin2(7.42e-5, 2.51e-3, 0.307, 0.0222, 0.47, Math.toRadians(212));

  static GaussianConstraint withCorrelation(GaussianConstraint j, double rho) {
    return new GaussianConstraint(
        j.meta(),
        j.sector(),
        j.massOrdering(),
        j.parameters(),
        Matrix.of(new double[][] {{1, rho}, {rho, 1}}),
        j.baselineKm(),
        j.baselines());
  }

  @Test
  void correlationAssumptionMovesTheReactorFitLittle() {
    GaussianConstraint juno = Datasets.load("juno-2025", GaussianConstraint.class);
    List<SectorParameters> fits = new ArrayList<>();
    double[] rhos = {-0.2, 0.0, 0.2};
    for (double rho : rhos) {
      List<LikelihoodTerm> terms =
          List.of(
              Likelihoods.term("kamland-2011"),
              new GaussianConstraintTerm(withCorrelation(juno, rho)),
              Likelihoods.term("daya-bay-theta13"));
      Model m = Model.of(TermSource.of(terms), Hypothesis.h0(), REFERENCE);
      FitResult f = Fitter.fit(m, FitOptions.defaults().withPrescan(4).withMinos(false));
      assertTrue(f.isValid(), f.problems().toString());
      SectorParameters s = f.sector(Sector.NUBAR);
      fits.add(s);
      System.out.printf(
          Locale.ROOT,
          "JUNO rho = %+.1f: dm21 = %.4f +- %.4f e-5 eV^2, sin2theta12 = %.4f +- %.4f, chi2 = %.3f%n",
          rho,
          s.dm21().value() * 1e5,
          s.dm21().error() * 1e5,
          s.sin2Theta12().value(),
          s.sin2Theta12().error(),
          f.chi2());
    }
    SectorParameters zero = fits.get(1);
    for (int k : new int[] {0, 2}) {
      SectorParameters s = fits.get(k);
      assertEquals(
          zero.dm21().value(), s.dm21().value(), 0.2 * zero.dm21().error(), "dm21, rho " + rhos[k]);
      assertEquals(
          zero.sin2Theta12().value(),
          s.sin2Theta12().value(),
          0.2 * zero.sin2Theta12().error(),
          "sin2theta12, rho " + rhos[k]);
    }
  }
}
