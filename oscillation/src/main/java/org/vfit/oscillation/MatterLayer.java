package org.vfit.oscillation;

/**
 * A slab of constant electron density along the path.
 *
 * @param lengthKm thickness along the path, km (≥ 0)
 * @param electronDensity n_e / N_A in mol/cm³, i.e. Y_e·ρ with ρ in g/cm³ (≥ 0)
 */
public record MatterLayer(double lengthKm, double electronDensity) {
  public MatterLayer {
    if (!(lengthKm >= 0) || !Double.isFinite(lengthKm)) {
      throw new IllegalArgumentException(
          "layer length must be a finite number >= 0 km, got " + lengthKm);
    }
    if (!(electronDensity >= 0) || !Double.isFinite(electronDensity)) {
      throw new IllegalArgumentException(
          "electron density must be a finite number >= 0 mol/cm^3, got " + electronDensity);
    }
  }

  /** A layer of density ρ (g/cm³) and electron fraction Y_e. */
  public static MatterLayer of(double lengthKm, double densityGcm3, double electronFraction) {
    if (!(densityGcm3 >= 0) || !Double.isFinite(densityGcm3)) {
      throw new IllegalArgumentException(
          "density must be a finite number >= 0 g/cm^3, got " + densityGcm3);
    }
    if (!(electronFraction >= 0 && electronFraction <= 1)) {
      throw new IllegalArgumentException(
          "electron fraction Y_e must lie in [0, 1], got " + electronFraction);
    }
    return new MatterLayer(lengthKm, densityGcm3 * electronFraction);
  }

  /** V_CC in eV for this layer. */
  public double potentialEV() {
    return PhysicalConstants.MATTER_POTENTIAL_EV_PER_MOL_CM3 * electronDensity;
  }
}
