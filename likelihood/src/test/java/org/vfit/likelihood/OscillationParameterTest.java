package org.vfit.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OscillationParameterTest {

  private static final OscillationParameter DM21 = OscillationParameter.DM21;

  @Test
  void dm21IsInUnitsOf1e5EV2InsideFitsAndInEV2Outside() {
    // Published values: KamLAND's 7.54e-5 eV², NuFit's 7.49e-5 eV²; one rounding each way, so
    // agreement to 1e-15 relative.
    assertEquals(7.54, DM21.toFit(7.54e-5), 7.54e-15);
    assertEquals(7.49e-5, DM21.toPhysical(7.49), 7.49e-20);
    assertEquals(7.49, DM21.toDisplay(7.49e-5), 7.49e-15);
    assertEquals("1e-5 eV^2", DM21.fitUnitLabel());
    assertEquals("eV^2", DM21.physicalUnitLabel());
  }

  @Test
  void toPhysicalUndoesToFitAndDisplayIsTheFitUnit() {
    SplittableRandom rng = new SplittableRandom(14);
    for (int k = 0; k < 100_000; k++) {
      // 1e-8 to 1e-3 eV², beyond the fit limits on both sides
      double ev2 = Math.pow(10, -8 + 5 * rng.nextDouble());
      // Two roundings (÷, ×) leave at most 2 ulp.
      assertEquals(ev2, DM21.toPhysical(DM21.toFit(ev2)), 2 * Math.ulp(ev2));
      // Tables show the fit unit: ×1e5 and ÷1e-5 round differently by at most 1 ulp.
      double fit = DM21.toFit(ev2);
      assertEquals(fit, DM21.toDisplay(ev2), Math.ulp(fit));
      assertEquals(DM21.toDisplay(ev2), ev2 * DM21.displayScale(), 0.0);
    }
  }

  @Test
  void mixingAnglesAreUnitlessEverywhere() {
    for (OscillationParameter p :
        new OscillationParameter[] {
          OscillationParameter.SIN2_THETA12, OscillationParameter.SIN2_THETA13
        }) {
      for (double v : new double[] {0.0, 0.0218, 0.307, 1.0}) {
        assertEquals(v, p.toFit(v), 0.0);
        assertEquals(v, p.toPhysical(v), 0.0);
        assertEquals(v, p.toDisplay(v), 0.0);
      }
      assertTrue(p.fitUnitLabel().isEmpty() && p.physicalUnitLabel().isEmpty());
    }
  }
}
