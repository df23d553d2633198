package org.vfit.oscillation.earth;

import java.util.List;
import org.vfit.oscillation.FastTrig;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.PhysicalConstants;
import org.vfit.oscillation.Propagator;

/**
 * Regeneration of solar mass states into ν_e along Earth chords.
 *
 * <p>Two paths. {@link #exactMassStateToElectron} is the exact three-flavour evolution
 * (|⟨e|S_chord|ν_i⟩|² for i = 1, 2, 3 with S built from H = A/E + V_CC diag(1,0,0) in each slab).
 * The fast path used in fits, {@link #p2e}, works in the effective two-flavour (1,2) system with
 * potential c₁₃²V_CC, the same approximation as {@code SolarSurvival}: P(ν_i → ν_e) ≈ c₁₃²P_ie^(2)
 * for i = 1, 2 and s₁₃² for ν₃. Its chord operator is an SU(2) product over half the chord only:
 * the chord is symmetric and each slab's 2×2 operator is symmetric (the effective Hamiltonian is
 * real), so the far half is the transpose of the near half and S = S_halfᵀ S_half.
 *
 * <p>Chords are precomputed for a fixed set of nadir nodes (the centres of an exposure's bins), so
 * a call costs one sqrt, one sin/cos pair and one SU(2) product per half-chord slab. Not
 * thread-safe (nothing mutable is shared, but reuse one instance per thread for its precomputed
 * chords).
 */
public final class EarthRegeneration {
  private static final double K = PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM;
  private static final double VCC = PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3;

  private final double[] cosNadir;
  private final double[][] slabLengthKm;
  private final double[][] slabDensity;

  /**
   * @param earth the Earth model
   * @param cosNadir nadir nodes (cos η ∈ (0, 1])
   * @param maxSlabKm longest slab
   */
  public EarthRegeneration(EarthModel earth, double[] cosNadir, double maxSlabKm) {
    this.cosNadir = cosNadir.clone();
    slabLengthKm = new double[cosNadir.length][];
    slabDensity = new double[cosNadir.length][];
    for (int i = 0; i < cosNadir.length; i++) {
      List<MatterLayer> half = EarthChord.halfChord(earth, Math.acos(cosNadir[i]), maxSlabKm);
      slabLengthKm[i] = new double[half.size()];
      slabDensity[i] = new double[half.size()];
      for (int j = 0; j < half.size(); j++) {
        slabLengthKm[i][j] = half.get(j).lengthKm();
        slabDensity[i][j] = half.get(j).electronDensity();
      }
    }
  }

  /** Chords at the centres of an exposure's night bins. */
  public static EarthRegeneration forExposure(
      EarthModel earth, NadirExposure exposure, double maxSlabKm) {
    double[] c = new double[exposure.bins()];
    for (int i = 0; i < c.length; i++) c[i] = exposure.binCentreCosNadir(i);
    return new EarthRegeneration(earth, c, maxSlabKm);
  }

  public int nodes() {
    return cosNadir.length;
  }

  public double cosNadir(int node) {
    return cosNadir[node];
  }

  /**
   * Two-flavour P(ν₂ → ν_e) along the chord of a node, for a neutrino (matter potential +c₁₃²V).
   *
   * @param energyMeV neutrino energy in MeV
   * @param dm21EV2 Δm²₂₁ in eV²
   * @param theta12 θ₁₂ in radians
   * @param c13sq cos²θ₁₃ (scales the potential)
   */
  public double p2e(int node, double energyMeV, double dm21EV2, double theta12, double c13sq) {
    double k = dm21EV2 / (4.0 * energyMeV); // eV²/MeV
    double cos2 = Math.cos(2 * theta12), sin2 = Math.sin(2 * theta12);
    double b = k * sin2;
    double b2 = b * b;
    double[] len = slabLengthKm[node], rho = slabDensity[node];
    // S_half = [[u, v], [−v*, u*]]
    double ur = 1, ui = 0, vr = 0, vi = 0;
    double lastRho = Double.NaN, a = 0, omega = 1, aw = 0, bw = 0;
    for (int j = 0; j < len.length; j++) {
      if (rho[j] != lastRho) {
        a = 0.5 * c13sq * VCC * rho[j] - k * cos2;
        omega = Math.sqrt(a * a + b2);
        double inv = 1.0 / omega;
        aw = a * inv;
        bw = b * inv;
        lastRho = rho[j];
      }
      double phase = omega * len[j] * K;
      double c, s;
      if (Math.abs(phase) <= FastTrig.MAX_ARGUMENT) {
        double q = FastTrig.quadrant(phase), r = FastTrig.remainder(phase, q);
        c = FastTrig.cos(r, q);
        s = FastTrig.sin(r, q);
      } else {
        c = Math.cos(phase);
        s = Math.sin(phase);
      }
      // slab: u1 = c − i s a/ω, v1 = −i s b/ω (pure imaginary)
      double u1r = c, u1i = -s * aw, v1i = -s * bw;
      // (u1, v1)·(u, v): u' = u1 u − v1 v*,  v' = u1 v + v1 u*
      double nur = u1r * ur - u1i * ui - v1i * vi;
      double nui = u1r * ui + u1i * ur - v1i * vr;
      double nvr = u1r * vr - u1i * vi + v1i * ui;
      double nvi = u1r * vi + u1i * vr + v1i * ur;
      ur = nur;
      ui = nui;
      vr = nvr;
      vi = nvi;
    }
    double st = Math.sin(theta12), ct = Math.cos(theta12);
    // amplitude ⟨e|S_halfᵀ S_half|ν₂⟩ = u² sθ + u v cθ + v*² sθ − u* v* cθ
    double u2r = ur * ur - ui * ui, u2i = 2 * ur * ui;
    double uvr = ur * vr - ui * vi, uvi = ur * vi + ui * vr;
    double vc2r = vr * vr - vi * vi, vc2i = -2 * vr * vi;
    double ucvcr = ur * vr - ui * vi, ucvci = -(ur * vi + ui * vr);
    double ar = u2r * st + uvr * ct + vc2r * st - ucvcr * ct;
    double ai = u2i * st + uvi * ct + vc2i * st - ucvci * ct;
    return ar * ar + ai * ai;
  }

  /**
   * Exposure-weighted mean of {@link #p2e} over the night bins (weights normalised to the night
   * fraction), for chords built with {@link #forExposure}.
   */
  public double nightMeanP2e(
      NadirExposure exposure, double energyMeV, double dm21EV2, double theta12, double c13sq) {
    double sum = 0, wsum = 0;
    for (int i = 0; i < cosNadir.length; i++) {
      double w = exposure.nightWeight(i);
      if (w == 0) continue;
      sum += w * p2e(i, energyMeV, dm21EV2, theta12, c13sq);
      wsum += w;
    }
    return sum / wsum;
  }

  /**
   * Exact three-flavour P(ν_i → ν_e) (i = 1, 2, 3 into {@code out}) along a chord, for the neutrino
   * Hamiltonian {@code h}.
   */
  public static void exactMassStateToElectron(
      Hamiltonian h, double energyMeV, MatterProfile chord, double[] out) {
    new Propagator()
        .massStateToFlavour(
            h, Flavour.E, energyMeV, chord, Propagator.massLabelSlots(h.potential()), out);
  }
}
