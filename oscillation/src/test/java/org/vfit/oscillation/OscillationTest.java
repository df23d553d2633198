package org.vfit.oscillation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.SolarDayNight;
import org.vfit.oscillation.solar.SolarFluxComponent;

/** The front door gives the numbers of the classes it delegates to, and its round trips close. */
class OscillationTest {
  private static final MixingParameters NUFIT =
      MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);

  @Test
  void mixingToPotentialAndBackIsTheIdentity() {
    MixingParameters back = Oscillation.mixing(Oscillation.potential(NUFIT));
    // the round trip is exact to ~1e-12 relative in the physical region (PotentialMatrixTest)
    assertEquals(NUFIT.dm21EV2(), back.dm21EV2(), 1e-12 * NUFIT.dm21EV2());
    assertEquals(NUFIT.dm31EV2(), back.dm31EV2(), 1e-12 * NUFIT.dm31EV2());
    assertEquals(NUFIT.theta12(), back.theta12(), 1e-12);
    assertEquals(NUFIT.theta13(), back.theta13(), 1e-12);
    assertEquals(NUFIT.theta23(), back.theta23(), 1e-12);
  }

  @Test
  void theFrontDoorGivesTheNumbersOfTheClassesBehindIt() {
    MatterProfile chord = Oscillation.earthChord(0.4);
    double direct =
        new Propagator()
            .probability(
                new StandardMassModel(NUFIT).hamiltonian(NeutrinoType.ANTINEUTRINO),
                Flavour.E,
                Flavour.MU,
                5,
                chord);
    assertEquals(
        direct,
        Oscillation.probability(
            Oscillation.hModel(NUFIT), NeutrinoType.ANTINEUTRINO, Flavour.E, Flavour.MU, 5, chord),
        0.0);
    // a V-model with equal apparent parameters is the H-model
    assertEquals(
        direct,
        Oscillation.probability(
            Oscillation.vModel(NUFIT, NUFIT),
            NeutrinoType.ANTINEUTRINO,
            Flavour.E,
            Flavour.MU,
            5,
            chord),
        0.0);
    SolarDayNight.Result r =
        Oscillation.solarDayNight(Detector.KAMIOKA).probabilities(SolarFluxComponent.B8, 10, NUFIT);
    assertEquals(
        Oscillation.solarSurvival().dayProbability(SolarFluxComponent.B8, 10, NUFIT), r.day(), 0.0);
  }
}
