package org.vfit.datasets.model;

import java.util.Arrays;
import java.util.Optional;

/** An immutable dense matrix (row-major) with value equality. */
public final class Matrix {
  private final int rows;
  private final int cols;
  private final double[] data;

  private Matrix(int rows, int cols, double[] data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** Copies a rectangular array of rows; every row must have the same length. */
  public static Matrix of(double[][] rows) {
    int n = rows.length;
    int m = n == 0 ? 0 : rows[0].length;
    double[] d = new double[n * m];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != m) {
        throw new IllegalArgumentException(
            "row " + i + " has " + rows[i].length + " columns, row 0 has " + m);
      }
      System.arraycopy(rows[i], 0, d, i * m, m);
    }
    return new Matrix(n, m, d);
  }

  public static Matrix identity(int n) {
    double[] d = new double[n * n];
    for (int i = 0; i < n; i++) {
      d[i * n + i] = 1;
    }
    return new Matrix(n, n, d);
  }

  /** Covariance σ_i σ_j ρ_ij from this correlation matrix and the standard deviations. */
  public Matrix scaledBy(Values sigma) {
    if (!isSquare() || sigma.size() != rows) {
      throw new IllegalArgumentException(
          "need a square matrix and one sigma per row, got "
              + rows
              + "x"
              + cols
              + " and "
              + sigma.size());
    }
    double[] d = new double[rows * rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rows; j++) {
        d[i * rows + j] = data[i * rows + j] * sigma.get(i) * sigma.get(j);
      }
    }
    return new Matrix(rows, rows, d);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public boolean isSquare() {
    return rows == cols;
  }

  public double get(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + rows + "x" + cols);
    }
    return data[i * cols + j];
  }

  public Values row(int i) {
    return Values.of(Arrays.copyOfRange(data, i * cols, (i + 1) * cols));
  }

  public double[][] toArray() {
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }
    return out;
  }

  /**
   * The lower-triangular Cholesky factor L with L Lᵀ = this, or empty when the matrix is not
   * symmetric positive definite (a pivot ≤ 0). Symmetry is assumed: only the lower triangle is
   * read.
   */
  public Optional<Matrix> cholesky() {
    return Optional.ofNullable(choleskyOrNull());
  }

  /**
   * The index of the first non-positive pivot of the Cholesky decomposition, or -1 when the matrix
   * is positive definite. Used to say where a correlation matrix fails.
   */
  public int firstNonPositivePivot() {
    double[] l = new double[rows * rows];
    return decompose(l);
  }

  private Matrix choleskyOrNull() {
    if (!isSquare()) {
      return null;
    }
    double[] l = new double[rows * rows];
    return decompose(l) < 0 ? new Matrix(rows, rows, l) : null;
  }

  private int decompose(double[] l) {
    if (!isSquare()) {
      throw new IllegalStateException("not square: " + rows + "x" + cols);
    }
    return Cholesky.factor(data, rows, l);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return rows + "x" + cols + " matrix";
  }
}
