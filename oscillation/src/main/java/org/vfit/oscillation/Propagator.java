package org.vfit.oscillation;

import java.util.List;

/**
 * Exact three-flavour propagation through vacuum and piecewise-constant matter.
 *
 * <p>In each layer the evolution operator is S = Σ_k e^{−iλ_k L} v_k v_k† with (λ_k, v_k) the
 * eigensystem of H = A/E ± V_CC diag(1,0,0) ({@link HermitianEigen3}); layers are chained by
 * applying them to a state vector, which costs one eigen-decomposition and a few dozen
 * multiply-adds per layer and allocates nothing. Vacuum uses the eigensystem cached in the {@link
 * PotentialMatrix}. Phases are taken relative to one eigenvalue, since a common phase does not
 * change any probability and would otherwise grow with the (unobservable) trace of A.
 *
 * <p>Not thread-safe: it owns its workspace. Use one instance per thread.
 */
public final class Propagator {
  private static final double K = PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM;
  private static final double VCC = PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3;

  private final HermitianEigen3 eig = new HermitianEigen3();
  private final LayerOperator layer = new LayerOperator(eig);
  private final double[] psiRe = new double[3];
  private final double[] psiIm = new double[3];

  /**
   * P(α → β) after the path, for a neutrino of energy E (MeV).
   *
   * @throws IllegalArgumentException if the energy is not a positive finite number
   */
  public double probability(
      Hamiltonian h, Flavour from, Flavour to, double energyMeV, MatterProfile path) {
    requireEnergy(energyMeV);
    List<MatterLayer> layers = path.layers();
    if (layers.size() == 1) {
      return singleLayer(h, from.index(), to.index(), energyMeV, layers.get(0));
    }
    startIn(from.index());
    evolve(h, energyMeV, layers, false);
    int b = to.index();
    return psiRe[b] * psiRe[b] + psiIm[b] * psiIm[b];
  }

  /** One constant-density layer: the needed element of S from its spectral projectors. */
  private double singleLayer(Hamiltonian h, int al, int be, double energyMeV, MatterLayer layer) {
    prepareLayer(h, energyMeV, layer);
    return this.layer.probability(al, be);
  }

  private void prepareLayer(Hamiltonian h, double energyMeV, MatterLayer l) {
    PotentialMatrix a = h.potential();
    double invE = 1.0 / energyMeV;
    layer.prepare(
        a.re(0, 0) * invE + h.type().matterSign() * VCC * l.electronDensity(),
        a.re(1, 1) * invE,
        a.re(2, 2) * invE,
        a.re(0, 1) * invE,
        a.im(0, 1) * invE,
        a.re(0, 2) * invE,
        a.im(0, 2) * invE,
        a.re(1, 2) * invE,
        a.im(1, 2) * invE,
        K * l.lengthKm());
  }

