package org.vfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Minuit;
import org.vfit.fit.minuit.MultiStart;
import org.vfit.fit.testing.Golden;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.reactor.IbdCrossSection;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.reactor.KamLandPrediction;
import org.vfit.likelihood.reactor.KamLandTerm;
import org.vfit.oscillation.MixingParameters;

/**
 * KamLAND-only fits of {@code kamland-2011} with vfit's Minuit, for each reactor model and the
 * other levers, against the published KamLAND-only 2011 result (θ13 = 0): Δm²21 = 7.50 ± 0.20 ×10⁻⁵
 * eV², tan²θ12 = 0.492 +0.086 −0.067 (PRD 83, 052002; shared reactor/kamland.json).
 *
 * <p>Lives in the fit module because the minimiser sits above the likelihood module. The values
 * reported for each reactor model and lever are recorded in the golden file kamland-levers.tsv
 * (regenerate with {@code -Dvfit.regenerateGoldens=true}, src/test/resources/README.md).
 */
class KamLandFitTest {
  private static final ReactorSpectrum KAMLAND =
      Datasets.load("kamland-2011", ReactorSpectrum.class);
  private static final double PUBLISHED_DM21 = 7.50;
  private static final double PUBLISHED_DM21_ERROR = 0.20;
  private static final double PUBLISHED_TAN2 = 0.492;
  private static final double PUBLISHED_TAN2_MINUS = 0.067;
  private static final double PUBLISHED_TAN2_PLUS = 0.086;

  /**
   * The table cases below are run with U and Th free (the configuration their values were measured
   * in).
   */
  private static final KamLandOptions GEO_FREE =
      KamLandOptions.defaults().withFreeBackgrounds(KamLandOptions.FreeBackgrounds.FREE);

  private static final KamLandOptions KMS21 = GEO_FREE;
  private static final KamLandOptions PRIS =
      GEO_FREE.withPris(
          "japan-korea-reactors-pris", LocalDate.of(2002, 3, 9), LocalDate.of(2009, 12, 31));
  private static final KamLandOptions GEFAN22 =
      GEO_FREE.withReactorTable("kamland-reactors-gefan22");

  /** One fit's outcome; Δm²21 in 1e-5 eV², errors from MINOS. */
  record Result(
      String label,
      double dm21,
      double dm21Minus,
      double dm21Plus,
      double sin2,
      double sin2Minus,
      double sin2Plus,
      double sin2Theta13,
      double chi2,
      int bins,
      FunctionMinimum minimum) {
    double tan2() {
      return sin2 / (1 - sin2);
    }

    double tan2Minus() {
      double s = sin2 + sin2Minus;
      return s / (1 - s) - tan2();
    }

    double tan2Plus() {
      double s = sin2 + sin2Plus;
      return s / (1 - s) - tan2();
    }

    double dm21Error() {
      return 0.5 * (dm21Plus - dm21Minus);
    }

    @Override
    public String toString() {
      return String.format(
          "%-44s Δm²21 = %.3f %+.3f/%+.3f  tan²θ12 = %.3f %+.3f/%+.3f  sin²θ12 = %.4f %+.4f/%+.4f"
              + "  sin²θ13 = %.4f  χ²/bins = %.2f/%d",
          label,
          dm21,
          dm21Plus,
          dm21Minus,
          tan2(),
          tan2Plus(),
          tan2Minus(),
          sin2,
          sin2Plus,
          sin2Minus,
          sin2Theta13,
          chi2,
          bins);
    }
  }

