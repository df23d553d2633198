package org.vfit.oscillation;

import java.util.List;

/**
 * Test-only independent truth: integrates i dψ/dx = H ψ with classical fourth-order Runge–Kutta on
 * the Hamiltonian built directly from the matrix elements (no eigen-decomposition).
 */
final class RungeKutta {
  private RungeKutta() {}

  static double[] evolve(Hamiltonian h, Flavour from, double energyMeV, List<MatterLayer> layers) {
    PotentialMatrix a = h.potential();
    double[] hr = new double[9], hi = new double[9];
    double mean = a.meanDiagonal();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        hr[3 * i + j] = (a.re(i, j) - (i == j ? mean : 0)) / energyMeV;
        hi[3 * i + j] = a.im(i, j) / energyMeV;
      }
    }
    double[] pr = new double[3], pi = new double[3];
    pr[from.index()] = 1;
    for (MatterLayer layer : layers) {
      double v =
          h.type().matterSign()
              * PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3
              * layer.electronDensity();
      double[] lr = hr.clone();
      lr[0] += v;
      double norm = 0;
      for (int k = 0; k < 9; k++) norm = Math.max(norm, Math.hypot(lr[k], hi[k]));
      // ≤ 5e-3 rad of phase per step keeps the RK4 local error near 3e-14.
      double phase = 3 * norm * layer.lengthKm() * PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM;
      int steps = (int) Math.max(20000, Math.ceil(phase / 5e-3));
      double dx = layer.lengthKm() * PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM / steps;
      double[][] k = new double[8][3];
      double[] tr = new double[3], ti = new double[3];
      for (int s = 0; s < steps; s++) {
        deriv(lr, hi, pr, pi, k[0], k[1]);
        for (int j = 0; j < 3; j++) {
          tr[j] = pr[j] + 0.5 * dx * k[0][j];
          ti[j] = pi[j] + 0.5 * dx * k[1][j];
        }
        deriv(lr, hi, tr, ti, k[2], k[3]);
        for (int j = 0; j < 3; j++) {
          tr[j] = pr[j] + 0.5 * dx * k[2][j];
          ti[j] = pi[j] + 0.5 * dx * k[3][j];
        }
        deriv(lr, hi, tr, ti, k[4], k[5]);
        for (int j = 0; j < 3; j++) {
          tr[j] = pr[j] + dx * k[4][j];
          ti[j] = pi[j] + dx * k[5][j];
        }
        deriv(lr, hi, tr, ti, k[6], k[7]);
        for (int j = 0; j < 3; j++) {
          pr[j] += dx / 6 * (k[0][j] + 2 * k[2][j] + 2 * k[4][j] + k[6][j]);
          pi[j] += dx / 6 * (k[1][j] + 2 * k[3][j] + 2 * k[5][j] + k[7][j]);
        }
      }
    }
    double[] prob = new double[3];
    for (int j = 0; j < 3; j++) prob[j] = pr[j] * pr[j] + pi[j] * pi[j];
    return prob;
  }

  /** dψ/dx = −i H ψ. */
  private static void deriv(
      double[] hr, double[] hi, double[] pr, double[] pi, double[] dr, double[] di) {
    for (int i = 0; i < 3; i++) {
      double sr = 0, si = 0;
      for (int j = 0; j < 3; j++) {
        sr += hr[3 * i + j] * pr[j] - hi[3 * i + j] * pi[j];
        si += hr[3 * i + j] * pi[j] + hi[3 * i + j] * pr[j];
      }
      dr[i] = si;
      di[i] = -sr;
    }
  }
}
