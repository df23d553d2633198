package org.vfit.datasets.model;

/** The sign convention of a day–night asymmetry. */
public enum AsymmetryConvention implements Term {
  /** A = 2(D − N)/(D + N): Super-K's A_DN (negative when the Earth regenerates ν_e). */
  DAY_MINUS_NIGHT("day-minus-night"),
  /** A = 2(N − D)/(N + D): SNO's A_ee and Borexino's A_dn. */
  NIGHT_MINUS_DAY("night-minus-day");

  private final String id;

  AsymmetryConvention(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
