package org.vfit.oscillation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HermitianEigen3Test {

  /** max |H v − λ v| / max|λ| and max |v_i† v_j − δ_ij| for the decomposition of H. */
  private static double[] residuals(double[] h, HermitianEigen3 eig) {
    double scale = 0;
    for (int k = 0; k < 3; k++) scale = Math.max(scale, Math.abs(eig.value(k)));
    scale = Math.max(scale, 1e-300);
    double res = 0, orth = 0;
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < 3; i++) {
        double sr = 0, si = 0;
        for (int j = 0; j < 3; j++) {
          double hr = h[2 * (3 * i + j)], hi = h[2 * (3 * i + j) + 1];
          double vr = eig.vecRe[3 * k + j], vi = eig.vecIm[3 * k + j];
          sr += hr * vr - hi * vi;
          si += hr * vi + hi * vr;
        }
        sr -= eig.value(k) * eig.vecRe[3 * k + i];
        si -= eig.value(k) * eig.vecIm[3 * k + i];
        res = Math.max(res, Math.hypot(sr, si) / scale);
      }
      for (int l = 0; l < 3; l++) {
        double dr = 0, di = 0;
        for (int j = 0; j < 3; j++) {
          dr +=
              eig.vecRe[3 * k + j] * eig.vecRe[3 * l + j]
                  + eig.vecIm[3 * k + j] * eig.vecIm[3 * l + j];
          di +=
              eig.vecRe[3 * k + j] * eig.vecIm[3 * l + j]
                  - eig.vecIm[3 * k + j] * eig.vecRe[3 * l + j];
        }
        orth = Math.max(orth, Math.hypot(dr - (k == l ? 1 : 0), di));
      }
    }
    return new double[] {res, orth};
  }

  /** Interleaved (re, im) row-major Hermitian matrix from diagonal and upper off-diagonals. */
  private static double[] hermitian(
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er,
      double ei,
      double fr,
      double fi) {
    return new double[] {a, 0, dr, di, er, ei, dr, -di, b, 0, fr, fi, er, -ei, fr, -fi, c, 0};
  }

  private static HermitianEigen3 decompose(double[] h) {
    HermitianEigen3 eig = new HermitianEigen3();
    eig.decompose(h[0], h[8], h[16], h[2], h[3], h[4], h[5], h[10], h[11]);
    return eig;
  }

  @Test
  void randomHermitianMatricesAreDiagonalisedToRounding() {
    SplittableRandom rng = new SplittableRandom(20261125L);
    double worstRes = 0, worstOrth = 0;
    for (int n = 0; n < 20000; n++) {
      double[] h =
          hermitian(
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1),
              rng.nextDouble(-1, 1));
      double[] r = residuals(h, decompose(h));
      worstRes = Math.max(worstRes, r[0]);
      worstOrth = Math.max(worstOrth, r[1]);
    }
    // Backward-stable solver: residuals a few hundred ulps of the largest eigenvalue at worst.
    assertTrue(worstRes < 1e-13, "worst residual " + worstRes);
    assertTrue(worstOrth < 1e-14, "worst orthonormality defect " + worstOrth);
  }

  @Test
  void exactAndNearDegeneraciesKeepOrthonormalEigenvectors() {
    double[][] cases = {
      hermitian(1, 1, 1, 0, 0, 0, 0, 0, 0), // multiple of identity
      hermitian(1, 1, 2, 0, 0, 0, 0, 0, 0), // exact double eigenvalue
      hermitian(1, 1 + 1e-13, 2, 1e-14, 0, 0, 0, 0, 0), // near-double
      hermitian(0, 1e-9, 1, 3e-10, 2e-10, 1e-3, -2e-3, 0.1, 0.05), // Δm²21/Δm²31-like spread
      hermitian(5, 5, 5, 1e-12, 0, 0, 1e-12, 0, 0), // large trace, tiny splitting
    };
    for (double[] h : cases) {
      HermitianEigen3 eig = decompose(h);
      double[] r = residuals(h, eig);
      assertTrue(r[0] < 1e-13, "residual " + r[0]);
      assertTrue(r[1] < 1e-13, "orthonormality " + r[1]);
    }
  }

  @Test
  void eigenvaluesOfDiagonalMatrixAreItsEntriesInAscendingOrder() {
    HermitianEigen3 eig = decompose(hermitian(3, -1, 2, 0, 0, 0, 0, 0, 0));
    assertEquals(-1, eig.value(0), 1e-15);
    assertEquals(2, eig.value(1), 1e-15);
    assertEquals(3, eig.value(2), 1e-15);
  }

  @Test
  void closePairIsResolvedToRelativePrecisionOfThePairGap() {
    // Eigenvalues 0, 1e-8, 1 rotated by a fixed unitary: the pair gap must come out to ~1e-8
    // relative.
    MixingParameters p = MixingParameters.ofDegrees(2e-8, 2.0, 33, 8.5, 49, 195);
    PotentialMatrix a = p.toPotentialMatrix();
    double gap = a.eigenvalue(1) - a.eigenvalue(0);
    // Absolute rounding of the 2x2 step is ~1e-16 of the norm (~1): relative error ≲ 1e-16/1e-8.
    assertEquals(1e-8, gap, 1e-8 * 1e-6);
  }
}
