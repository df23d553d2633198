package org.vfit.oscillation.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.StandardMassModel;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

class EarthTest {
  private static final EarthModel EARTH = EarthModel.premContinental();
  private static final MixingParameters NUFIT =
      MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);

  @Test
  void chordHasTheRightLengthAndCrossesTheCoreOnlyBelow33Degrees() {
    for (double deg : new double[] {0, 20, 33, 34, 60, 89}) {
      double eta = Math.toRadians(deg);
      MatterProfile chord = EarthChord.profile(EARTH, eta, 100);
      assertEquals(2 * 6371 * Math.cos(eta), chord.lengthKm(), 1e-9);
      double maxDensity =
          chord.layers().stream().mapToDouble(MatterLayer::electronDensity).max().orElse(0);
      // Core (r < 3480 km, ρ ≥ 9.9 g/cm³, Y_e 0.4656) is reached iff sin η < 3480/6371 (η < 33.1°).
      assertEquals(deg < 33.1, maxDensity > 4.5, "eta " + deg);
    }
    assertEquals(13.0885 * 0.4656, EARTH.electronDensity(0), 1e-12);
  }

  @Test
  void premReproducesTabulatedDensities() {
    // Spot values of the IRIS PREM_1s table: 13.0885 at the centre, 5.5665 at the top of the
    // lower mantle (3480 km side of the CMB, mantle side), 2.6 in the upper crust.
    assertEquals(13.0885, EARTH.density(0), 1e-9);
    assertEquals(5.56645, EARTH.density(3480.0001), 1e-4);
    assertEquals(2.6, EARTH.density(6360), 1e-12);
  }

  @Test
  void fastTwoFlavourPathEqualsExactEvolutionWhenTheta13Vanishes() {
    MixingParameters p = NUFIT.withTheta13(0);
    double[] cos = {0.95, 0.7, 0.3, 0.05};
    EarthRegeneration reg = new EarthRegeneration(EARTH, cos, 100);
    double[] exact = new double[3];
    for (int i = 0; i < cos.length; i++) {
      for (double e : new double[] {3, 8, 14}) {
        EarthRegeneration.exactMassStateToElectron(
            new StandardMassModel(p).hamiltonian(NeutrinoType.NEUTRINO),
            e,
            EarthChord.profile(EARTH, Math.acos(cos[i]), 100),
            exact);
        // θ13 = 0 decouples ν3 from ν_e: the two-flavour path is exact, to rounding.
        assertEquals(exact[1], reg.p2e(i, e, p.dm21EV2(), p.theta12(), 1.0), 1e-12);
      }
    }
  }

  @Test
  void fastTwoFlavourPathIsCloseToExactWithTheta13() {
    double[] cos = {0.95, 0.7, 0.3, 0.05};
    EarthRegeneration reg = new EarthRegeneration(EARTH, cos, 100);
    double[] exact = new double[3];
    double c13sq = Math.pow(Math.cos(NUFIT.theta13()), 2);
    for (int i = 0; i < cos.length; i++) {
      for (double e : new double[] {5, 10}) {
        EarthRegeneration.exactMassStateToElectron(
            new StandardMassModel(NUFIT).hamiltonian(NeutrinoType.NEUTRINO),
            e,
            EarthChord.profile(EARTH, Math.acos(cos[i]), 100),
            exact);
        // Measured ≤ 1.6e-5: the effective c13²V potential misses O(s13² V/Δm²31) terms.
        assertEquals(
            exact[1], c13sq * reg.p2e(i, e, NUFIT.dm21EV2(), NUFIT.theta12(), c13sq), 3e-5);
        assertEquals(NUFIT.sin2Theta13(), exact[2], 1e-4);
      }
    }
  }

  @Test
  void slabsOf100KmAreConverged() {
    double[] cos = {0.95, 0.5};
    EarthRegeneration coarse = new EarthRegeneration(EARTH, cos, 100);
    EarthRegeneration fine = new EarthRegeneration(EARTH, cos, 10);
    for (int i = 0; i < cos.length; i++) {
      // Measured 1.3e-5 for the core-crossing chord at 10 MeV (midpoint-density slabs).
      assertEquals(
          fine.p2e(i, 10, 7.4e-5, 0.58, 0.98), coarse.p2e(i, 10, 7.4e-5, 0.58, 0.98), 3e-5);
    }
  }

  @Test
  void exposureMatchesBahcallKrastevAtThreeSites() throws Exception {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("bahcall_exposure_functions.txt"),
                StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        l = l.trim();
        if (l.isEmpty() || !Character.isDigit(l.charAt(0))) continue;
        String[] p = l.split("\\s+");
        rows.add(
            new double[] {
              Double.parseDouble(p[0]),
              Double.parseDouble(p[1]),
              Double.parseDouble(p[2]),
              Double.parseDouble(p[3])
            });
      }
    }
    double[] lat = {36.4, 46.3, 42.4}; // the latitudes of Bahcall's table
    for (int site = 0; site < 3; site++) {
      NadirExposure ex = NadirExposure.compute(new Detector("site" + site, lat[site]), 3600);
      double cumBahcall = 0, worst = 0;
      int bin = 0;
      double ours = 0;
      for (double[] row : rows) {
        if (row[0] < 90) continue;
        cumBahcall += row[1 + site] * 0.5; // density per degree × 0.5° bins
        double cosUp = -Math.cos(Math.toRadians(row[0] + 0.25));
        while (bin < ex.bins() && ex.binEdgeCosNadir(bin + 1) <= cosUp + 1e-12)
          ours += ex.nightWeight(bin++);
        worst = Math.max(worst, Math.abs(ours - cumBahcall));
      }
      // Measured 2e-4: both are full-year astronomical exposures with 1/r² weighting.
      assertTrue(worst < 5e-4, "site " + site + ": max CDF difference " + worst);
      assertEquals(0.5, ex.dayFraction(), 1e-3);
    }
  }

  @Test
  void dayNightAsymmetryIsNegativeForLmaAndGrowsAsDm21Falls() {
    SolarSurvival sun = new SolarSurvival(SolarModel.standard());
    SolarDayNight dn = SolarDayNight.forDetector(sun, Detector.KAMIOKA, 400, false);
    double previous = 0;
    for (double dm21 : new double[] {7.4e-5, 5e-5, 3e-5}) {
      double adn = dn.probabilities(SolarFluxComponent.B8, 10, NUFIT.withDm21(dm21)).adn();
      assertTrue(adn < 0, "A_DN(" + dm21 + ") = " + adn);
      assertTrue(
          Math.abs(adn) > Math.abs(previous),
          "|A_DN| grows as dm21 falls: " + adn + " vs " + previous);
      previous = adn;
    }
  }

  @Test
  void coreCrossingChordRegeneratesDifferentlyFromMantleOnly() {
    double[] cos = {Math.cos(Math.toRadians(10)), Math.cos(Math.toRadians(50))};
    EarthRegeneration reg = new EarthRegeneration(EARTH, cos, 100);
    double core = reg.p2e(0, 10, 7.4e-5, 0.58, 0.98), mantle = reg.p2e(1, 10, 7.4e-5, 0.58, 0.98);
    // Regeneration P2e − sin²θ12 ≈ 1e-2: a core chord must differ by a visible fraction of that.
    assertTrue(Math.abs(core - mantle) > 1e-3, core + " vs " + mantle);
  }

  @Test
  void emptyEarthGivesNoRegeneration() {
    List<EarthModel.Shell> vacuum =
        List.of(new EarthModel.Shell("vacuum", 0, 6371, new double[] {0, 0, 0, 0}, 0.5));
    EarthRegeneration reg =
        new EarthRegeneration(new EarthModel("vacuum", vacuum), new double[] {0.9}, 100);
    assertEquals(Math.pow(Math.sin(0.58), 2), reg.p2e(0, 10, 7.4e-5, 0.58, 0.98), 1e-13);
  }

  @Test
  void regenerationTableIsAsCloseToTheExactExposureAverageAsTheDirectSum() {
    NadirExposure ex = NadirExposure.compute(Detector.SUDBURY, 400);
    NightRegenerationTable table = NightRegenerationTable.build(EARTH, ex, 100);
    // "Truth": the same average with 1600 exposure bins (quadrature error ≲ 2e-5 there).
    NightRegeneration truth =
        NightRegeneration.direct(EARTH, NadirExposure.compute(Detector.SUDBURY, 1600), 100);
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 40; i++) {
      double e = rng.nextDouble(3, 16),
          dm = Math.pow(10, rng.nextDouble(Math.log10(3e-5), Math.log10(2e-4)));
      double th = rng.nextDouble(0.45, 0.75), c = rng.nextDouble(0.95, 1.0);
      // Table = 400-bin quadrature (±1e-4 aliasing) interpolated on 120 nodes per decade of
      // E/Δm² and 2° in θ12: measured ≤ 1.5e-4 from the truth in the LMA; 3e-4 bounds it.
      assertEquals(truth.meanP2e(e, dm, th, c), table.meanP2e(e, dm, th, c), 3e-4);
    }
  }
}
