package org.vfit.datasets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CholeskyTest {

  @Test
  void factorOfAHandWorkedMatrix() {
    // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]] (by hand: 2·2 = 4, 2·1 = 2, 1 + 2 = 3).
    double[] a = {4, 2, 2, 3};
    double[] l = new double[4];
    assertEquals(-1, Cholesky.factor(a, 2, l));
    assertEquals(2.0, l[0], 0.0);
    assertEquals(1.0, l[2], 0.0);
    // one rounding in the square root
    assertEquals(Math.sqrt(2), l[3], 1e-15);
    assertEquals(0.0, l[1], 0.0, "upper triangle untouched");
  }

  @Test
  void inPlaceFactorEqualsTheSeparateOne() {
    double[] a = {9, 3, 1, 3, 5, 2, 1, 2, 6};
    double[] l = new double[9];
    Cholesky.factor(a, 3, l);
    double[] inPlace = a.clone();
    Cholesky.factor(inPlace, 3, inPlace);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j <= i; j++) {
        assertEquals(l[i * 3 + j], inPlace[i * 3 + j], 0.0);
      }
    }
  }

  @Test
  void inverseOfACorrelationMatrixIsTheClosedForm() {
    // [[1, ρ], [ρ, 1]]⁻¹ = [[1, −ρ], [−ρ, 1]] / (1 − ρ²).
    double rho = -0.63;
    double[] l = {1, rho, rho, 1};
    Cholesky.factor(l, 2, l);
    double[][] inv = Cholesky.inverse(l, 2);
    double d = 1 - rho * rho;
    // a few roundings on entries of order 2.5
    assertEquals(1 / d, inv[0][0], 1e-14);
    assertEquals(-rho / d, inv[0][1], 1e-14);
    assertEquals(-rho / d, inv[1][0], 0.0, "symmetric by construction");
    assertEquals(1 / d, inv[1][1], 1e-14);
  }

  @Test
  void inverseTimesMatrixIsTheIdentity() {
    double[][] a = {{4, 1, 0.5, 0}, {1, 3, 0.2, 0.1}, {0.5, 0.2, 2, 0.3}, {0, 0.1, 0.3, 1}};
    double[] l = flat(a);
    Cholesky.factor(l, 4, l);
    double[][] inv = Cholesky.inverse(l, 4);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double s = 0;
        for (int k = 0; k < 4; k++) {
          s += a[i][k] * inv[k][j];
        }
        // condition number ≈ 6: round-off of order 10 ε
        assertEquals(i == j ? 1 : 0, s, 1e-14, "(" + i + "," + j + ")");
      }
    }
  }

  @Test
  void quadraticFormIsTheDiagonalSumForADiagonalMatrix() {
    double[] l = {4, 0, 0, 0, 25, 0, 0, 0, 0.01};
    Cholesky.factor(l, 3, l);
    double[] r = {2, -5, 0.3};
    // 2²/4 + 5²/25 + 0.3²/0.01 = 1 + 1 + 9
    assertEquals(11.0, Cholesky.inverseQuadraticForm(l, 3, r), 1e-13);
  }

  @Test
  void theFirstNonPositivePivotIsNamed() {
    // Correlation 1 between the first two: the second pivot is 1 − 1 = 0.
    double[] a = {1, 1, 0, 1, 1, 0, 0, 0, 1};
    assertEquals(1, Cholesky.factor(a, 3, new double[9]));
    assertEquals(0, Cholesky.factor(new double[] {-1}, 1, new double[1]));
  }

  private static double[] flat(double[][] a) {
    int n = a.length;
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, out, i * n, n);
    }
    return out;
  }
}
