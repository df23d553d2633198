package org.vfit.likelihood.reactor;

import java.util.List;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.PhysicalConstants;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.Propagator;

/**
 * Reactor ν̄_e survival probability through a constant-density path (vacuum when the density is 0),
 * in the closed form the KamLAND prediction evaluates on its energy grid:
 *
 * <pre>
 *   P_ee = c₁₃⁴ [1 − sin²2θ_m sin²(Φ/2)] + s₁₃⁴,     Φ = (K/2) L ψ(1/E),
 *   ψ(u) = √((Δm²₂₁ cos2θ₁₂ u + β)² + (Δm²₂₁ sin2θ₁₂ u)²),   sin²2θ_m = (Δm²₂₁ sin2θ₁₂ u)² / ψ²,
 *   β = 2 V_CC c₁₃²  (ν̄: H = A/E − V_CC diag(1,0,0), so the 1–2 resonance is absent),
 * </pre>
 *
 * with K the phase per (eV²/MeV · km) of {@link PhysicalConstants}. Two approximations, both
 * checked against {@link #exact} in the tests: (i) the Δm²₃₁ oscillation is averaged (KamLAND's
 * energy resolution and spread of baselines wash it out completely, see the tests), and (ii) the
 * θ₁₃ sector is taken at its vacuum value with the 1–2 sector seeing V_CC c₁₃² (the standard
 * effective two-flavour reduction; the neglected corrections are of order 2EV_CC/Δm²₃₁ ≈ 3·10⁻⁴ at
 * 4 MeV). P does not depend on θ₂₃ or δ. Immutable.
 */
public final class ReactorSurvival {
  /** Phase per (eV²/MeV · km): Φ = K · (eigenvalue difference in eV²/MeV) · L. */
  static final double K = PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM;

  private final double electronDensity;

  /**
   * @param electronDensity Y_e·ρ of the path in mol/cm³ (0: vacuum)
   */
  public ReactorSurvival(double electronDensity) {
    if (!(electronDensity >= 0) || !Double.isFinite(electronDensity)) {
      throw new IllegalArgumentException(
          "electron density must be >= 0 mol/cm^3, got " + electronDensity);
    }
    this.electronDensity = electronDensity;
  }

  public double electronDensity() {
    return electronDensity;
  }

  /** β = 2 V_CC c₁₃² in eV²/MeV for the given θ₁₃ (0 in vacuum). */
  double beta(double cos2Theta13Squared) {
    return 2.0
        * PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3
        * electronDensity
        * cos2Theta13Squared;
  }

  /** The closed form above (Δm²₃₁ averaged) at E_ν (MeV) and baseline L (km). */
  public double averaged(MixingParameters p, double energyMeV, double baselineKm) {
    double s13sq = p.sin2Theta13();
    double c13sq = 1 - s13sq;
    double u = 1.0 / energyMeV;
    double d = p.dm21EV2();
    double cos2 = Math.cos(2 * p.theta12()), sin2 = Math.sin(2 * p.theta12());
    double x = d * cos2 * u + beta(c13sq);
    double y = d * sin2 * u;
    double psi = Math.hypot(x, y);
    double amplitude = psi > 0 ? y * y / (psi * psi) : 0.0;
    double halfPhase = Math.sin(0.25 * K * baselineKm * psi);
    return c13sq * c13sq * (1 - amplitude * halfPhase * halfPhase) + s13sq * s13sq;
  }

  /**
   * The closed form with the Δm²₂₁ phase averaged too, c₁₃⁴(1 − sin²2θ_m/2) + s₁₃⁴: what reactors
   * far beyond the oscillation length contribute (KamLAND's unlisted ones).
   */
  public double phaseAveraged(MixingParameters p, double energyMeV) {
    double s13sq = p.sin2Theta13();
    double c13sq = 1 - s13sq;
    double u = 1.0 / energyMeV;
    double d = p.dm21EV2();
    double x = d * Math.cos(2 * p.theta12()) * u + beta(c13sq);
    double y = d * Math.sin(2 * p.theta12()) * u;
    double psi2 = x * x + y * y;
    double amplitude = psi2 > 0 ? y * y / psi2 : 0.0;
    return c13sq * c13sq * (1 - 0.5 * amplitude) + s13sq * s13sq;
  }

  /**
   * The exact three-flavour P(ν̄_e → ν̄_e) through the same path with the oscillation module's
   * propagator (Δm²₃₁ oscillations not averaged). The ν̄ potential matrix is the conjugate of the
   * H-model matrix of {@code p}, as {@code VModel.ofMixing} builds it.
   */
  public double exact(
      Propagator propagator, MixingParameters p, double energyMeV, double baselineKm) {
    Hamiltonian h =
        new Hamiltonian(PotentialMatrix.fromMixing(p).conjugate(), NeutrinoType.ANTINEUTRINO);
    MatterProfile path = new MatterProfile(List.of(new MatterLayer(baselineKm, electronDensity)));
    return propagator.probability(h, Flavour.E, Flavour.E, energyMeV, path);
  }
}