  /** MIGRAD from three Δm²21 starts (the KamLAND χ² has several islands), then HESSE and MINOS. */
  static Result fit(String label, List<LikelihoodTerm> terms, boolean theta13Free) {
    MixingParameters start =
        MixingParameters.ofSin2(7.0e-5, 2.5e-3, 0.30, theta13Free ? 0.022 : 0.0, 0.5, 0);
    CombinedLikelihood l = new CombinedLikelihood(terms, Hypothesis.h0(), start);
    String[] names = l.parameterNames().toArray(new String[0]);
    Minuit m = LikelihoodMinuit.of(l);
    if (!theta13Free) {
      m.fix("sin2theta13");
    }
    m.strategy(2);
    List<double[]> starts = new ArrayList<>();
    for (double dm : new double[] {6.5, 7.5, 8.5}) {
      double[] s = l.startValues();
      s[0] = dm;
      starts.add(s);
    }
    FunctionMinimum best = MultiStart.fromPoints(m, starts, 1).best();
    for (int i = 0; i < names.length; i++) {
      m.value(names[i], best.values()[i]);
    }
    FunctionMinimum min = m.migrad();
    m.hesse();
    Map<String, MinosError> minos = m.minos("dm21", "sin2theta12");
    MinosError dm = minos.get("dm21"), s12 = minos.get("sin2theta12");
    assertTrue(
        m.fmin().isValid() && dm.isValid() && s12.isValid(),
        label + ": invalid fit\n" + m.summary());
    int bins = terms.stream().mapToInt(LikelihoodTerm::dataPoints).sum();
    return new Result(
        label,
        m.value("dm21"),
        dm.lower(),
        dm.upper(),
        m.value("sin2theta12"),
        s12.lower(),
        s12.upper(),
        m.value("sin2theta13"),
        m.fmin().fval(),
        bins,
        min);
  }

  static Result kamlandOnly(String label, KamLandOptions options, boolean dayaBay) {
    List<LikelihoodTerm> terms = new ArrayList<>();
    terms.add(new KamLandTerm(KAMLAND, options));
    if (dayaBay) {
      terms.add(Likelihoods.term("daya-bay-theta13"));
    }
    return fit(label, terms, dayaBay);
  }

  @Test
  void withGeoUAndThFreeTheFitLandsWithinHalfASigmaWithALargerError() {
    Result r = kamlandOnly("kms21, crust, geo U/Th free, θ13 = 0", KMS21, false);
    System.out.println(r);
    // 7.57 ± 0.26 and tan²θ12 = 0.470: +0.35σ and −0.33σ. Not within 0.3σ, and not tuned. Two
    // reasons, both measured below: a time-averaged reactor table (docs/design.md §5: lands above
    // KamLAND's value) and a binned, time-integrated fit in which the separately free U and Th
    // normalisations trade against the low-energy reactor spectrum — KamLAND's unbinned fit uses
    // the
    // reactor flux's time variation, which the geo flux does not have. Bounds: 0.5σ on both, and
    // the
    // Δm²21 error within 35 % of 0.20 (seen +28 %).
    assertEquals(PUBLISHED_DM21, r.dm21, 0.5 * PUBLISHED_DM21_ERROR, r.toString());
    assertEquals(PUBLISHED_TAN2, r.tan2(), 0.5 * PUBLISHED_TAN2_MINUS, r.toString());
    assertEquals(PUBLISHED_DM21_ERROR, r.dm21Error(), 0.35 * PUBLISHED_DM21_ERROR, r.toString());
    assertTrue(
        r.dm21Error() > 1.15 * PUBLISHED_DM21_ERROR,
        "the geo freedom no longer inflates the error: " + r);
    // 76 bins of mostly 10–50 events, 8 free parameters: χ²_min near 68 ± 12 would be typical; seen
    // 93.
    assertTrue(r.chi2 > 50 && r.chi2 < 110, r.toString());
  }

  @Test
  void theDefaultGeoTreatmentWithTheRatioFixedMeetsThePublishedResult() {
    // KamLandOptions.defaults() is COMMON: the bundled-name factory gives this configuration.
    assertEquals(
        KamLandOptions.FreeBackgrounds.COMMON, KamLandOptions.defaults().freeBackgrounds());
    // One free geo normalisation with the reference Earth model's Th/U ratio (COMMON) removes the
    // U/Th trade-off. With the dataset's default table (KMS 21) Δm²21 and tan²θ12 are then within
    // 0.3σ and the error within 15 % (seen 7.487 ± 0.195, 0.479). PRIS lands at 7.437 ± 0.195
    // (−0.32σ, tan²θ12 0.483): the same 0.05 table-to-table spread as with free geo, so it is held
    // to 0.5σ, the error to 15 %.
    Result kms =
        kamlandOnly(
            "kms21, crust, geo Th/U fixed, θ13 = 0",
            KMS21.withFreeBackgrounds(KamLandOptions.FreeBackgrounds.COMMON),
            false);
    Result pris =
        kamlandOnly(
            "PRIS 2002-03-09..2009, crust, geo Th/U fixed, θ13 = 0",
            PRIS.withFreeBackgrounds(KamLandOptions.FreeBackgrounds.COMMON),
            false);
    System.out.println(kms);
    System.out.println(pris);
    assertEquals(PUBLISHED_DM21, kms.dm21, 0.3 * PUBLISHED_DM21_ERROR, kms.toString());
    assertEquals(PUBLISHED_TAN2, kms.tan2(), 0.3 * PUBLISHED_TAN2_MINUS, kms.toString());
    assertEquals(PUBLISHED_DM21, pris.dm21, 0.5 * PUBLISHED_DM21_ERROR, pris.toString());
    assertEquals(PUBLISHED_TAN2, pris.tan2(), 0.3 * PUBLISHED_TAN2_MINUS, pris.toString());
    for (Result r : List.of(kms, pris)) {
      assertEquals(PUBLISHED_DM21_ERROR, r.dm21Error(), 0.15 * PUBLISHED_DM21_ERROR, r.toString());
      assertEquals(PUBLISHED_TAN2_PLUS, r.tan2Plus(), 0.15 * PUBLISHED_TAN2_PLUS, r.toString());
      assertEquals(-PUBLISHED_TAN2_MINUS, r.tan2Minus(), 0.15 * PUBLISHED_TAN2_MINUS, r.toString());
    }
  }

