package org.vfit.reports.result;

import java.util.List;

/**
 * Covariance matrix of the free parameters of a fit.
 *
 * @param parameters names, in the order of the matrix rows and columns
 * @param matrix rows of the symmetric matrix, in the parameters' units squared
 */
public record Covariance(List<String> parameters, List<List<Double>> matrix) {
  /**
   * Symmetry is checked to 1e-9 of sqrt(C_ii C_jj): a numerical Hessian inverted by the fit is
   * symmetric to rounding, while a transposed or mislabelled matrix misses by far more.
   */
  private static final double SYMMETRY_TOLERANCE = 1e-9;

  public Covariance {
    parameters = Checks.list("parameters", parameters);
    int n = parameters.size();
    matrix = Checks.finiteMatrix("matrix", matrix, n, n);
    for (int i = 0; i < n; i++) {
      Checks.nonNegative("matrix/" + i + "/" + i, matrix.get(i).get(i));
      for (int j = 0; j < i; j++) {
        double a = matrix.get(i).get(j);
        double b = matrix.get(j).get(i);
        double scale = Math.sqrt(matrix.get(i).get(i) * matrix.get(j).get(j));
        if (Math.abs(a - b) > SYMMETRY_TOLERANCE * scale) {
          throw new InvalidFieldException(
              "matrix/" + i + "/" + j,
              "covariance must be symmetric: " + a + " differs from its transpose " + b);
        }
      }
    }
  }

  /** Element (i, j). */
  public double element(int i, int j) {
    return matrix.get(i).get(j);
  }
}
