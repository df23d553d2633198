package org.vfit.oscillation;

/**
 * Physical constants and the unit conversions built from them, in one place (docs/design.md §2,
 * §4).
 *
 * <p>Inside the propagation kernels a Hamiltonian is expressed in eV²/MeV (that is A[eV²]/E[MeV]),
 * lengths in km. The two conversions that matter are derived here from CODATA/PDG values rather
 * than typed as rounded numbers: the phase per (eV²/MeV · km) and the charged-current potential per
 * unit electron density.
 */
public final class PhysicalConstants {
  private PhysicalConstants() {}

  /** Fermi constant G_F/(ħc)³ in GeV⁻² (PDG 2024, CODATA 2018: 1.1663788(6)×10⁻⁵). */
  public static final double FERMI_CONSTANT_GEV2 = 1.1663788e-5;

  /** Avogadro constant in mol⁻¹ (exact in the 2019 SI). */
  public static final double AVOGADRO = 6.02214076e23;

  /** ħc in eV·m (CODATA 2018, exact to the digits given). */
  public static final double HBAR_C_EV_M = 1.973269804e-7;

  /** Speed of light in cm/s (exact). */
  public static final double SPEED_OF_LIGHT_CM_S = 2.99792458e10;

  /** Earth's mean radius in km (the PREM reference radius). */
  public static final double EARTH_RADIUS_KM = 6371.0;

  /** Solar radius in km (IAU 2015 nominal). */
  public static final double SUN_RADIUS_KM = 6.957e5;

  /**
   * Phase accumulated per unit of (Hamiltonian in eV²/MeV) × (length in km): 1 eV²/MeV = 10⁻⁶ eV,
   * and a phase is E·L/(ħc), so 10⁻⁶ · 10³ m / ħc[eV·m] = 5067.73 km⁻¹. With H = Δm²/(2E) this
   * gives Δm²L/(4E) = 1.2669327 Δm²[eV²] L[m]/E[MeV] (docs/design.md §4).
   */
  public static final double PHASE_PER_EV2_PER_MEV_KM = 1.0e-3 / HBAR_C_EV_M;

  /**
   * V_CC = √2 G_F n_e in eV for n_e = 1 N_A cm⁻³ (that is Y_e·ρ = 1 g/cm³): √2 · G_F[eV⁻²] ·
   * (ħc[eV·cm])³ · N_A = 7.6325×10⁻¹⁴ eV.
   */
  public static final double MATTER_POTENTIAL_EV_PER_MOL_CM3 =
      Math.sqrt(2.0) * FERMI_CONSTANT_GEV2 * 1.0e-18 * Math.pow(HBAR_C_EV_M * 100.0, 3) * AVOGADRO;

  /** The same potential in the kernels' unit eV²/MeV (1 eV = 10⁶ eV²/MeV). */
  public static final double MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3 =
      MATTER_POTENTIAL_EV_PER_MOL_CM3 * 1.0e6;

  /**
   * Vacuum oscillation phase Δm²L/(4E) for Δm² in eV², L in m and E in MeV. The coefficient is
   * 1.2669327 (from ħc); never the rounded 1.27.
   */
  public static double quarterPhase(double dm2EV2, double baselineM, double energyMeV) {
    return 0.25 * PHASE_PER_EV2_PER_MEV_KM * dm2EV2 * (baselineM * 1.0e-3) / energyMeV;
  }
}
