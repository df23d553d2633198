package org.vfit.fit.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.likelihood.gallium.GalliumChi2;
import org.vfit.likelihood.gallium.GalliumModel;
import org.vfit.likelihood.gallium.SourceMeasurement;

/** The gallium readings fitted to the bundled source experiments. */
class GalliumFitTest {

  private static final GalliumChi2 CHI2 =
      new GalliumChi2(
          SourceMeasurement.of(Datasets.load("gallium-sources", SourceExperiments.class)));

  @Test
  void constantDeficitIsTheHandComputedWeightedMean() {
    // At r ≈ 0.81 three ratios lie above (their lower errors count) and three below (upper):
    //   above: GALLEX Cr1 0.953 (σ− 0.11), Cr2 0.812 (0.11), SAGE Cr 0.95 (0.12)
    //   below: SAGE Ar 0.79 (σ+ 0.09), BEST in 0.79 (0.05), BEST out 0.77 (0.05)
    double[] r = {0.953, 0.812, 0.95, 0.79, 0.79, 0.77};
    double[] s = {0.11, 0.11, 0.12, 0.09, 0.05, 0.05};
    double w = 0, wr = 0;
    for (int i = 0; i < 6; i++) {
      w += 1 / (s[i] * s[i]);
      wr += r[i] / (s[i] * s[i]);
    }
    double mean = wr / w; // 933.37/1158.19 = 0.80589
    double chi2 = 0;
    for (int i = 0; i < 6; i++) {
      chi2 += (r[i] - mean) * (r[i] - mean) / (s[i] * s[i]);
    }
    // The side assignment holds at the mean: 0.812 > 0.80589 > 0.79.
    assertTrue(mean < 0.812 && mean > 0.79);
    assertEquals(0.80589, mean, 5e-6);
    GalliumFit.ModelFit f = GalliumFit.fit(CHI2, GalliumModel.constantDeficit());
    assertTrue(f.valid(), f.problems().toString());
    // MIGRAD's EDM goal (2e-5 on χ²) leaves ~√(2·2e-5)·σ ≈ 2e-4 on r at most; far less on a
    // parabola.
    assertEquals(mean, f.values()[0], 2e-4);
    assertEquals(chi2, f.chi2(), 1e-4);
    // HESSE error of a weighted mean: 1/√Σw.
    assertEquals(1 / Math.sqrt(w), f.errors()[0], 1e-4);
    assertEquals(5, f.dof());
  }

  @Test
  void noDeficitIsTheSumOfSquaredDistancesFromOne() {
    // R = 1 lies above every ratio: each one's upper error counts.
    double[][] d = {
      {0.953, 0.11}, {0.812, 0.10}, {0.95, 0.12}, {0.79, 0.09}, {0.79, 0.05}, {0.77, 0.05}
    };
    double chi2 = 0;
    for (double[] x : d) {
      chi2 += (1 - x[0]) * (1 - x[0]) / (x[1] * x[1]);
    }
    assertEquals(chi2, GalliumFit.fit(CHI2, GalliumModel.noDeficit()).chi2(), 1e-12);
  }

  @Test
  void theOtherReadingsFitNoWorseThanTheirNestedLimits() {
    List<GalliumFit.ModelFit> fits =
        GalliumFit.fitAll(
            CHI2,
            List.of(GalliumModel.noDeficit(), GalliumModel.intensity(), GalliumModel.sterile()));
    double none = fits.get(0).chi2();
    // c = 0 and sin²2θ = 0 are R = 1: the fits contain the no-deficit point.
    assertTrue(fits.get(1).chi2() <= none + 1e-6);
    assertTrue(fits.get(2).chi2() <= none + 1e-6);
    // The intensity reading predicts less deficit where the flux density is lower (BEST outer).
    GalliumFit.ModelFit in = fits.get(1);
    assertTrue(in.predictions()[5] > in.predictions()[4]);
  }
}
