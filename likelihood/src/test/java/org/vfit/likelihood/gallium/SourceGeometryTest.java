package org.vfit.likelihood.gallium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.SourceExperiments;

/**
 * The shell-fraction integrals against closed forms (sphere, cylinder volume) and against direct
 * two-dimensional integration over the cylinder in (r, z), an independent route to the same
 * integrals.
 */
class SourceGeometryTest {

  private static final SourceExperiments.Geometry GALLEX =
      new SourceExperiments.Geometry("cylinder", 190, 500, 270, 0);
  private static final SourceExperiments.Geometry BEST_OUTER =
      new SourceExperiments.Geometry("cylinder", 109, 234.5, 117.25, 66.75);

  @Test
  void sphereAroundTheSourceHasItsClosedForms() {
    SourceGeometry s = new SourceGeometry(new SourceExperiments.Geometry("sphere", 66.75, 0, 0, 0));
    double r = 66.75;
    // Polynomial integrands on one smooth piece: Gauss–Legendre is exact to rounding.
    assertEquals(4.0 / 3 * Math.PI * r * r * r, s.volumeCm3(), 1e-9 * r * r * r);
    // ⟨1/L²⟩ = 4πR / (4πR³/3) = 3/R²; the capture-weighted mean distance is R/2.
    assertEquals(3 / (r * r), s.meanInverseSquareCm2(), 1e-15);
    assertEquals(r / 2, s.captureWeightedMeanDistanceCm(), 1e-12);
  }

  @Test
  void cylinderVolumeIsPiRSquaredHMinusTheExcludedSphere() {
    // f(L) has kinks only at the break points, so each piece is smooth: 1e-9 relative.
    assertEquals(Math.PI * 190 * 190 * 500, new SourceGeometry(GALLEX).volumeCm3(), 1e-9 * 5.7e7);
    double v = Math.PI * 109 * 109 * 234.5 - 4.0 / 3 * Math.PI * Math.pow(66.75, 3);
    assertEquals(v, new SourceGeometry(BEST_OUTER).volumeCm3(), 1e-9 * v);
  }

  @Test
  void inverseSquareAndOscillationAveragesMatchDirectIntegrationOverTheCylinder() {
    for (SourceExperiments.Geometry g : List.of(GALLEX, BEST_OUTER)) {
      SourceGeometry s = new SourceGeometry(g);
      double k =
          0.25
              * org.vfit.oscillation.PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM
              * 1.0
              * 1e-5
              / 0.747;
      // Midpoint rule in (r, z) with the source at (0, z0): ∫∫ 2πr dr dz w(L)/L².
      int n = 1500;
      double dr = g.radiusCm() / n, dz = g.heightCm() / n;
      double inv2 = 0, osc = 0, vol = 0;
      for (int i = 0; i < n; i++) {
        double r = (i + 0.5) * dr;
        for (int j = 0; j < n; j++) {
          double z = (j + 0.5) * dz - g.sourceHeightCm();
          double l2 = r * r + z * z;
          if (Math.sqrt(l2) < g.excludedRadiusCm()) {
            continue;
          }
          double dv = 2 * Math.PI * r * dr * dz;
          vol += dv;
          inv2 += dv / l2;
          double sn = Math.sin(k * Math.sqrt(l2));
          osc += dv / l2 * sn * sn;
        }
      }
      // The midpoint grid (1500² cells) resolves 1/L² near the source and the curved excluded
      // boundary to ~1e-3; the shell integrals are far more accurate.
      assertEquals(inv2 / vol, s.meanInverseSquareCm2(), 2e-3 * inv2 / vol);
      assertEquals(osc / inv2, s.meanOscillation(1.0, 0.747), 2e-3);
    }
  }

  @Test
  void oscillationAverageGoesFromZeroToOneHalf() {
    SourceGeometry s = new SourceGeometry(GALLEX);
    // Δm² L/4E ≪ 1 over 3 m at 1e-4 eV²: ⟨sin²⟩ ≈ ⟨(kL)²⟩, tiny.
    assertTrue(s.meanOscillation(1e-4, 0.75) < 1e-6);
    // Many oscillations inside the tank at 100 eV²: the average is ½ to a per-mille.
    assertEquals(0.5, s.meanOscillation(100, 0.75), 2e-3);
  }

  @Test
  void bundledExperimentsGiveFluxDensitiesOrderedByIntensity() {
    List<SourceMeasurement> m =
        SourceMeasurement.of(Datasets.load("gallium-sources", SourceExperiments.class));
    assertEquals(6, m.size());
    SourceMeasurement inner = m.get(4);
    // BEST inner: A/(4π) · 3/R² with A = 3.414 MCi = 1.26318e17 /s, R = 66.75 cm.
    assertEquals(
        1.26318e17 / (4 * Math.PI) * 3 / (66.75 * 66.75), inner.meanFluxDensity(), 1e-6 * 6.8e12);
    // The outer zone is farther: a lower flux density from the same source.
    assertTrue(m.get(5).meanFluxDensity() < inner.meanFluxDensity() / 3);
    // The 51Cr capture weights: 747 keV dominates (0.8163 × 60.8 of Σ Bσ).
    double sum = 0.8163 * 60.8 + 0.0849 * 61.5 + 0.0895 * 26.7 + 0.0093 * 27.1;
    assertEquals(0.8163 * 60.8 / sum, inner.lineWeights()[0], 1e-12);
  }
}
