package org.vfit.oscillation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastTrigTest {
  @Test
  void agreesWithMathToAFewUlpsOverTheKernelRange() {
    SplittableRandom rng = new SplittableRandom(11);
    double worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      // log-uniform magnitudes 1e-8 .. 1e5, both signs: slab phases span that range
      double x = Math.pow(10, rng.nextDouble(-8, 5)) * (rng.nextBoolean() ? 1 : -1);
      worst = Math.max(worst, Math.abs(FastTrig.sin(x) - Math.sin(x)));
      worst = Math.max(worst, Math.abs(FastTrig.cos(x) - Math.cos(x)));
    }
    // Math.sin/cos are within 1 ulp of the truth; r is reduced to ~1 ulp and the polynomials are
    // within half an ulp on |r| ≤ π/4: a few 1e-16 in all (measured 2.3e-16).
    assertTrue(worst <= 4.5e-16, "worst absolute difference " + worst);
  }

  @Test
  void exactAtTheSpecialPointsAndQuadrantEdges() {
    assertEquals(0.0, FastTrig.sin(0.0));
    assertEquals(1.0, FastTrig.cos(0.0));
    for (int k = -8; k <= 8; k++) {
      double x = k * Math.PI / 4;
      // π/4 multiples sit on the reduction's decision boundaries
      assertEquals(Math.sin(x), FastTrig.sin(x), 3e-16, "sin " + k + "π/4");
      assertEquals(Math.cos(x), FastTrig.cos(x), 3e-16, "cos " + k + "π/4");
      assertEquals(Math.sin(Math.nextUp(x)), FastTrig.sin(Math.nextUp(x)), 3e-16);
      assertEquals(Math.cos(Math.nextDown(x)), FastTrig.cos(Math.nextDown(x)), 3e-16);
    }
    assertTrue(Double.isNaN(FastTrig.sin(Double.NaN)));
    assertEquals(Math.sin(1e9), FastTrig.sin(1e9), 0.0, "beyond MAX_ARGUMENT: Math itself");
  }
}
