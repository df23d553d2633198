package org.vfit.likelihood.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.Propagator;

/** The closed-form ν̄_e survival probability against the exact three-flavour propagator. */
class ReactorSurvivalTest {
  /** KamLAND's crust: ρ = 2.6 g/cm³, Y_e = 0.5. */
  private static final double CRUST = 1.3;

  private static final double[] BASELINES_KM = {88, 180, 400, 1000};
  private final Propagator propagator = new Propagator();

  @Test
  void withoutTheta13TheClosedFormIsTheExactPropagatorInVacuumAndInMatter() {
    // With U_e3 = 0 the ν_e row decouples from ν3 and V_CC acts on ν_e only, so the two-flavour
    // form is exact; 1e-11 leaves room for rounding in the eigen-decomposition (seen: 3e-13).
    MixingParameters p = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.0, 0.5, 0);
    for (double density : new double[] {0.0, CRUST}) {
      ReactorSurvival s = new ReactorSurvival(density);
      for (double l : BASELINES_KM) {
        for (double e = 1.85; e < 12; e += 0.0137) {
          assertEquals(
              s.exact(propagator, p, e, l), s.averaged(p, e, l), 1e-11, "E=" + e + " L=" + l);
        }
      }
    }
  }

  @Test
  void withTheta13TheClosedFormIsTheExactPropagatorWithTheAtmosphericOscillationAveraged() {
    // Daya Bay's sin²2θ13 = 0.0856. Both probabilities are averaged over a Gaussian in E whose
    // width is 0.64 Δm²31 oscillation periods: that damps the Δm²31 term (amplitude ~0.04) by
    // exp(−8) = 3e-4, i.e. to 1.3e-5, while both sides' Δm²21 term is smoothed alike. What remains
    // is the θ13-sector matter correction the closed form neglects, O(2EV/Δm²31 · sin²2θ13) ≲ 3e-5.
    // Tolerance 1e-4.
    MixingParameters p = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.0219, 0.5, 0);
    for (double density : new double[] {0.0, CRUST}) {
      ReactorSurvival s = new ReactorSurvival(density);
      for (double l : BASELINES_KM) {
        for (double e = 2.0; e < 9; e += 0.37) {
          double period = 2 * Math.PI * e * e / (0.5 * ReactorSurvival.K * l * p.dm31EV2());
          double sigma = 0.64 * period;
          double exact = smeared(e, sigma, x -> s.exact(propagator, p, x, l));
          double fast = smeared(e, sigma, x -> s.averaged(p, x, l));
          assertEquals(exact, fast, 1e-4, "E=" + e + " L=" + l);
        }
      }
    }
  }

  @Test
  void matterEffectIsThatOfAntineutrinosAndMatters() {
    // The same closed form against an exact propagation of NEUTRINOS (+V_CC) must fail: the test
    // above is sensitive to the sign of the potential.
    MixingParameters p = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.0, 0.5, 0);
    ReactorSurvival crust = new ReactorSurvival(CRUST);
    ReactorSurvival vacuum = new ReactorSurvival(0);
    Hamiltonian nu = new Hamiltonian(PotentialMatrix.fromMixing(p), NeutrinoType.NEUTRINO);
    double largestSignError = 0, largestMatterEffect = 0;
    for (double e = 1.85; e < 9; e += 0.01) {
      double pNu =
          propagator.probability(
              nu,
              Flavour.E,
              Flavour.E,
              e,
              new MatterProfile(java.util.List.of(new MatterLayer(180, CRUST))));
      largestSignError = Math.max(largestSignError, Math.abs(pNu - crust.averaged(p, e, 180)));
      largestMatterEffect =
          Math.max(
              largestMatterEffect,
              Math.abs(crust.averaged(p, e, 180) - vacuum.averaged(p, e, 180)));
    }
    // ν̄ vs ν at 180 km: the effective Δm² differs by ±1.1 % at 4 MeV (2EV/Δm² cos2θ), a phase
    // shift of ~0.1 rad near the first minimum; anything below 5e-3 would mean the sign is ignored.
    assertTrue(largestSignError > 5e-3, "sign of V_CC does not show: " + largestSignError);
    // The matter effect itself at 180 km: the same ~1 % shift of Δm²21 gives |ΔP| of order 1e-2.
    assertTrue(
        largestMatterEffect > 3e-3 && largestMatterEffect < 3e-2,
        "matter effect " + largestMatterEffect);
  }

  @Test
  void matterActsLikeAOnePercentLargerSplittingAndSmallerMixingForReactorAntineutrinos() {
    // First order in x = 2EV c13²/Δm² (ν̄ sign): Δm²_m ≈ Δm²(1 + x cos2θ) and
    // sin²2θ_m ≈ sin²2θ(1 − 2x cos2θ). At 4 MeV in 2.6 g/cm³ rock x = 1.1 %, so vacuum oscillations
    // with those two shifts reproduce the closed form in matter up to O(x²): x² ≈ 1.2e-4 times the
    // phase, ≤ 19 rad at 400 km, gives ≤ 2.4e-3; tolerance 3e-3. Without the shifts the difference
    // is ~1e-2 (checked below), so the test sees the sign and size of the matter effect.
    MixingParameters p = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.0, 0.5, 0);
    ReactorSurvival crust = new ReactorSurvival(CRUST);
    ReactorSurvival vacuum = new ReactorSurvival(0);
    double e = 4.0;
    double x =
        2
            * e
            * org.vfit.oscillation.PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3
            * CRUST
            / p.dm21EV2();
    assertEquals(0.011, x, 0.001);
    double cos2 = Math.cos(2 * p.theta12());
    double sin22 = Math.pow(Math.sin(2 * p.theta12()), 2) * (1 - 2 * x * cos2);
    MixingParameters firstOrder =
        p.withDm21(p.dm21EV2() * (1 + x * cos2)).withTheta12(0.5 * Math.asin(Math.sqrt(sin22)));
    double unshifted = 0;
    for (double l : new double[] {88, 180, 400}) {
      assertEquals(vacuum.averaged(firstOrder, e, l), crust.averaged(p, e, l), 3e-3, "L=" + l);
      unshifted = Math.max(unshifted, Math.abs(vacuum.averaged(p, e, l) - crust.averaged(p, e, l)));
    }
    assertTrue(unshifted > 6e-3, "matter effect too small to test: " + unshifted);
  }

  /** Gaussian average of f over E with width sigma (trapezoid over ±6σ, 400 steps). */
  private static double smeared(double e, double sigma, java.util.function.DoubleUnaryOperator f) {
    int n = 400;
    double h = 12 * sigma / n, sum = 0, norm = 0;
    for (int i = 0; i <= n; i++) {
      double x = -6 * sigma + i * h;
      double w = Math.exp(-0.5 * x * x / (sigma * sigma)) * (i == 0 || i == n ? 0.5 : 1);
      sum += w * f.applyAsDouble(e + x);
      norm += w;
    }
    return sum / norm;
  }
}
