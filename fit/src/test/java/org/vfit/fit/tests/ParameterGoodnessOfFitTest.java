package org.vfit.fit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Fixtures;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.testing.Linear;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Likelihoods;
import org.vfit.oscillation.MixingParameters;

/**
 * χ²_PG on Gaussian measurements, where it has a closed form: with H0 tying everything and H1
 * freeing everything it is the Mahalanobis distance² of the two centres under C_ν + C_ν̄
 * (Maltoni–Schwetz, PRD 68, 033020, eq. 14 for Gaussian data); with θ₁₃ still shared under H1 the
 * part of that distance carried by θ₁₃ alone, Δ₃²/(C_ν,33 + C_ν̄,33), stays in H1's χ².
 */
class ParameterGoodnessOfFitTest {

  /**
   * Each minimisation stops within 10 × EDM goal = 2e-4 of its minimum in the worst accepted case;
   * on these quadratics far closer. 1e-3 on χ²_PG allows both fits' worst case.
   */
  private static final double CHI2_TOLERANCE = 1e-3;

  private static final FitOptions OPTIONS = FitOptions.defaults().withMinos(false);

  @Test
  void allSeparateGivesTheMahalanobisDistanceWithThreeDof() {
    PgResult pg =
        ParameterGoodnessOfFit.test(
            TermSource.of(Fixtures.both()),
            Fixtures.reference(),
            Hypothesis.h1AllSeparate(),
            OPTIONS);
    double[] d = Linear.minus(Fixtures.nu().centre(), Fixtures.nubar().centre());
    double[][] sum =
        Linear.add(Fixtures.nu().effectiveCovariance(), Fixtures.nubar().effectiveCovariance());
    double expected = Linear.mahalanobis2(d, sum);
    assertTrue(pg.isValid(), pg.problems().toString());
    assertEquals(3, pg.dof());
    assertEquals(expected, pg.chi2(), CHI2_TOLERANCE);
    // H1 fits each centre exactly.
    assertEquals(0.0, pg.h1().chi2(), CHI2_TOLERANCE);
    // Closed form of the χ²(3) tail, and σ from p by the two-sided convention.
    double x = pg.chi2();
    double p =
        org.apache.commons.math3.special.Erf.erfc(Math.sqrt(x / 2))
            + Math.sqrt(2 * x / Math.PI) * Math.exp(-x / 2);
    assertEquals(p, pg.pValue(), 1e-12 * p);
    assertEquals(
        pg.pValue(),
        org.apache.commons.math3.special.Erf.erfc(pg.sigma() / Math.sqrt(2)),
        1e-10 * p);
  }

  @Test
  void sharedTheta13LeavesTheTheta13PartInH1WithTwoDof() {
    PgResult pg =
        ParameterGoodnessOfFit.test(
            TermSource.of(Fixtures.both()),
            Fixtures.reference(),
            Hypothesis.h1SharedTheta13(),
            OPTIONS);
    double[] d = Linear.minus(Fixtures.nu().centre(), Fixtures.nubar().centre());
    double[][] sum =
        Linear.add(Fixtures.nu().effectiveCovariance(), Fixtures.nubar().effectiveCovariance());
    double theta13Part = d[2] * d[2] / sum[2][2];
    assertTrue(pg.isValid(), pg.problems().toString());
    assertEquals(2, pg.dof());
    assertEquals(Linear.mahalanobis2(d, sum) - theta13Part, pg.chi2(), CHI2_TOLERANCE);
    assertEquals(theta13Part, pg.h1().chi2(), CHI2_TOLERANCE);
    // χ²(2): p = e^{−x/2} exactly.
    assertEquals(Math.exp(-pg.chi2() / 2), pg.pValue(), 1e-12 * pg.pValue());
    // The offsets were chosen to be a few σ: a sanity check that the fixture is what it claims.
    assertTrue(pg.sigma() > 2 && pg.sigma() < 5, "sigma " + pg.sigma());
  }

  @Test
  void h1StartsFromTheH0MinimumSoItNeverEndsAboveIt() {
    // Two-island data: both measurements have their minimum in the deep island at 15e-5 eV², and
    // the reference start sits in the shallow island near 2e-5. H1 fitted from that start alone
    // stays in the shallow island and ends above H0 (χ²_PG < 0); the test starts H1 at H0's
    // minimum.
    Model h0 =
        Model.of(
            TermSource.of(
                List.of(
                    Islands.of(org.vfit.likelihood.Sector.NU, 0.31),
                    Islands.of(org.vfit.likelihood.Sector.NUBAR, 0.29))),
            Hypothesis.h0(),
            MixingParameters.ofSin2(2.0e-5, 2.5e-3, 0.3, 0.022, 0.5, 0));
    Model h1 = h0.withHypothesis(Hypothesis.h1SharedTheta13());
    FitOptions single = OPTIONS.withMultiStart(false);
    FitResult h0Fit = Fitter.fit(h0, OPTIONS);
    FitResult naive = Fitter.fit(h1, single);
    assertTrue(
        naive.chi2() > h0Fit.chi2() + 1,
        "the naive H1 fit is stuck: " + naive.chi2() + " vs " + h0Fit.chi2());
    PgResult pg = ParameterGoodnessOfFit.test(h0, h1, single);
    assertTrue(pg.isValid(), pg.problems().toString());
    assertTrue(pg.chi2() >= -CHI2_TOLERANCE, "chi2_PG " + pg.chi2());
    // The two measurements differ only in sin²θ₁₂ (0.31 vs 0.29, σ = 0.01 each): χ²_PG =
    // 0.02²/0.0002 = 2.
    assertEquals(2.0, pg.chi2(), CHI2_TOLERANCE);
  }

  @Test
  void oneSectorAloneHasNoTest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ParameterGoodnessOfFit.test(
                    TermSource.of(Likelihoods.terms(List.of("juno-2025", "daya-bay-theta13"))),
                    Fixtures.reference(),
                    Hypothesis.h1SharedTheta13(),
                    OPTIONS));
    assertTrue(e.getMessage().contains("both sectors"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"));
  }
}
