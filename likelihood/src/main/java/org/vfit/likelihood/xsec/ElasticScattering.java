package org.vfit.likelihood.xsec;

import org.vfit.oscillation.PhysicalConstants;

/**
 * Neutrino–electron elastic scattering, dσ/dT per electron, for ν_e and ν_μ,τ (and their
 * antineutrinos), at tree level or with the electroweak and QED radiative corrections of J. N.
 * Bahcall, M. Kamionkowski and A. Sirlin, Phys. Rev. D 51, 6146 (1995), Appendices A and B.
 *
 * <p>dσ/dT = (2 G_F² m_e/π) [g_L² (1 + α/π f₋(z)) + g_R² ((1 − z)² + α/π f₊(z)) − g_L g_R (m_e z/E)
 * (1 + α/π f₊₋(z))], z = T/E.
 *
 * <p>Corrected couplings (BKS App. A): g_L = ρ_NC(½ − κ s²) − 1 for ν_e (the −1 is the charged
 * current), ρ_NC(½ − κ s²) for ν_μ,τ; g_R = −ρ_NC κ s²; ρ_NC = 1.0126, κ_e(T) = 0.9791 + 0.0097
 * I(T), κ_μ(T) = 0.9970 − 0.00037 I(T), I(T) = ⅙[⅓ + (3 − x²)(½x ln((x+1)/(x−1)) − 1)], x = √(1 +
 * 2m_e/T), with s² = 0.2317 as in BKS. For antineutrinos g_L and g_R swap. At tree level g_L = ±½ +
 * s² (ν_e: +, the charged current included), g_R = s², with the on-shell-like effective s² =
 * 0.23122. The f functions (BKS App. B) come from real and virtual photons integrated over the
 * photon's energy; they change the ⁸B ν_e rate by about −2 % (see the tests).
 */
public final class ElasticScattering {
  /** Which neutrino scatters. */
  public enum Flavour {
    NU_E(true, false),
    NU_X(false, false),
    NUBAR_E(true, true),
    NUBAR_X(false, true);

    final boolean electron;
    final boolean anti;

    Flavour(boolean electron, boolean anti) {
      this.electron = electron;
      this.anti = anti;
    }
  }

  /** Electron mass, MeV (CODATA 2018). */
  public static final double ELECTRON_MASS_MEV = 0.51099895;

  private static final double ALPHA = 1.0 / 137.035999;

  /** 2 G_F² m_e/π · (ħc)² in cm² per MeV: converts the bracket to cm²/MeV. */
  private static final double SIGMA0_CM2_PER_MEV;

  static {
    double gf = PhysicalConstants.FERMI_CONSTANT_GEV2 * 1e-6; // MeV⁻²
    double hbarcCm = PhysicalConstants.HBAR_C_EV_M * 1e2 * 1e-6; // MeV·cm
    SIGMA0_CM2_PER_MEV = 2.0 * gf * gf * ELECTRON_MASS_MEV / Math.PI * hbarcCm * hbarcCm;
  }

  private static final double RHO_NC = 1.0126;
  private static final double S2W_BKS = 0.2317;
  private static final double S2W_TREE = 0.23122;

  private final boolean radiative;

  private ElasticScattering(boolean radiative) {
    this.radiative = radiative;
  }

  /** With BKS radiative corrections (the default for predictions). */
  public static ElasticScattering withRadiativeCorrections() {
    return new ElasticScattering(true);
  }

  /** Tree level. */
  public static ElasticScattering treeLevel() {
    return new ElasticScattering(false);
  }

  public boolean radiative() {
    return radiative;
  }

  /** Largest recoil kinetic energy for a neutrino of energy E: 2E²/(m_e + 2E), MeV. */
  public static double maxRecoilMeV(double energyMeV) {
    return 2.0 * energyMeV * energyMeV / (ELECTRON_MASS_MEV + 2.0 * energyMeV);
  }

  /** Smallest neutrino energy that can give recoil kinetic energy T, MeV. */
  public static double minNeutrinoEnergyMeV(double recoilMeV) {
    return 0.5
        * (recoilMeV + Math.sqrt(recoilMeV * recoilMeV + 2.0 * ELECTRON_MASS_MEV * recoilMeV));
  }