  @Test
  void theta13FromDayaBayLowersTheMixingAngleAndSlightlyTheSplitting() {
    // θ13 lowers the rate as a larger θ12 would (P = c13⁴ P₂ + s13⁴), so with Daya Bay's θ13 the
    // fit
    // returns a smaller tan²θ12 (seen −0.038) and, through the spectral shape, a Δm²21 lower by
    // 0.065 (0.3σ): the "few tenths of σ" of docs/design.md §5. Bounds: tan²θ12 lower by 0.02–0.06,
    // Δm²21 by 0–0.1.
    Result zero = kamlandOnly("kms21, crust, geo free, θ13 = 0", KMS21, false);
    Result db = kamlandOnly("kms21, crust, geo free, θ13 Daya Bay", KMS21, true);
    System.out.println(db);
    assertTrue(db.dm21 < zero.dm21 && db.dm21 > zero.dm21 - 0.1, db + " vs " + zero);
    assertTrue(
        db.tan2() < zero.tan2() - 0.02 && db.tan2() > zero.tan2() - 0.06, db + " vs " + zero);
    // Daya Bay's sin²2θ13 = 0.0856 ± 0.0029 dominates θ13: sin²θ13 = 0.0219 ± 0.0008.
    assertEquals(0.0219, db.sin2Theta13, 0.001, db.toString());
    // Against the published θ13 = 0 result only Δm²21 compares like for like: 7.505 (+0.03σ); its
    // error is inflated by the free geo normalisations as at θ13 = 0 (seen +30 %, bound 35 %).
    assertEquals(PUBLISHED_DM21, db.dm21, 0.3 * PUBLISHED_DM21_ERROR, db.toString());
    assertEquals(PUBLISHED_DM21_ERROR, db.dm21Error(), 0.35 * PUBLISHED_DM21_ERROR, db.toString());
  }

  /** The golden file of {@link #reactorModelsAndLeversReportedValues}. */
  private static final String LEVERS = "kamland-levers.tsv";