  /** All nine probabilities: {@code out[3α + β]} = P(α → β) (α, β = 0, 1, 2 for e, μ, τ). */
  public void probabilities(Hamiltonian h, double energyMeV, MatterProfile path, double[] out) {
    requireEnergy(energyMeV);
    List<MatterLayer> layers = path.layers();
    if (layers.size() == 1) {
      prepareLayer(h, energyMeV, layers.get(0));
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
          out[3 * a + b] = layer.probability(a, b);
        }
      }
      return;
    }
    for (int a = 0; a < 3; a++) {
      startIn(a);
      evolve(h, energyMeV, path.layers(), false);
      for (int b = 0; b < 3; b++) {
        out[3 * a + b] = psiRe[b] * psiRe[b] + psiIm[b] * psiIm[b];
      }
    }
  }

  /** Vacuum P(α → β) over a baseline in km, from the cached eigensystem of A (no decomposition). */
  public double vacuumProbability(
      PotentialMatrix a, Flavour from, Flavour to, double energyMeV, double baselineKm) {
    requireEnergy(energyMeV);
    int al = from.index(), be = to.index();
    double scale = K * baselineKm / energyMeV;
    double ref = a.eigenvalue(2);
    double sr = 0, si = 0;
    for (int k = 0; k < 3; k++) {
      double phase = (a.eigenvalue(k) - ref) * scale;
      double c = Math.cos(phase), s = -Math.sin(phase);
      // v_k[β] conj(v_k[α])
      double xr =
          a.eigenvectorRe(k, be) * a.eigenvectorRe(k, al)
              + a.eigenvectorIm(k, be) * a.eigenvectorIm(k, al);
      double xi =
          a.eigenvectorIm(k, be) * a.eigenvectorRe(k, al)
              - a.eigenvectorRe(k, be) * a.eigenvectorIm(k, al);
      sr += c * xr - s * xi;
      si += c * xi + s * xr;
    }
    return sr * sr + si * si;
  }

  /**
   * Probabilities that vacuum mass state ν_i (the eigenvector of A with label i = 1, 2, 3 of {@link
   * PotentialMatrix#decompose()}) arrives as flavour β after the path: {@code out[i−1]}. One
   * backward pass serves all three: ⟨β|S|ν_i⟩ = (S†|β⟩)†|ν_i⟩.
   */
  public void massStateToFlavour(
      Hamiltonian h,
      Flavour to,
      double energyMeV,
      MatterProfile path,
      int[] massLabelToSlot,
      double[] out) {
    requireEnergy(energyMeV);
    startIn(to.index());
    evolve(h, energyMeV, path.layers(), true);
    PotentialMatrix a = h.potential();
    for (int i = 0; i < 3; i++) {
      int k = massLabelToSlot[i];
      // χ† v_k
      double r = 0, im = 0;
      for (int j = 0; j < 3; j++) {
        double vr = a.eigenvectorRe(k, j), vi = a.eigenvectorIm(k, j);
        r += psiRe[j] * vr + psiIm[j] * vi;
        im += psiRe[j] * vi - psiIm[j] * vr;
      }
      out[i] = r * r + im * im;
    }
  }

  /**
   * The eigen-slot (ascending eigenvalue index) of mass labels 1, 2, 3 under the vfit labelling.
   */
  public static int[] massLabelSlots(PotentialMatrix a) {
    if (a.eigenvalue(1) - a.eigenvalue(0) <= a.eigenvalue(2) - a.eigenvalue(1)) {
      return new int[] {0, 1, 2};
    }
    return new int[] {1, 2, 0};
  }

  private void startIn(int flavour) {
    for (int j = 0; j < 3; j++) {
      psiRe[j] = 0;
      psiIm[j] = 0;
    }
    psiRe[flavour] = 1.0;
  }

  /**
   * ψ ← S_N ⋯ S_1 ψ (or, with {@code adjoint}, ψ ← S_1† ⋯ S_N† ψ: layers in reverse order and
   * phases of opposite sign).
   */
  private void evolve(Hamiltonian h, double energyMeV, List<MatterLayer> layers, boolean adjoint) {
    PotentialMatrix a = h.potential();
    double invE = 1.0 / energyMeV;
    double sign = h.type().matterSign();
    double a00 = a.re(0, 0) * invE, a11 = a.re(1, 1) * invE, a22 = a.re(2, 2) * invE;
    double dr = a.re(0, 1) * invE, di = a.im(0, 1) * invE;
    double er = a.re(0, 2) * invE, ei = a.im(0, 2) * invE;
    double fr = a.re(1, 2) * invE, fi = a.im(1, 2) * invE;
    int n = layers.size();
    double lastDensity = Double.NaN;
    for (int idx = 0; idx < n; idx++) {
      MatterLayer layer = layers.get(adjoint ? n - 1 - idx : idx);
      double rho = layer.electronDensity();
      if (rho != lastDensity) {
        eig.decompose(a00 + sign * VCC * rho, a11, a22, dr, di, er, ei, fr, fi);
        lastDensity = rho;
      }
      applyLayer(layer.lengthKm(), adjoint);
    }
  }

  private void applyLayer(double lengthKm, boolean adjoint) {
    double scale = K * lengthKm * (adjoint ? -1.0 : 1.0);
    double ref = eig.relativeValue[2];
    double nr0 = 0, ni0 = 0, nr1 = 0, ni1 = 0, nr2 = 0, ni2 = 0;
    double[] vr = eig.vecRe, vi = eig.vecIm;
    for (int k = 0; k < 3; k++) {
      int o = 3 * k;
      // c_k = v_k† ψ
      double cr =
          vr[o] * psiRe[0]
              + vi[o] * psiIm[0]
              + vr[o + 1] * psiRe[1]
              + vi[o + 1] * psiIm[1]
              + vr[o + 2] * psiRe[2]
              + vi[o + 2] * psiIm[2];
      double ci =
          vr[o] * psiIm[0]
              - vi[o] * psiRe[0]
              + vr[o + 1] * psiIm[1]
              - vi[o + 1] * psiRe[1]
              + vr[o + 2] * psiIm[2]
              - vi[o + 2] * psiRe[2];
      if (k != 2) {
        double phase = (eig.relativeValue[k] - ref) * scale;
        double c, s;
        if (Math.abs(phase) <= FastTrig.MAX_ARGUMENT) {
          double q = FastTrig.quadrant(phase), r = FastTrig.remainder(phase, q);
          c = FastTrig.cos(r, q);
          s = -FastTrig.sin(r, q);
        } else {
          c = Math.cos(phase);
          s = -Math.sin(phase);
        }
        double tr = cr * c - ci * s;
        ci = cr * s + ci * c;
        cr = tr;
      }
      nr0 += vr[o] * cr - vi[o] * ci;
      ni0 += vr[o] * ci + vi[o] * cr;
      nr1 += vr[o + 1] * cr - vi[o + 1] * ci;
      ni1 += vr[o + 1] * ci + vi[o + 1] * cr;
      nr2 += vr[o + 2] * cr - vi[o + 2] * ci;
      ni2 += vr[o + 2] * ci + vi[o + 2] * cr;
    }
    psiRe[0] = nr0;
    psiIm[0] = ni0;
    psiRe[1] = nr1;
    psiIm[1] = ni1;
    psiRe[2] = nr2;
    psiIm[2] = ni2;
  }

  static void requireEnergy(double energyMeV) {
    if (!(energyMeV > 0) || !Double.isFinite(energyMeV)) {
      throw new IllegalArgumentException(
          "energy must be a positive finite number of MeV, got " + energyMeV);
    }
  }
}