  /**
   * dσ/dT in cm²/MeV per electron for neutrino energy E and electron recoil kinetic energy T (both
   * MeV); zero outside 0 &lt; T &lt; T_max(E).
   */
  public double differential(Flavour f, double energyMeV, double recoilMeV) {
    double t = recoilMeV, e = energyMeV;
    if (!(t > 0) || t >= maxRecoilMeV(e)) {
      return 0.0;
    }
    double me = ELECTRON_MASS_MEV;
    double z = t / e;
    double gl, gr;
    if (radiative) {
      double x = Math.sqrt(1.0 + 2.0 * me / t);
      double i =
          (1.0 / 6.0)
              * (1.0 / 3.0 + (3.0 - x * x) * (0.5 * x * Math.log((x + 1.0) / (x - 1.0)) - 1.0));
      double kappa = f.electron ? 0.9791 + 0.0097 * i : 0.9970 - 0.00037 * i;
      double g1 = RHO_NC * (0.5 - kappa * S2W_BKS) - (f.electron ? 1.0 : 0.0);
      double g2 = -RHO_NC * kappa * S2W_BKS;
      gl = f.anti ? g2 : g1;
      gr = f.anti ? g1 : g2;
    } else {
      double g1 = (f.electron ? 0.5 : -0.5) + S2W_TREE;
      gl = f.anti ? S2W_TREE : g1;
      gr = f.anti ? g1 : S2W_TREE;
    }
    double bracket;
    if (!radiative) {
      bracket = gl * gl + gr * gr * (1 - z) * (1 - z) - gl * gr * me * z / e;
    } else {
      double ee = t + me; // total electron energy
      double l = Math.sqrt(ee * ee - me * me);
      double beta = l / ee;
      double f0 = ee / l * Math.log((ee + l) / me) - 1.0;
      double logZ = Math.log(z);
      double log1z = Math.log1p(-z);
      double logZme = Math.log(1.0 - z - me / (ee + l));
      double fMinus =
          f0 * (2 * logZme - log1z - 0.5 * logZ - 5.0 / 12.0)
              + 0.5 * (Dilogarithm.spence(z) - Dilogarithm.spence(beta))
              - 0.5 * log1z * log1z
              - (11.0 / 12.0 + 0.5 * z) * log1z
              + z * (logZ + 0.5 * Math.log(2.0 * e / me))
              - (31.0 / 18.0 + logZ / 12.0) * beta
              - 11.0 / 12.0 * z
              + z * z / 24.0;
      // (1 − z)² f₊(z) as one expression (BKS App. B)
      double om = 1.0 - z;
      double fPlusTimes =
          f0
                  * (om * om * (2 * logZme - log1z - 0.5 * logZ - 2.0 / 3.0)
                      - 0.5 * (z * z * logZ + 1 - z))
              - 0.5 * om * om * (log1z * log1z + beta * (Dilogarithm.spence(om) - logZ * log1z))
              + log1z * (0.5 * z * z * logZ + om / 3.0 * (2 * z - 0.5))
              - 0.5 * z * z * Dilogarithm.spence(om)
              - z * (1 - 2 * z) / 3.0 * logZ
              - z * om / 6.0
              - beta / 12.0 * (logZ + om * (115 - 109 * z) / 6.0);
      double fPm = f0 * 2 * logZme;
      double a = ALPHA / Math.PI;
      bracket =
          gl * gl * (1 + a * fMinus)
              + gr * gr * (om * om + a * fPlusTimes)
              - gl * gr * me * z / e * (1 + a * fPm);
    }
    return SIGMA0_CM2_PER_MEV * Math.max(bracket, 0.0);
  }

  /**
   * σ over a recoil window, ∫ dσ/dT dT for T in [tMin, tMax] ∩ (0, T_max(E)), cm², by
   * Gauss–Legendre quadrature on {@code points} nodes (the integrand is smooth inside the window).
   */
  public double integrated(
      Flavour f, double energyMeV, double tMinMeV, double tMaxMeV, int points) {
    double hi = Math.min(tMaxMeV, maxRecoilMeV(energyMeV));
    double lo = Math.max(tMinMeV, 0.0); // Gauss nodes never sit on the endpoints
    if (!(hi > lo)) {
      return 0.0;
    }
    double[][] gl = GaussLegendre.nodes(points);
    double mid = 0.5 * (hi + lo), half = 0.5 * (hi - lo), sum = 0;
    for (int k = 0; k < points; k++) {
      sum += gl[1][k] * differential(f, energyMeV, mid + half * gl[0][k]);
    }
    return sum * half;
  }
}
