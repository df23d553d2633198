package org.vfit.fit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.Fixtures;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.OscillationParameter;

/**
 * The 1-dof tests on Gaussian measurements, where they have a closed form: with H1 freeing every
 * parameter, holding one difference at zero and profiling the rest costs (b − a)²/(C_ν + C_ν̄) in
 * that parameter alone (a linear constraint on a Gaussian: Δχ² = (contrast)²/Var(contrast), the
 * other parameters absorbing nothing because the two measurements are independent).
 */
class DifferenceTestTest {

  /** Both fits stop within 10 × EDM goal = 2e-4 of their minima; 1e-3 covers the two together. */
  private static final double CHI2_TOLERANCE = 1e-3;

  private static final FitOptions OPTIONS = FitOptions.defaults().withMinos(false);

  private static PgResult allSeparate() {
    return ParameterGoodnessOfFit.test(
        org.vfit.fit.analysis.TermSource.of(Fixtures.both()),
        Fixtures.reference(),
        Hypothesis.h1AllSeparate(),
        OPTIONS);
  }

  @Test
  void deltaDm21AtZeroCostsTheSquaredContrastOverItsVariance() {
    PgResult pg = allSeparate();
    double[] a = Fixtures.nu().centre();
    double[] b = Fixtures.nubar().centre();
    double var =
        Fixtures.nu().effectiveCovariance()[0][0] + Fixtures.nubar().effectiveCovariance()[0][0];
    double expected = (b[0] - a[0]) * (b[0] - a[0]) / var;
    DifferenceTest d = DifferenceTest.of(pg, OscillationParameter.DM21, OPTIONS);
    assertTrue(d.isValid(), d.problems().toString());
    assertEquals(expected, d.deltaChi2(), CHI2_TOLERANCE);
    assertEquals(Math.sqrt(d.deltaChi2()), d.sigma(), 1e-12);
    // χ²(1): p = erfc(√(Δχ²/2)), the two-sided Gaussian tail of σ = √Δχ².
    assertEquals(
        org.apache.commons.math3.special.Erf.erfc(d.sigma() / Math.sqrt(2)), d.pValue(), 1e-12);
    // One of the two parameters the 2- or 3-dof χ²_PG ties: never more than χ²_PG.
    assertTrue(d.deltaChi2() <= pg.chi2() + CHI2_TOLERANCE);
  }

  @Test
  void deltaSin2Theta12AtZeroLikewise() {
    PgResult pg = allSeparate();
    double[] a = Fixtures.nu().centre();
    double[] b = Fixtures.nubar().centre();
    double var =
        Fixtures.nu().effectiveCovariance()[1][1] + Fixtures.nubar().effectiveCovariance()[1][1];
    DifferenceTest d = DifferenceTest.of(pg, OscillationParameter.SIN2_THETA12, OPTIONS);
    assertTrue(d.isValid(), d.problems().toString());
    assertEquals((b[1] - a[1]) * (b[1] - a[1]) / var, d.deltaChi2(), CHI2_TOLERANCE);
  }

  @Test
  void theFitAtZeroReallyHoldsTheDifferenceAtZero() {
    PgResult pg = allSeparate();
    DifferenceTest d = DifferenceTest.of(pg, OscillationParameter.DM21, OPTIONS);
    var s = d.atZero().sectors();
    // Exactly equal: δ is a fixed fit variable at 0, and ν̄ = ν + δ.
    assertEquals(
        s.get(org.vfit.likelihood.Sector.NU).dm21().value(),
        s.get(org.vfit.likelihood.Sector.NUBAR).dm21().value(),
        0.0);
  }
}
