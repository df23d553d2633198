package org.vfit.likelihood.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.ReactorUnits;
import org.vfit.datasets.model.Values;
import org.vfit.oscillation.MixingParameters;

/** The KamLAND prediction: normalisation, shape, accuracy against brute force, reactor models. */
class KamLandPredictionTest {
  static final ReactorSpectrum KAMLAND = Datasets.load("kamland-2011", ReactorSpectrum.class);

  /** Calendar years 2002–2009 from KamLAND's start, as the dataset's notes prescribe for PRIS. */
  static final KamLandOptions PRIS =
      KamLandOptions.defaults()
          .withPris(
              "japan-korea-reactors-pris", LocalDate.of(2002, 3, 9), LocalDate.of(2009, 12, 31));

  /** P = 1 exactly. */
  static final MixingParameters NO_OSCILLATION = new MixingParameters(0, 2.5e-3, 0, 0, 0.7, 0);

  /** sin²θ13 from Daya Bay's sin²2θ13 = 0.0856. */
  static final double SIN2_THETA13_DAYA_BAY = 0.5 * (1 - Math.sqrt(1 - 0.0856));

  static MixingParameters point(double dm21, double sin2Theta12, double sin2Theta13) {
    return MixingParameters.ofSin2(dm21, 2.5e-3, sin2Theta12, sin2Theta13, 0.5, 0);
  }

  @Test
  void withoutOscillationThePredictionIsThePublishedColumn() {
    Values column = KAMLAND.periods().get(0).noOscillation();
    double[] model =
        KamLandPrediction.of(KAMLAND, KamLandOptions.defaults())
            .reactorEvents(NO_OSCILLATION, 1, 0);
    // The total is the normalisation condition (2878.9 events); only rounding remains.
    assertEquals(column.sum(), Values.of(model).sum(), 1e-9 * column.sum());
    double[] calibrated =
        KamLandPrediction.of(
                KAMLAND,
                KamLandOptions.defaults().withShape(KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION))
            .reactorEvents(NO_OSCILLATION, 1, 0);
    for (int i = 0; i < calibrated.length; i++) {
      assertEquals(column.get(i), calibrated[i], 1e-12 * column.get(i), "bin " + i);
    }
  }