  @Test
  void reactorModelsAndLeversReportedValues() {
    // The values of the hand-back note, recorded in kamland-levers.tsv. MIGRAD's EDM goal moves
    // them by < 0.01σ; a change beyond 0.03 in Δm²21 or 0.005 in tan²θ12 means the model changed
    // and the note must be redone (then regenerate the file and review its diff).
    Object[][] cases = {
      {"kms21, crust, θ13 = 0", KMS21, false},
      {"PRIS, crust, θ13 = 0", PRIS, false},
      {"GEFAN 22, crust, θ13 = 0", GEFAN22, false},
      {"kms21, vacuum, θ13 = 0", KMS21.withPropagation(KamLandOptions.Propagation.VACUUM), false},
      {"PRIS, vacuum, θ13 = 0", PRIS.withPropagation(KamLandOptions.Propagation.VACUUM), false},
      {"PRIS, crust, θ13 Daya Bay", PRIS, true},
      {"GEFAN 22, crust, θ13 Daya Bay", GEFAN22, true},
      {
        "kms21, crust, published no-osc shape",
        KMS21.withShape(KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION),
        false
      },
      {
        "PRIS, crust, published no-osc shape",
        PRIS.withShape(KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION),
        false
      },
      {"kms21, crust, neutron recoil", KMS21.withNeutronRecoil(true), false},
      {
        "kms21, crust, Vogel-Beacom",
        KMS21.withCrossSection(IbdCrossSection.Model.VOGEL_BEACOM),
        false
      },
      {
        "kms21, crust, geo fixed",
        KMS21.withFreeBackgrounds(KamLandOptions.FreeBackgrounds.FIXED),
        false
      },
      {
        "GEFAN 22, crust, geo Th/U fixed",
        GEFAN22.withFreeBackgrounds(KamLandOptions.FreeBackgrounds.COMMON),
        false
      },
    };
    List<Result> results = new ArrayList<>();
    for (Object[] c : cases) {
      Result r =
          kamlandOnly(
              (String) c[0] + (c[0].toString().contains("geo") ? "" : ", geo free"),
              (KamLandOptions) c[1],
              (Boolean) c[2]);
      results.add(r);
      System.out.println(r);
    }
    StringBuilder actual =
        new StringBuilder(
            "# KamLAND-only fits of kamland-2011 (KamLandFitTest.reactorModelsAndLeversReportedValues)\n"
                + "# case\tdm21 [1e-5 eV^2]\ttan^2 theta12\n");
    for (int k = 0; k < cases.length; k++) {
      actual.append(
          String.format(
              java.util.Locale.ROOT,
              "%s\t%.3f\t%.3f%n",
              cases[k][0],
              results.get(k).dm21,
              results.get(k).tan2()));
    }
    if (Golden.regenerating()) {
      Golden.write(KamLandFitTest.class, LEVERS, actual.toString());
    } else {
      List<String[]> recorded = rows(Golden.read(KamLandFitTest.class, LEVERS));
      assertEquals(cases.length, recorded.size(), "cases in " + LEVERS);
      for (int k = 0; k < cases.length; k++) {
        String[] row = recorded.get(k);
        Result r = results.get(k);
        assertEquals(cases[k][0], row[0], LEVERS + " row " + (k + 1));
        assertEquals(Double.parseDouble(row[1]), r.dm21, 0.03, r.toString());
        assertEquals(Double.parseDouble(row[2]), r.tan2(), 0.005, r.toString());
      }
    }
    // The reactor table is the largest lever (docs/design.md §5): GEFAN 22, whose flux mix has 31 %
    // from
    // Kashiwazaki-Kariwa, lands 0.4 above KMS 21 (22 %); PRIS averaged over 2002–2009, with K-K off
    // after July 2007, lands lowest.
    assertTrue(results.get(2).dm21 - results.get(0).dm21 > 0.3);
    assertTrue(results.get(1).dm21 < results.get(0).dm21);
    // Crust matter lowers the fitted Δm²21 by ~0.5 % for ν̄ (their Δm²_m is larger than Δm²).
    double shift = results.get(3).dm21 / results.get(0).dm21 - 1;
    assertTrue(shift > 0.002 && shift < 0.01, "matter shift " + shift);
  }

  @Test
  void asimovDataReturnTheirPoint() {
    // Asimov data at a point away from the nominal nuisances: the fit must return the point. With
    // tolerance 1e-5 the EDM goal is 2e-8, i.e. parameters within ~2e-4 of their errors of the
    // minimum: 5e-5 × Δm²21 (error 0.26 of 7.3) and 2e-5 × sin²θ12 (0.034 of 0.33); bound 1e-4.
    KamLandTerm term = new KamLandTerm(KAMLAND, KMS21);
    MixingParameters truth = MixingParameters.ofSin2(7.3e-5, 2.5e-3, 0.33, 0.0, 0.5, 0);
    double[] nuisance = {0.98, 1.01, 1.05, 1.0, 0.9, 1.2};
    LikelihoodTerm asimov = term.asimov(truth, nuisance);
    CombinedLikelihood l =
        new CombinedLikelihood(
            List.of(asimov),
            Hypothesis.h0(),
            MixingParameters.ofSin2(7.8e-5, 2.5e-3, 0.29, 0.0, 0.5, 0));
    String[] names = l.parameterNames().toArray(new String[0]);
    Minuit m = LikelihoodMinuit.of(l);
    m.fix("sin2theta13");
    m.strategy(2).tolerance(1e-5);
    FunctionMinimum min = m.migrad();
    assertTrue(min.isValid(), m.summary());
    assertEquals(7.3, min.value("dm21"), 1e-4 * 7.3, m.summary());
    assertEquals(0.33, min.value("sin2theta12"), 1e-4 * 0.33, m.summary());
    for (int k = 0; k < nuisance.length; k++) {
      // the free geo factors are the least constrained (error 0.8): 2e-4 of that is 1.6e-4
      assertEquals(nuisance[k], min.values()[3 + k], 1e-3 * nuisance[k], names[3 + k]);
    }
    // χ² at the minimum: the Asimov χ² is exactly 0 at the truth, so fval ≤ EDM scale.
    assertEquals(0.0, min.fval(), 1e-6, m.summary());
  }

