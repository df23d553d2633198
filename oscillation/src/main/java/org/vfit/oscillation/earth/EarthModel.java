package org.vfit.oscillation.earth;

import java.util.ArrayList;
import java.util.List;
import org.vfit.oscillation.PhysicalConstants;
import org.vfit.oscillation.io.NumericTable;

/**
 * A spherically symmetric Earth: shells with polynomial density ρ(x) = a₀ + a₁x + a₂x² + a₃x³, x =
 * r/R⊕, and an electron fraction each. Bundled: PREM (Dziewonski & Anderson 1981) with Y_e = 0.4656
 * in the core and 0.4957 in mantle and crust. Immutable.
 */
public final class EarthModel {
  /**
   * One shell.
   *
   * @param name label
   * @param innerKm inner radius, km
   * @param outerKm outer radius, km
   * @param coefficients a₀..a₃ of ρ(x) in g/cm³
   * @param electronFraction Y_e
   */
  public record Shell(
      String name, double innerKm, double outerKm, double[] coefficients, double electronFraction) {
    public Shell {
      if (!(outerKm > innerKm) || innerKm < 0) {
        throw new IllegalArgumentException("shell " + name + ": need 0 <= inner < outer radius");
      }
      if (coefficients.length != 4) {
        throw new IllegalArgumentException("shell " + name + ": need 4 polynomial coefficients");
      }
      if (!(electronFraction > 0 && electronFraction <= 1)) {
        throw new IllegalArgumentException("shell " + name + ": Y_e must lie in (0, 1]");
      }
      coefficients = coefficients.clone();
    }

    /** ρ at radius r (km) in g/cm³. */
    public double density(double rKm) {
      double x = rKm / PhysicalConstants.EARTH_RADIUS_KM;
      return coefficients[0] + x * (coefficients[1] + x * (coefficients[2] + x * coefficients[3]));
    }
  }

  private final String name;
  private final List<Shell> shells;

  /** Shells from the centre outwards, contiguous, reaching R⊕. */
  public EarthModel(String name, List<Shell> shells) {
    this.name = name;
    this.shells = List.copyOf(shells);
    double r = 0;
    for (Shell s : this.shells) {
      if (Math.abs(s.innerKm() - r) > 1e-9) {
        throw new IllegalArgumentException(
            "earth model "
                + name
                + ": shells must be contiguous from the centre (gap at "
                + r
                + " km)");
      }
      r = s.outerKm();
    }
    if (Math.abs(r - PhysicalConstants.EARTH_RADIUS_KM) > 1e-6) {
      throw new IllegalArgumentException(
          "earth model "
              + name
              + ": outermost shell must end at "
              + PhysicalConstants.EARTH_RADIUS_KM
              + " km");
    }
  }

  private static EarthModel prem;

  /** PREM as published (with its 3 km ocean layer). */
  public static synchronized EarthModel prem() {
    if (prem == null) {
      NumericTable t = NumericTable.resource(EarthModel.class, "prem.csv", true);
      List<Shell> shells = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        double[] v = t.row(i); // r_inner, r_outer, a0..a3, ye
        shells.add(new Shell(t.label(i), v[0], v[1], new double[] {v[2], v[3], v[4], v[5]}, v[6]));
      }
      prem = new EarthModel("PREM", shells);
    }
    return prem;
  }

  /**
   * PREM with the 3 km ocean replaced by upper-crust rock (2.6 g/cm³): the continental setting of
   * Kamioka and Sudbury. The difference matters only for chords grazing the surface.
   */
  public static EarthModel premContinental() {
    List<Shell> s = new ArrayList<>(prem().shells);
    Shell ocean = s.remove(s.size() - 1);
    Shell crust = s.remove(s.size() - 1);
    s.add(
        new Shell(
            crust.name(),
            crust.innerKm(),
            ocean.outerKm(),
            crust.coefficients(),
            crust.electronFraction()));
    return new EarthModel("PREM (continental crust)", s);
  }

  public String name() {
    return name;
  }

  public List<Shell> shells() {
    return shells;
  }

  /** ρ(r) in g/cm³ (0 outside the Earth). */
  public double density(double rKm) {
    Shell s = shellAt(rKm);
    return s == null ? 0.0 : s.density(rKm);
  }

  /** n_e/N_A = Y_e ρ in mol/cm³ at radius r. */
  public double electronDensity(double rKm) {
    Shell s = shellAt(rKm);
    return s == null ? 0.0 : s.electronFraction() * s.density(rKm);
  }

  private Shell shellAt(double rKm) {
    for (Shell s : shells) {
      if (rKm < s.outerKm()) {
        return s;
      }
    }
    return rKm <= PhysicalConstants.EARTH_RADIUS_KM ? shells.get(shells.size() - 1) : null;
  }
}
