package org.vfit.oscillation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropagatorTest {
  private final Propagator prop = new Propagator();

  /** Random points over the whole parameter space (also for VModelTest). */
  static MixingParameters randomMixing(SplittableRandom rng) {
    return new MixingParameters(
        Math.pow(10, rng.nextDouble(-6, -3)),
        (rng.nextBoolean() ? 1 : -1) * Math.pow(10, rng.nextDouble(-3.5, -2)),
        rng.nextDouble(0, Math.PI / 2),
        rng.nextDouble(0, Math.PI / 2),
        rng.nextDouble(0, Math.PI / 2),
        rng.nextDouble(0, 2 * Math.PI));
  }

  private static MatterProfile randomPath(SplittableRandom rng) {
    int n = 1 + rng.nextInt(12);
    List<MatterLayer> layers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      layers.add(
          MatterLayer.of(
              rng.nextDouble(0, 3000), rng.nextDouble(0, 150), rng.nextDouble(0.4, 0.9)));
    }
    return new MatterProfile(layers);
  }

  @Test
  void probabilitiesAreUnitaryOverRandomParametersAndPaths() {
    SplittableRandom rng = new SplittableRandom(42);
    double[] p = new double[9];
    double worst = 0;
    for (int n = 0; n < 4000; n++) {
      NeutrinoType type = rng.nextBoolean() ? NeutrinoType.NEUTRINO : NeutrinoType.ANTINEUTRINO;
      NeutrinoModel model =
          n % 2 == 0
              ? new StandardMassModel(randomMixing(rng))
              : VModel.ofMixing(randomMixing(rng), randomMixing(rng));
      double e = Math.pow(10, rng.nextDouble(-1, 4));
      prop.probabilities(model.hamiltonian(type), e, randomPath(rng), p);
      for (int a = 0; a < 3; a++) {
        // Σ_β P(α→β) = 1 (unitarity of S) and Σ_α P(α→β) = 1 (unitarity of S†).
        worst = Math.max(worst, Math.abs(p[3 * a] + p[3 * a + 1] + p[3 * a + 2] - 1));
        worst = Math.max(worst, Math.abs(p[a] + p[3 + a] + p[6 + a] - 1));
      }
    }
    // Issue 2: unitarity to 1e-12 over thousands of random points.
    assertTrue(worst < 1e-12, "worst unitarity defect " + worst);
  }

  @Test
  void vacuumSurvivalMatchesTwoFlavourFormulaWhenTheta13Vanishes() {
    double dm21 = 7.5e-5, th12 = Math.toRadians(33.5);
    MixingParameters p = new MixingParameters(dm21, 2.5e-3, th12, 0, Math.toRadians(45), 1.0);
    Hamiltonian h = new StandardMassModel(p).hamiltonian(NeutrinoType.ANTINEUTRINO);
    for (double e : new double[] {2, 3.5, 6}) {
      for (double l : new double[] {1, 60, 180, 1000}) {
        double s = Math.sin(PhysicalConstants.quarterPhase(dm21, l * 1e3, e));
        double expected = 1 - Math.pow(Math.sin(2 * th12), 2) * s * s;
        // Both the layered kernel and the cached vacuum path; rounding only (phases ≲ 1e3 rad).
        assertEquals(
            expected, prop.probability(h, Flavour.E, Flavour.E, e, MatterProfile.vacuum(l)), 1e-12);
        assertEquals(
            expected, prop.vacuumProbability(h.potential(), Flavour.E, Flavour.E, e, l), 1e-12);
      }
    }
  }

  @Test
  void constantDensitySurvivalMatchesTwoFlavourMswFormula() {
    double dm21 = 7.5e-5, th12 = Math.toRadians(33.5);
    MixingParameters p = new MixingParameters(dm21, 2.5e-3, th12, 0, Math.toRadians(45), 0.3);
    double rho = 5.0, ye = 0.5, len = 8000;
    for (NeutrinoType t : NeutrinoType.values()) {
      Hamiltonian h = new StandardMassModel(p).hamiltonian(t);
      for (double e : new double[] {1, 5, 10, 15}) {
        // x = 2 E V / Δm² with E in eV and V in eV (sign flips for antineutrinos).
        double x =
            t.matterSign()
                * 2
                * e
                * 1e6
                * PhysicalConstants.MATTER_POTENTIAL_EV_PER_MOL_CM3
                * rho
                * ye
                / dm21;
        double c2 = Math.cos(2 * th12), s2 = Math.sin(2 * th12);
        double root = Math.sqrt((c2 - x) * (c2 - x) + s2 * s2);
        double sin2m = s2 / root;
        double s = Math.sin(PhysicalConstants.quarterPhase(dm21 * root, len * 1e3, e));
        double expected = 1 - sin2m * sin2m * s * s;
        double got =
            prop.probability(h, Flavour.E, Flavour.E, e, MatterProfile.constant(len, rho, ye));
        assertEquals(expected, got, 1e-11, "E=" + e + " " + t);
      }
    }
  }

  @Test
  void antineutrinoWithConjugateMatrixIsTheCptImageInVacuum() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int n = 0; n < 200; n++) {
      MixingParameters p = randomMixing(rng);
      StandardMassModel m = new StandardMassModel(p);
      double e = rng.nextDouble(0.5, 50), l = rng.nextDouble(1, 5000);
      for (Flavour a : Flavour.values()) {
        for (Flavour b : Flavour.values()) {
          double nubar =
              prop.probability(
                  m.hamiltonian(NeutrinoType.ANTINEUTRINO), a, b, e, MatterProfile.vacuum(l));
          double nuReversed =
              prop.probability(
                  m.hamiltonian(NeutrinoType.NEUTRINO), b, a, e, MatterProfile.vacuum(l));
          Hamiltonian minusDelta =
              new StandardMassModel(p.withDelta(-p.delta())).hamiltonian(NeutrinoType.NEUTRINO);
          double nuMinusDelta = prop.probability(minusDelta, a, b, e, MatterProfile.vacuum(l));
          // CPT: P(ν̄α→ν̄β) = P(νβ→να); and A* is the same as δ → −δ.
          assertEquals(nuReversed, nubar, 1e-12);
          assertEquals(nuMinusDelta, nubar, 1e-12);
        }
      }
    }
  }

  @Test
  void layeredPropagationAgreesWithDirectNumericalIntegration() {
    MixingParameters p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
    NeutrinoModel m = new StandardMassModel(p);
    List<MatterLayer> layers =
        List.of(
            MatterLayer.of(700, 3.3, 0.4957), MatterLayer.of(1500, 5.0, 0.4957),
            MatterLayer.of(2000, 11.0, 0.4656), MatterLayer.of(900, 4.5, 0.4957));
    MatterProfile path = new MatterProfile(layers);
    for (NeutrinoType t : NeutrinoType.values()) {
      for (double e : new double[] {3.0, 12.0}) {
        Hamiltonian h = m.hamiltonian(t);
        for (Flavour a : Flavour.values()) {
          double[] truth = RungeKutta.evolve(h, a, e, layers);
          for (Flavour b : Flavour.values()) {
            double got = prop.probability(h, a, b, e, path);
            // RK4 at ≤ 5e-3 rad per step: local error ~(5e-3)^5/120 ≈ 3e-14 over ≲ 1e6 steps, so
            // the integration itself is good to ~3e-8; the exact propagator must agree within that.
            assertEquals(truth[b.index()], got, 1e-7, t + " E=" + e + " " + a + "->" + b);
          }
        }
      }
    }
  }

  @Test
  void massStatesArriveWithVacuumWeightsThroughVacuum() {
    MixingParameters p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
    Hamiltonian h = new StandardMassModel(p).hamiltonian(NeutrinoType.NEUTRINO);
    double[] out = new double[3];
    prop.massStateToFlavour(
        h,
        Flavour.E,
        10,
        MatterProfile.vacuum(5000),
        Propagator.massLabelSlots(h.potential()),
        out);
    double c13 = Math.cos(p.theta13());
    // |U_e1|², |U_e2|², |U_e3|²: vacuum does not mix mass states.
    assertEquals(Math.pow(Math.cos(p.theta12()) * c13, 2), out[0], 1e-14);
    assertEquals(Math.pow(Math.sin(p.theta12()) * c13, 2), out[1], 1e-14);
    assertEquals(p.sin2Theta13(), out[2], 1e-14);
  }

  @Test
  void nonPositiveEnergyIsRejected() {
    Hamiltonian h =
        new StandardMassModel(MixingParameters.ofDegrees(7.5e-5, 2.5e-3, 33, 8.5, 45, 0))
            .hamiltonian(NeutrinoType.NEUTRINO);
    assertThrows(
        IllegalArgumentException.class,
        () -> prop.probability(h, Flavour.E, Flavour.E, -1, MatterProfile.vacuum(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> prop.probability(h, Flavour.E, Flavour.E, Double.NaN, MatterProfile.vacuum(1)));
  }

  @Test
  void constantsReproduceTheDesignValues() {
    // docs/design.md §2/§4: 7.6325e-14 eV per (Y_e ρ) and 1.2669327 Δm²[eV²] L[m]/E[MeV].
    assertEquals(7.6325e-14, PhysicalConstants.MATTER_POTENTIAL_EV_PER_MOL_CM3, 0.00005e-14);
    assertEquals(1.2669327, PhysicalConstants.quarterPhase(1, 1, 1), 1e-7);
  }

  @Test
  void oneLayerEqualsTheSameLayerCutInTwo() {
    // The single-layer path (spectral projectors, no pair eigenvectors) against the layered path
    // (full eigenvectors, two half layers): the same operator by S(L) = S(L/2)², computed two
    // independent ways. Includes an exactly degenerate pair (Δm²21 = 0 in vacuum).
    SplittableRandom rng = new SplittableRandom(17);
    double worst = 0;
    for (int n = 0; n < 2000; n++) {
      NeutrinoModel model =
          n % 2 == 0
              ? new StandardMassModel(randomMixing(rng))
              : VModel.ofMixing(randomMixing(rng), randomMixing(rng));
      NeutrinoType type = rng.nextBoolean() ? NeutrinoType.NEUTRINO : NeutrinoType.ANTINEUTRINO;
      double e = Math.pow(10, rng.nextDouble(-1, 4)), len = rng.nextDouble(1, 3000);
      double rho = rng.nextDouble(0, 20), ye = rng.nextDouble(0.4, 0.6);
      Hamiltonian h = model.hamiltonian(type);
      // Both methods carry the phases' rounding, ~ε per radian of the largest phase.
      double phase = phaseSpread(h, e, len, rho, ye);
      worst = Math.max(worst, maxDifference(h, e, len, rho, ye) / (1 + phase));
    }
    // Rounding of two different exact methods, per radian of the largest phase: measured ≤ 1e-14.
    assertTrue(worst < 2e-14, "worst difference per radian of phase " + worst);
    MixingParameters flat = new MixingParameters(0, 2.5e-3, 0.6, 0.15, 0.8, 1.0);
    double degenerate =
        maxDifference(
            new StandardMassModel(flat).hamiltonian(NeutrinoType.NEUTRINO), 3, 500, 0, 0.5);
    // g = 0 exactly: the projector form's limit; measured 5e-14 (phase 530 rad).
    assertTrue(degenerate < 1e-12, "degenerate pair: " + degenerate);
  }

  /** (λ_max − λ_min)·L in radians for the layer's Hamiltonian. */
  private static double phaseSpread(Hamiltonian h, double e, double len, double rho, double ye) {
    HermitianEigen3 eig = new HermitianEigen3();
    PotentialMatrix a = h.potential();
    double v =
        h.type().matterSign()
            * PhysicalConstants.MATTER_POTENTIAL_EV2_PER_MEV_PER_MOL_CM3
            * rho
            * ye;
    eig.decompose(
        a.re(0, 0) / e + v,
        a.re(1, 1) / e,
        a.re(2, 2) / e,
        a.re(0, 1) / e,
        a.im(0, 1) / e,
        a.re(0, 2) / e,
        a.im(0, 2) / e,
        a.re(1, 2) / e,
        a.im(1, 2) / e);
    return (eig.relativeValue[2] - eig.relativeValue[0])
        * PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM
        * len;
  }

  private double maxDifference(Hamiltonian h, double e, double len, double rho, double ye) {
    double[] one = new double[9], two = new double[9];
    prop.probabilities(h, e, MatterProfile.constant(len, rho, ye), one);
    MatterLayer half = MatterLayer.of(len / 2, rho, ye);
    // two distinct (but equal) layer objects: the layered path decomposes once per density change
    prop.probabilities(
        h, e, new MatterProfile(List.of(half, MatterLayer.of(len / 2, rho, ye))), two);
    double worst = 0;
    for (int k = 0; k < 9; k++) worst = Math.max(worst, Math.abs(one[k] - two[k]));
    return worst;
  }
}
