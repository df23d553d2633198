package org.vfit.fit.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Fixtures;
import org.vfit.fit.analysis.Model;
import org.vfit.likelihood.Hypothesis;

/**
 * Matrix elements from a fit of the synthetic ν and ν̄ measurements: the element variables round
 * trip through the apparent parameters, and a fit in element variables measures the same errors as
 * the Jacobian propagation (at a minimum the Hessian transforms with the Jacobian alone, so the two
 * agree up to HESSE's finite differences).
 */
class MatrixElementFitTest {

  private static final FitOptions OPTIONS = FitOptions.defaults().withMinos(false);

  private static final Model H1 = Fixtures.model(Hypothesis.h1SharedTheta13());
  private static final FitResult FIT = Fitter.fit(H1, OPTIONS);

  @Test
  void elementVariablesRoundTripThroughTheApparentParametersToTenDigits() {
    MatrixElementFit.ElementMap map = new MatrixElementFit.ElementMap(H1, FIT.globalValues());
    double[] x = FIT.globalValues();
    // Away from the start too: Newton's method must find the point, not return its start.
    double[] shifted = x.clone();
    shifted[map.nuDm] *= 1.05;
    shifted[map.barS12] *= 0.97;
    for (double[] p : new double[][] {x, shifted}) {
      double[] back = map.toGlobal(map.toElements(p));
      for (int i = 0; i < p.length; i++) {
        assertEquals(p[i], back[i], 1e-10 * Math.max(1, Math.abs(p[i])), "entry " + i);
      }
    }
  }

  @Test
  void aFitInElementVariablesHasTheJacobianErrors() {
    MatrixElementFit.Result r =
        MatrixElementFit.run(H1, FIT, OPTIONS, MatrixElementFit.FixedShifts.nominal(), true);
    MatrixElementFit.DirectCheck d = r.direct();
    assertTrue(d.valid());
    // The same minimum in other variables.
    assertEquals(d.chi2AngleFit(), d.chi2(), 1e-4);
    for (int i = 0; i < 4; i++) {
      // MIGRAD stops within ~0.02σ of the minimum (EDM goal 2e-5).
      assertEquals(d.jacobianValues()[i], d.values()[i], 0.05 * d.jacobianErrors()[i]);
    }
    // HESSE's numerical second derivatives carry ~1e-3 relative; 1 % is a wide margin.
    assertTrue(d.maxRelativeErrorDeviation() < 0.01, "deviation " + d.maxRelativeErrorDeviation());
  }

  @Test
  void theDifferenceOfTheMatricesFollowsTheDifferenceOfTheParameters() {
    MatrixElementFit.Result r =
        MatrixElementFit.run(H1, FIT, OPTIONS, MatrixElementFit.FixedShifts.nominal(), false);
    // A_ν̄ − A_ν*, diagonal: the ν̄ offset minus the ν offset (conjugation leaves the diagonal).
    assertEquals(
        r.nubar().get(0).value() - r.nu().get(0).value(), r.difference().get(0).value(), 1e-12);
    // The ν data are ~1.4 × 1e-5 eV² below the ν̄ data in Δm²21 (fixture), so the e-row elements
    // differ by several of their errors: the data set them.
    assertTrue(r.difference().get(0).setByData());
    // The μτ block moves with Δm²31 and θ23 far more than with the fitted solar parameters.
    assertTrue(!r.nu().get(13).setByData(), r.nu().get(13).toString());
  }

  @Test
  void oneSectorAloneHasNoMatrixDifference() {
    Model h0 = Fixtures.model(Hypothesis.h0());
    FitResult f = Fitter.fit(h0, OPTIONS);
    assertThrows(
        IllegalArgumentException.class,
        () -> MatrixElementFit.run(h0, f, OPTIONS, MatrixElementFit.FixedShifts.nominal(), false));
  }
}