  @Test
  void modelShapeAgainstThePublishedNoOscillationColumn() {
    Values column = KAMLAND.periods().get(0).noOscillation();
    double[] model = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults()).modelNoOscillation(0);
    double[] centre = new double[model.length];
    StringBuilder table =
        new StringBuilder(
            "column / model (Huber-Mueller, SV, 6.4 %/sqrt(E), kms21), no oscillation:\n");
    double low = 0, plateau = 0, tail = 0;
    double plateauMin = Double.POSITIVE_INFINITY, plateauMax = 0;
    int nPlateau = 0;
    for (int i = 0; i < model.length; i++) {
      centre[i] = 0.5 * (KAMLAND.binEdges().get(i) + KAMLAND.binEdges().get(i + 1));
      double r = column.get(i) / model[i];
      table.append(String.format("%5.2f %.3f%s", centre[i], r, i % 8 == 7 ? "\n" : "   "));
      if (centre[i] > 1.3 && centre[i] < 7.5) {
        plateauMin = Math.min(plateauMin, r);
        plateauMax = Math.max(plateauMax, r);
        plateau += r;
        nPlateau++;
      }
      if (centre[i] < 1.2) {
        low = Math.max(low, r);
      }
      if (centre[i] > 8.0) {
        tail += r / 5;
      }
    }
    System.out.println(table);
    plateau /= nPlateau;
    // The column holds KamLAND's selection efficiency, the model none: column/model is the
    // efficiency up to a constant, times the ratio of KamLAND's 2010 flux model to Huber–Mueller.
    // On 1.3–7.5 MeV the efficiency of the paper's Fig. 1 (digitised, shared data
    // reactor/kamland/digitized_2011/efficiency_2011.csv) runs from 0.8053 to 0.9312, so the ratio
    // may spread by that factor and no more unless the two flux models differ in shape. Measured:
    // 0.941–1.032 (a factor 1.097).
    assertTrue(
        plateauMax / plateauMin <= 0.9312 / 0.8053,
        "column/model spreads by " + plateauMax / plateauMin + " on 1.3-7.5 MeV");
    // The selection efficiency falls below ~1.3 MeV (44 % at 0.95 MeV against 93 % on the plateau
    // in
    // the paper's Fig. 1); the model has no efficiency, so the ratio must drop there.
    assertTrue(low < plateau - 0.1, "no efficiency drop below 1.2 MeV: " + low + " vs " + plateau);
    // Above 8 MeV prompt (E_ν > 8.8 MeV) Huber–Mueller is extrapolated beyond its 2–8 MeV fit range
    // and falls faster than KamLAND's spectrum: the column has 1.3–1.9 times more events there.
    assertTrue(tail > 1.3, "high-energy tail ratio " + tail);
  }

  @Test
  void fastPredictionAgreesWithADirectIntegration() {
    // Quadrature in 1/E, the resolution kernel and the Hermite interpolation against a 20 000-node
    // direct integration of the same closed-form probability: seen ≤ 5e-4 of the statistical error
    // and ≤ 1e-3 relative (the latter in the 0.5-event bin below 1 MeV); 2e-3 of each bound.
    Object[][] cases = {
      {KamLandOptions.defaults(), point(7.5e-5, 0.31, SIN2_THETA13_DAYA_BAY), 1.0},
      {
        KamLandOptions.defaults().withPropagation(KamLandOptions.Propagation.VACUUM),
        point(7.5e-5, 0.31, 0),
        1.03
      },
      {
        KamLandOptions.defaults().withShape(KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION),
        point(1.5e-4, 0.28, SIN2_THETA13_DAYA_BAY),
        0.97
      },
    };
    for (Object[] c : cases) {
      KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, (KamLandOptions) c[0]);
      MixingParameters p = (MixingParameters) c[1];
      double scale = (Double) c[2];
      double[] fast = prediction.reactorEvents(p, scale, 0);
      double[] direct = DirectIntegration.events(prediction, p, scale, 0, false);
      for (int i = 0; i < fast.length; i++) {
        double d = Math.abs(fast[i] - direct[i]);
        assertTrue(
            d < 2e-3 * Math.sqrt(direct[i]) && d < 2e-3 * direct[i],
            "bin "
                + i
                + ": fast "
                + fast[i]
                + " direct "
                + direct[i]
                + " ("
                + c[0]
                + ", scale "
                + scale
                + ")");
      }
    }
  }

  @Test
  void atmosphericOscillationIsAveragedByTheResolution() {
    // Exact three-flavour propagation (Δm²31 oscillating) against the closed form (averaged), both
    // integrated directly, crust matter, Daya Bay θ13. At 180 km the Δm²31 period is 0.09 MeV at
    // 4 MeV against σ = 0.12 MeV: damped by e^-16. Only Shika (88 km) keeps a trace above 7 MeV.
    // Seen: ≤ 4e-3 of the statistical error in every bin, ≤ 5e-4 relative in bins above 10 events.
    KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults());
    MixingParameters p = point(7.5e-5, 0.31, SIN2_THETA13_DAYA_BAY);
    double[] exact = DirectIntegration.events(prediction, p, 1, 0, true);
    double[] averaged = DirectIntegration.events(prediction, p, 1, 0, false);
    double worst = 0;
    for (int i = 0; i < exact.length; i++) {
      double d = Math.abs(exact[i] - averaged[i]);
      worst = Math.max(worst, d / Math.sqrt(averaged[i]));
      assertTrue(
          d < 1e-2 * Math.sqrt(averaged[i]), "bin " + i + ": " + exact[i] + " vs " + averaged[i]);
      if (averaged[i] > 10) {
        assertTrue(d < 1e-3 * averaged[i], "bin " + i + ": " + exact[i] + " vs " + averaged[i]);
      }
    }
    // and the averaging is not trivially exact: θ13 leaves a visible (if tiny) residual
    assertTrue(worst > 1e-5, "no Δm²31 residual at all: " + worst);
  }

  @Test
  void predictionAtKamLandsPublishedBestFitAgainstTheirBestFitColumn() {
    // The brief's KamLAND-only point (Δm²21 = 7.50e-5 eV², tan²θ12 = 0.492, θ13 = 0). The column
    // sums to 1634.2 events where we predict 1688–1691 (3.3 % more): the column is not at a θ13 = 0
    // point (a fit of our model to it finds sin²θ13 ≈ 0.03–0.04, see KamLandFitTest). Its shape per
    // bin, once the totals are matched, agrees within 4.2 % (published shape) or 12.6 % (model
    // shape,
    // which lacks the efficiency) in bins above 5 events, and no bin is off by 0.5 σ_stat.
    Values column = KAMLAND.periods().get(0).referenceBestFit();
    MixingParameters p = point(7.50e-5, 0.492 / 1.492, 0);
    for (KamLandOptions.Shape shape : KamLandOptions.Shape.values()) {
      double[] predicted =
          KamLandPrediction.of(KAMLAND, KamLandOptions.defaults().withShape(shape))
              .reactorEvents(p, 1, 0);
      double total = Values.of(predicted).sum();
      double k = column.sum() / total;
      assertEquals(0.967, k, 0.005, shape + ": total " + total);
      StringBuilder table =
          new StringBuilder(
              shape
                  + ": best-fit column / prediction at (7.50, 0.492, 0), total "
                  + String.format("%.1f / %.1f%n", column.sum(), total));
      for (int i = 0; i < predicted.length; i++) {
        double r = column.get(i) / predicted[i];
        table.append(
            String.format(
                "%5.2f %.3f%s", KAMLAND.binEdges().get(i) + 0.05, r, i % 8 == 7 ? "\n" : "   "));
        if (column.get(i) > 5) {
          assertEquals(1.0, r / k, shape == KamLandOptions.Shape.MODEL ? 0.13 : 0.045, "bin " + i);
        }
        assertTrue(
            Math.abs(column.get(i) - predicted[i]) < 0.5 * Math.sqrt(Math.max(column.get(i), 1)),
            "bin " + i);
      }
      System.out.println(table);
    }
  }

  @Test
  void energyScaleStretchesThePromptAxis() {
    // s = 1.03: the content of bin [a, b] is the unstretched content of [a/s, b/s]. Checked against
    // the direct integration with divided edges in fastPredictionAgreesWithADirectIntegration; here
    // the direction: a larger scale moves events to higher prompt energy, so the mean rises by ~3
    // %.
    KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults());
    MixingParameters p = point(7.5e-5, 0.31, 0);
    double[] nominal = prediction.reactorEvents(p, 1.0, 0);
    double[] stretched = prediction.reactorEvents(p, 1.03, 0);
    // ⟨y⟩ from bin centres changes by 3 % up to the events pushed past 8.5 MeV (≪ 0.1 %) and the
    // 0.1 MeV binning (≤ 0.3 % of the mean): tolerance 0.005.
    assertEquals(1.03, mean(stretched) / mean(nominal), 0.005);
    assertThrows(IllegalStateException.class, () -> prediction.reactorEvents(p, 1.2, 0));
  }

  /**
   * Minuit's limit transform can land a rounding error beyond the fit limit 1 ± 0.1 (issue 10: a
   * contour died on "energy scale 1.1 outside the supported range"). The table reaches beyond the
   * limits, so the limit itself and a step past it give the continuous value: the two differ by the
   * stretch of 1e-12, i.e. at the 1e-10 level of a bin's content.
   */
  @Test
  void energyScaleAtTheFitLimitIsTabulated() {
    KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults());
    MixingParameters p = point(7.5e-5, 0.31, 0);
    double limit = 1 + KamLandPrediction.MAX_SCALE_DEVIATION;
    double[] at = prediction.reactorEvents(p, limit, 0);
    double[] past = prediction.reactorEvents(p, Math.nextUp(Math.nextUp(limit)), 0);
    for (int i = 0; i < at.length; i++) {
      assertEquals(at[i], past[i], 1e-9 * Math.max(1, at[i]), "bin " + i);
    }
  }

  private static double mean(double[] bins) {
    double s = 0, sy = 0;
    for (int i = 0; i < bins.length; i++) {
      double y = KAMLAND.binEdges().get(i) + 0.05;
      s += bins[i];
      sy += bins[i] * y;
    }
    return sy / s;
  }

  @Test
  void prisAverageFollowsTheLoadFactorsIncludingTheKashiwazakiKariwaShutdown() {
    ReactorUnits pris = Datasets.load("japan-korea-reactors-pris", ReactorUnits.class);
    // Whole calendar years: the day-weighted average (365 or 366 of 2192 days per year) equals the
    // dataset's year average (1/6 per year) up to a per-year weight ratio of 6·366/2192 = 1.0018,
    // so
    // within 2e-3 for a site running in a single year (FUGEN, shut down in 2003, is off by 9e-4).
    ReactorSources years =
        ReactorSources.of(pris, LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31), 0);
    for (ReactorSource s : years.sources()) {
      ReactorUnits.Site site = pris.site(s.label());
      double expected =
          pris.meanThermalPower(s.label(), 2003, 2008) / (site.baseline() * site.baseline());
      assertEquals(expected, s.weight(), 2e-3 * expected, s.label());
    }
    // All seven Kashiwazaki-Kariwa units were off through 2008 after the July 2007 earthquake.
    ReactorSources y2008 =
        ReactorSources.of(pris, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), 0);
    assertFalse(y2008.sources().stream().anyMatch(s -> s.label().equals("KASHIWAZAKI KARIWA")));
    ReactorSources y2006 =
        ReactorSources.of(pris, LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31), 0);
    // With K-K (160 km) gone the flux-weighted baseline moves out: 2006 vs 2008 differ by > 10 km.
    assertTrue(
        y2008.meanBaselineKm() - y2006.meanBaselineKm() > 10,
        y2006.meanBaselineKm() + " km in 2006, " + y2008.meanBaselineKm() + " km in 2008");
    // The kamland-2011 period does not say when it ends: PRIS then needs explicit dates.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KamLandPrediction.of(
                    KAMLAND,
                    KamLandOptions.defaults().withReactorTable("japan-korea-reactors-pris")));
    assertTrue(e.getMessage().contains("withPris"), e.getMessage());
  }

  @Test
  void reactorTablesGiveDifferentBaselineMixes() {
    // Flux-weighted mean baselines: 211.9 km (KMS 21, its notes), 202.0 km (GEFAN 22, its notes),
    // and PRIS 2002-03-09…2009 as computed here; the tables are the largest lever on Δm²21.
    assertEquals(
        211.9,
        KamLandPrediction.of(KAMLAND, KamLandOptions.defaults()).sources(0).meanBaselineKm(),
        0.05);
    assertEquals(
        202.0,
        KamLandPrediction.of(
                KAMLAND, KamLandOptions.defaults().withReactorTable("kamland-reactors-gefan22"))
            .sources(0)
            .meanBaselineKm(),
        0.05);
    ReactorSources pris = KamLandPrediction.of(KAMLAND, PRIS).sources(0);
    System.out.println(
        "PRIS 2002-03-09..2009-12-31: "
            + pris.sources().size()
            + " sites, mean baseline "
            + String.format("%.1f km", pris.meanBaselineKm()));
    // between the two third-party tables' values and the PRIS site list's range
    assertTrue(
        pris.meanBaselineKm() > 200 && pris.meanBaselineKm() < 230,
        "PRIS mean " + pris.meanBaselineKm());
  }

  @Test
  void farReactorsAddTheAveragedProbabilityLinearly() {
    // N(f) = (1 − f) N(0) + f N(1): with the far fraction f the listed reactors keep their weights
    // and
    // the far ones get f/(1−f) of them. Linear in f to rounding.
    MixingParameters p = point(7.5e-5, 0.31, 0.02);
    double[] n0 = withFar(0.0).reactorEvents(p, 1, 0);
    double[] n3 = withFar(0.3).reactorEvents(p, 1, 0);
    double[] n6 = withFar(0.6).reactorEvents(p, 1, 0);
    for (int i = 0; i < n0.length; i++) {
      assertEquals(0.5 * (n0[i] + n6[i]), n3[i], 1e-10 * n3[i]);
    }
    // Where every listed reactor's oscillation is averaged out too (Δm²21 = 1e-2 eV²), far reactors
    // change nothing.
    MixingParameters fast = point(1e-2, 0.31, 0.02);
    double[] a = withFar(0.0).reactorEvents(fast, 1, 0);
    double[] b = withFar(0.5).reactorEvents(fast, 1, 0);
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i], b[i], 1e-12 * a[i], "bin " + i);
    }
  }

  @Test
  void largeSplittingsAreAveragedNotAliased() {
    // Far above KamLAND's Δm²21 the oscillation of distant reactors is faster than the energy grid
    // can sample; those terms are replaced by their average. Against the direct integration the
    // prediction must stay within 1 % of each bin above 1 event and within 0.02 σ_stat everywhere
    // (seen at 1e-3 eV²: 0.58 % and 0.009 σ, near 7 MeV where the resolution averages least; at
    // 2e-4 eV² and below nothing is dropped and the agreement is 2e-4).
    KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults());
    for (double dm : new double[] {2.5e-4, 5e-4, 1e-3}) {
      MixingParameters p = point(dm, 0.31, 0);
      double[] fast = prediction.reactorEvents(p, 1, 0);
      double[] direct = DirectIntegration.events(prediction, p, 1, 0, false);
      for (int i = 0; i < fast.length; i++) {
        double d = Math.abs(fast[i] - direct[i]);
        assertTrue(
            d < 0.02 * Math.sqrt(direct[i]),
            "Δm² " + dm + " bin " + i + ": " + fast[i] + " vs " + direct[i]);
        if (direct[i] > 1) {
          assertTrue(
              d < 0.01 * direct[i],
              "Δm² " + dm + " bin " + i + ": " + fast[i] + " vs " + direct[i]);
        }
      }
    }
  }

  private static KamLandPrediction withFar(double fraction) {
    ReactorSpectrum.Reactors r = KAMLAND.reactors();
    ReactorSpectrum d =
        new ReactorSpectrum(
            KAMLAND.meta(),
            KAMLAND.binEdges(),
            KAMLAND.detector(),
            KAMLAND.periods(),
            KAMLAND.systematics(),
            new ReactorSpectrum.Reactors(r.tables(), r.defaultTable(), fraction),
            KAMLAND.fluxModel(),
            KAMLAND.fissionFractions());
    return KamLandPrediction.of(d, KamLandOptions.defaults());
  }

  @Test
  void concurrentEvaluationsAgreeWithSerialOnes() throws Exception {
    // Each thread has its own workspace and cache; interleaved points must not leak between them.
    KamLandPrediction prediction = KamLandPrediction.of(KAMLAND, KamLandOptions.defaults());
    double[][] serial = new double[40][];
    for (int k = 0; k < serial.length; k++) {
      serial[k] = prediction.reactorEvents(point((6 + 0.1 * k) * 1e-5, 0.3, 0), 1 + 0.001 * k, 0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<double[]>> futures = new java.util.ArrayList<>();
      for (int k = 0; k < serial.length; k++) {
        int kk = k;
        futures.add(
            pool.submit(
                () ->
                    prediction.reactorEvents(
                        point((6 + 0.1 * kk) * 1e-5, 0.3, 0), 1 + 0.001 * kk, 0)));
      }
      for (int k = 0; k < serial.length; k++) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(serial[k], futures.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
