package org.vfit.oscillation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PotentialMatrixTest {

  private static double relDiff(double a, double b) {
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  private static double angleDiff(double a, double b) {
    double d = Math.abs(a - b) % (2 * Math.PI);
    return Math.min(d, 2 * Math.PI - d);
  }

  @Test
  void mixingRoundTripIsExactForBothOrderings() {
    SplittableRandom rng = new SplittableRandom(7);
    double worst = 0;
    for (int n = 0; n < 5000; n++) {
      // Physical region: |Δm²31/Δm²21| ≲ 600. The round trip cannot beat the floor
      // ε·|Δm²31|/Δm²21 (Δm²21 sits in the last digits of elements of size Δm²31); see the
      // extreme-ratio test below.
      double dm21 = Math.pow(10, rng.nextDouble(-5, -3.5));
      double dm31 = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, rng.nextDouble(-3.2, -2.2));
      MixingParameters p =
          new MixingParameters(
              dm21,
              dm31,
              rng.nextDouble(0.05, 1.5),
              rng.nextDouble(0.02, 0.6),
              rng.nextDouble(0.05, 1.5),
              rng.nextDouble(0, 2 * Math.PI));
      MixingParameters q = p.toPotentialMatrix().toMixing();
      worst = Math.max(worst, relDiff(p.dm21EV2(), q.dm21EV2()));
      worst = Math.max(worst, relDiff(p.dm31EV2(), q.dm31EV2()));
      worst = Math.max(worst, relDiff(p.theta12(), q.theta12()));
      worst = Math.max(worst, relDiff(p.theta13(), q.theta13()));
      worst = Math.max(worst, relDiff(p.theta23(), q.theta23()));
      worst = Math.max(worst, angleDiff(p.delta(), q.delta()) / Math.PI);
    }
    // docs/design.md §2: round trip exact to 1e-12 relative.
    assertTrue(worst < 1e-12, "worst relative round-trip error " + worst);
  }

  @Test
  void roundTripAtExtremeSplittingRatiosStaysAtTheRoundingFloor() {
    SplittableRandom rng = new SplittableRandom(8);
    for (int n = 0; n < 2000; n++) {
      double dm21 = Math.pow(10, rng.nextDouble(-8, -6));
      double dm31 = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, rng.nextDouble(-3.2, -2.2));
      MixingParameters p =
          new MixingParameters(
              dm21,
              dm31,
              rng.nextDouble(0.05, 1.5),
              rng.nextDouble(0.02, 0.6),
              rng.nextDouble(0.05, 1.5),
              rng.nextDouble(0, 2 * Math.PI));
      MixingParameters q = p.toPotentialMatrix().toMixing();
      // Floor: a few ulps of |Δm²31| relative to Δm²21, times ~1/θ12 for the small-angle case.
      double floor = 50 * Math.ulp(1.0) * Math.abs(dm31) / dm21 / Math.min(p.theta12(), 1);
      assertTrue(relDiff(p.dm21EV2(), q.dm21EV2()) < floor, "dm21 at " + p);
      assertTrue(relDiff(p.theta12(), q.theta12()) < floor, "theta12 at " + p);
    }
  }

  @Test
  void anyHermitianMatrixIsRebuiltFromItsApparentParameters() {
    SplittableRandom rng = new SplittableRandom(11);
    double worst = 0;
    for (int n = 0; n < 5000; n++) {
      double[] re = new double[9], im = new double[9];
      for (int a = 0; a < 3; a++) {
        for (int b = a; b < 3; b++) {
          double r = rng.nextDouble(-1e-3, 1e-3), i = a == b ? 0 : rng.nextDouble(-1e-3, 1e-3);
          re[3 * a + b] = r;
          im[3 * a + b] = i;
          re[3 * b + a] = r;
          im[3 * b + a] = -i;
        }
      }
      PotentialMatrix a = PotentialMatrix.of(re, im);
      PotentialMatrix back = PotentialMatrix.fromApparent(a.decompose());
      double scale = Math.max(Math.abs(a.eigenvalue(0)), Math.abs(a.eigenvalue(2)));
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          worst = Math.max(worst, Math.abs(a.re(i, j) - back.re(i, j)) / scale);
          worst = Math.max(worst, Math.abs(a.im(i, j) - back.im(i, j)) / scale);
        }
      }
    }
    // Relative to the matrix scale: random matrices include near-degenerate pairs where the
    // eigenvectors are ill-conditioned but the matrix itself must still come back.
    assertTrue(worst < 1e-12, "worst element error / scale " + worst);
  }

  @Test
  void eigenvaluesGiveTheMassSplittings() {
    MixingParameters p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
    PotentialMatrix a = p.toPotentialMatrix();
    // Δm²_ij = 2(a_i − a_j) (docs/design.md §1); here a = (0, Δm²21, Δm²31)/2 in ascending order.
    assertEquals(7.42e-5, 2 * (a.eigenvalue(1) - a.eigenvalue(0)), 1e-17);
    assertEquals(2.514e-3, 2 * (a.eigenvalue(2) - a.eigenvalue(0)), 1e-16);
    assertEquals((7.42e-5 + 2.514e-3) / 6, a.meanDiagonal(), 1e-17);
  }

  @Test
  void conjugateMatrixHasOppositeDelta() {
    MixingParameters p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
    MixingParameters q = p.toPotentialMatrix().conjugate().toMixing();
    assertEquals(2 * Math.PI - p.delta(), q.delta(), 1e-12);
    assertEquals(p.theta12(), q.theta12(), 1e-14);
  }

  @Test
  void invertedOrderingIsRecognisedFromTheIsolatedLowestEigenvalue() {
    MixingParameters p = MixingParameters.ofDegrees(7.42e-5, -2.423e-3, 33.45, 8.61, 49.3, 286);
    MixingParameters q = p.toPotentialMatrix().toMixing();
    assertEquals(MassOrdering.IO, q.ordering());
    assertEquals(-2.423e-3, q.dm31EV2(), 1e-15);
  }

  @Test
  void nonHermitianInputIsRejected() {
    double[] re = {1, 2, 0, 3, 1, 0, 0, 0, 1};
    double[] im = new double[9];
    assertThrows(IllegalArgumentException.class, () -> PotentialMatrix.of(re, im));
  }

  @Test
  void unphysicalAnglesAreRejectedWithTheParameterName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MixingParameters.ofSin2(7.5e-5, 2.5e-3, 1.2, 0.02, 0.5, 0));
    assertTrue(e.getMessage().contains("sin2theta12"), e.getMessage());
  }
}
