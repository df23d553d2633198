package org.vfit.fit.minuit;

import java.util.List;

/**
 * An immutable square matrix labelled by parameter names (covariance or correlation in external
 * units). Rows and columns of fixed parameters are zero.
 */
public final class NamedMatrix {

  private final List<String> names;
  private final double[][] values;

  NamedMatrix(List<String> names, double[][] values) {
    this.names = List.copyOf(names);
    this.values = Matrices.copy(values);
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  public double get(int i, int j) {
    return values[i][j];
  }

  public double get(String row, String column) {
    return values[index(row)][index(column)];
  }

  /** A copy of the elements. */
  public double[][] toArray() {
    return Matrices.copy(values);
  }

  private int index(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no parameter named '" + name + "' (have " + names + ")");
    }
    return i;
  }

  /**
   * The correlation matrix of this covariance matrix (zero rows stay zero, diagonal 1 elsewhere).
   */
  public NamedMatrix correlation() {
    int n = values.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = Math.sqrt(values[i][i] * values[j][j]);
        c[i][j] = d > 0 ? values[i][j] / d : 0.0;
      }
    }
    return new NamedMatrix(names, c);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      b.append(names.get(i)).append(':');
      for (double v : values[i]) {
        b.append(' ').append(v);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