  @Test
  void theBestFitColumnIsAThreeFlavourPointThatOurModelReproduces() {
    // Fit (Δm²21, θ12, θ13) of the prediction to KamLAND's own best-fit reactor column (a smooth
    // model curve: Σ (prediction − column)²/column, no noise). With the published shape and PRIS
    // 2002–2009 it matches to Σ d²/column ≈ 0.01 over 76 bins (every bin within 0.03 σ_stat) at
    // sin²θ13 ≈ 0.036, while the best θ13 = 0 point leaves 1.5: the column is a three-flavour best
    // fit, so the brief's θ13 = 0 point cannot reproduce it (3.3 % fewer events, see
    // KamLandPredictionTest).
    Values column = KAMLAND.periods().get(0).referenceBestFit();
    KamLandPrediction prediction =
        KamLandPrediction.of(
            KAMLAND, PRIS.withShape(KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION));
    double[] threeFlavour = columnFit(prediction, column, false);
    double[] twoFlavour = columnFit(prediction, column, true);
    System.out.printf(
        "best-fit column reproduced at Δm²21 = %.3f, tan²θ12 = %.3f, sin²θ13 = %.4f: Σd²/col = %.4f;"
            + " with θ13 = 0: Δm²21 = %.3f, tan²θ12 = %.3f, Σd²/col = %.3f%n",
        threeFlavour[0],
        threeFlavour[1] / (1 - threeFlavour[1]),
        threeFlavour[2],
        threeFlavour[3],
        twoFlavour[0],
        twoFlavour[1] / (1 - twoFlavour[1]),
        twoFlavour[3]);
    assertTrue(threeFlavour[3] < 0.05, "column not reproduced: " + threeFlavour[3]);
    assertTrue(twoFlavour[3] > 20 * threeFlavour[3], "θ13 = 0 fits as well: " + twoFlavour[3]);
    assertTrue(threeFlavour[2] > 0.02 && threeFlavour[2] < 0.06, "sin²θ13 " + threeFlavour[2]);
    // and the splitting it finds is KamLAND's to 1 % (the column's point is not bundled; Δm²21 of
    // the
    // KamLAND-only fits is 7.50 ± 0.20)
    assertEquals(PUBLISHED_DM21, threeFlavour[0], 0.075);
  }

  /** The tab-separated rows of a golden table, comment lines (#) left out. */
  private static List<String[]> rows(String text) {
    List<String[]> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  /** {Δm²21, sin²θ12, sin²θ13, Σ d²/column} of the prediction closest to a column. */
  private static double[] columnFit(
      KamLandPrediction prediction, Values column, boolean theta13Zero) {
    Minuit m =
        new Minuit(
            x -> {
              double[] ev =
                  prediction.reactorEvents(
                      MixingParameters.ofSin2(x[0] * 1e-5, 2.5e-3, x[1], x[2], 0.5, 0), 1, 0);
              double s = 0;
              for (int i = 0; i < ev.length; i++) {
                s +=
                    (ev[i] - column.get(i))
                        * (ev[i] - column.get(i))
                        / Math.max(column.get(i), 0.5);
              }
              return s;
            },
            new String[] {"dm21", "sin2theta12", "sin2theta13"},
            new double[] {7.5, 0.32, theta13Zero ? 0 : 0.02},
            new double[] {0.1, 0.02, 0.01});
    m.limits("sin2theta12", 0, 1).limits("sin2theta13", 0, 0.2);
    if (theta13Zero) {
      m.fix("sin2theta13");
    }
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid(), m.summary());
    return new double[] {f.value("dm21"), f.value("sin2theta12"), f.value("sin2theta13"), f.fval()};
  }
}
