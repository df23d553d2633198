package org.vfit.likelihood.solar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

class SolarPointTest {
  private static final SolarPhysics PHYSICS = SolarPhysics.shared(SolarOptions.defaults());
  private static final MixingParameters LMA =
      MixingParameters.ofSin2(7.4e-5, 2.5e-3, 0.307, 0.022, 0.56, 3.4);

  @Test
  void aKernelProjectedOnThePeeNodesGivesTheSumOverTheGrid() {
    SolarPoint point = new SolarPoint(PHYSICS, LMA);
    SplittableRandom rng = new SplittableRandom(3);
    for (SolarFluxComponent c : SolarFluxComponent.values()) {
      SolarPhysics.Interpolation nodes = PHYSICS.peeNodes(c);
      double[] kernel = new double[PHYSICS.grid(c).size()];
      for (int k = 0; k < kernel.length; k++) kernel[k] = rng.nextDouble();
      double[] projected = nodes.project(kernel);
      double[][] pairs = {
        {dot(kernel, point.day(c)), dot(projected, point.dayAtPeeNodes(c))},
        {
          dot(kernel, point.night(c, Detector.KAMIOKA, 0.2, 0.8)),
          dot(projected, point.nightAtPeeNodes(c, Detector.KAMIOKA, 0.2, 0.8))
        },
        {
          dot(kernel, point.average(c, Detector.SUDBURY)),
          dot(projected, point.averageAtPeeNodes(c, Detector.SUDBURY))
        }
      };
      for (double[] p : pairs) {
        // The same linear map summed in another order: rounding only (up to ~1000 terms).
        assertEquals(p[0], p[1], 1e-13 * Math.abs(p[0]), c.label());
      }
    }
  }

  @Test
  void aLaterPointWithTheSameParametersReusesTheComputedArrays() {
    double[] first = new SolarPoint(PHYSICS, LMA).night(SolarFluxComponent.B8, Detector.KAMIOKA);
    MixingParameters other = MixingParameters.ofSin2(7.0e-5, 2.5e-3, 0.31, 0.022, 0.56, 3.4);
    double[] between = new SolarPoint(PHYSICS, other).day(SolarFluxComponent.B8);
    double[] again = new SolarPoint(PHYSICS, LMA).night(SolarFluxComponent.B8, Detector.KAMIOKA);
    assertSame(first, again, "the thread's recent points are kept");
    // ... and what it keeps is what a fresh computation gives
    SolarPhysics fresh = new SolarPhysics(SolarOptions.defaults());
    assertArrayEquals(
        first, new SolarPoint(fresh, LMA).night(SolarFluxComponent.B8, Detector.KAMIOKA), 0.0);
    assertEquals(PHYSICS.grid(SolarFluxComponent.B8).size(), between.length);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
