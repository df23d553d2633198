package org.vfit.datasets.model;

import java.util.Objects;

/**
 * A published Δχ² grid over two oscillation parameters, used through bilinear interpolation.
 *
 * @param xParameter and {@code yParameter}: names from {@link GaussianConstraint#PARAMETER_NAMES}
 * @param deltaChi2 one row per y value, one column per x value
 */
public record Chi2Table(
    Metadata meta,
    Sector sector,
    String xParameter,
    Values x,
    String yParameter,
    Values y,
    Matrix deltaChi2)
    implements Dataset {

  public Chi2Table {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(xParameter, "xParameter");
    Objects.requireNonNull(yParameter, "yParameter");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(deltaChi2, "deltaChi2");
    if (deltaChi2.rows() != y.size() || deltaChi2.cols() != x.size()) {
      throw new IllegalArgumentException(
          "grid is "
              + deltaChi2.rows()
              + "x"
              + deltaChi2.cols()
              + ", expected "
              + y.size()
              + "x"
              + x.size());
    }
  }

  public boolean contains(double xValue, double yValue) {
    return xValue >= x.first() && xValue <= x.last() && yValue >= y.first() && yValue <= y.last();
  }

  /**
   * Bilinear interpolation of Δχ² at (x, y); an {@link IllegalArgumentException} outside the grid
   * (the caller decides how to treat parameters the table does not cover).
   */
  public double interpolate(double xValue, double yValue) {
    int i = Interpolation.cell(x, xValue);
    int j = Interpolation.cell(y, yValue);
    double tx = (xValue - x.get(i)) / (x.get(i + 1) - x.get(i));
    double ty = (yValue - y.get(j)) / (y.get(j + 1) - y.get(j));
    double f00 = deltaChi2.get(j, i);
    double f10 = deltaChi2.get(j, i + 1);
    double f01 = deltaChi2.get(j + 1, i);
    double f11 = deltaChi2.get(j + 1, i + 1);
    return (1 - tx) * (1 - ty) * f00 + tx * (1 - ty) * f10 + (1 - tx) * ty * f01 + tx * ty * f11;
  }
}
