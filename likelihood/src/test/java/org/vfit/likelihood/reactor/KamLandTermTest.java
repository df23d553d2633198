package org.vfit.likelihood.reactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/** The KamLAND likelihood term: nuisance layout, Baker–Cousins χ², Asimov data, toys, periods. */
class KamLandTermTest {
  private static final ReactorSpectrum KAMLAND = KamLandPredictionTest.KAMLAND;
  private static final MixingParameters P = KamLandPredictionTest.point(7.5e-5, 0.31, 0.02);

  /** rate, energy scale, ¹³C(α,n), ⁹Li, geo-U, geo-Th. */
  private static final double[] SHIFTED = {1.02, 0.99, 1.1, 0.95, 0.8, 1.3};

  /** U and Th free separately (six nuisances): the option these tests exercise in detail. */
  private static final KamLandOptions FREE_GEO =
      KamLandOptions.defaults().withFreeBackgrounds(KamLandOptions.FreeBackgrounds.FREE);

  @Test
  void baselineIsTheInverseSquareFluxMeanOfTheReactorTable() {
    // ⟨L⁻²⟩^(−1/2) over the KMS21 table's power/L² weights, computed here from the file itself.
    org.vfit.datasets.model.ReactorBaselines table =
        org.vfit.datasets.Datasets.load(
            "kamland-reactors-kms21", org.vfit.datasets.model.ReactorBaselines.class);
    double w = 0, inv2 = 0;
    for (org.vfit.datasets.model.ReactorBaselines.Entry e : table.entries()) {
      w += e.weight();
      inv2 += e.weight() / (e.baseline() * e.baseline());
    }
    double l = Likelihoods.term("kamland-2011").baselineKm().getAsDouble();
    // One period and one table: the same sum in another order, to rounding.
    assertEquals(1 / Math.sqrt(inv2 / w), l, 1e-9);
    // Between the nearest large site (138 km) and KamLAND's "effectively ~180 km".
    assertTrue(l > 138 && l < 180, "L_eff " + l);
  }

  @Test
  void factoryBuildsTheReactorTermWithTheDatasetsNuisances() {
    LikelihoodTerm byName = Likelihoods.term("kamland-2011");
    assertInstanceOf(KamLandTerm.class, byName);
    assertEquals(Sector.NUBAR, byName.sector());
    assertEquals(76, byName.dataPoints());
    // default: one geo normalisation with the reference Th/U ratio (KamLandOptions.defaults())
    assertEquals(
        List.of("rate", "energy-scale", "13C-alpha-n", "9Li-8He", "geo-U+geo-Th"), names(byName));
    LikelihoodTerm t = new KamLandTerm(KAMLAND, FREE_GEO);
    assertEquals(
        List.of("rate", "energy-scale", "13C-alpha-n", "9Li-8He", "geo-U", "geo-Th"), names(t));
    // 1σ as the dataset gives them: 4.1 %, 1.9 %, 23.0/198.6 events, 1.6/24.8 events; free: none.
    double[] steps = t.nuisanceParameters().stream().mapToDouble(NuisanceParameter::step).toArray();
    assertArrayEquals(
        new double[] {0.041, 0.019, 23.0 / 198.601, 1.6 / 24.8, 0.3, 0.3}, steps, 1e-4);
    KamLandTerm term = (KamLandTerm) t;
    double[] centres = term.priorCentres();
    assertTrue(Double.isNaN(centres[4]) && Double.isNaN(centres[5]) && centres[0] == 1.0);

    LikelihoodTerm fixed =
        new KamLandTerm(
            KAMLAND,
            KamLandOptions.defaults().withFreeBackgrounds(KamLandOptions.FreeBackgrounds.FIXED));
    assertEquals(List.of("rate", "energy-scale", "13C-alpha-n", "9Li-8He"), names(fixed));
    LikelihoodTerm common =
        new KamLandTerm(
            KAMLAND,
            KamLandOptions.defaults().withFreeBackgrounds(KamLandOptions.FreeBackgrounds.COMMON));
    assertEquals(
        List.of("rate", "energy-scale", "13C-alpha-n", "9Li-8He", "geo-U+geo-Th"), names(common));
  }

  private static List<String> names(LikelihoodTerm t) {
    return t.nuisanceParameters().stream().map(NuisanceParameter::name).toList();
  }

  @Test
  void chiSquareIsBakerCousinsPlusPulls() {
    KamLandTerm term = new KamLandTerm(KAMLAND, FREE_GEO);
    ReactorSpectrum.Period period = KAMLAND.periods().get(0);
    double[] reactor = term.prediction().reactorEvents(P, SHIFTED[1], 0);
    double chi2 = 0;
    for (int i = 0; i < reactor.length; i++) {
      double mu =
          SHIFTED[0] * reactor[i]
              + period.background("accidental").expected().get(i)
              + SHIFTED[2] * period.background("13C-alpha-n").expected().get(i)
              + SHIFTED[3] * period.background("9Li-8He").expected().get(i)
              + SHIFTED[4] * period.background("geo-U").expected().get(i)
              + SHIFTED[5] * period.background("geo-Th").expected().get(i);
      double n = period.observed().get(i);
      chi2 += 2 * (mu - n + (n > 0 ? n * Math.log(n / mu) : 0));
    }
    // background 1σ: 23.0 and 1.6 events on the period's totals of those columns
    double c13 = 23.0 / period.background("13C-alpha-n").expected().sum();
    double li9 = 1.6 / period.background("9Li-8He").expected().sum();
    chi2 += sq(0.02 / 0.041) + sq(0.01 / 0.019) + sq(0.1 / c13) + sq(0.05 / li9);
    // Same sums in another order: rounding only.
    assertEquals(chi2, term.chi2(P, SHIFTED), 1e-10 * chi2);
    assertThrows(IllegalArgumentException.class, () -> term.chi2(P, new double[3]));
  }

  private static double sq(double x) {
    return x * x;
  }

  @Test
  void commonFreeFactorActsOnAllFreeBackgrounds() {
    KamLandTerm free = new KamLandTerm(KAMLAND, FREE_GEO);
    KamLandTerm common =
        new KamLandTerm(
            KAMLAND,
            KamLandOptions.defaults().withFreeBackgrounds(KamLandOptions.FreeBackgrounds.COMMON));
    double[] a = free.expected(P, new double[] {1, 1, 1, 1, 1.4, 1.4});
    double[] b = common.expected(P, new double[] {1, 1, 1, 1, 1.4});
    assertArrayEquals(a, b, 1e-12);
  }

  @Test
  void asimovDataHaveZeroChiSquareAtTheirPoint() {
    KamLandTerm term = new KamLandTerm(KAMLAND, FREE_GEO);
    LikelihoodTerm asimov = term.asimov(P, SHIFTED);
    // Data = expectation and prior centres = the nuisance values: every term vanishes; what is left
    // is the rounding of Σ 2(μ − n ln μ) + Σ 2(n ln n − n) over ~2000 events.
    assertEquals(0.0, asimov.chi2(P, SHIFTED), 1e-9);
    assertEquals("kamland-2011", asimov.name());
    assertTrue(asimov.chi2(P.withDm21(7.6e-5), SHIFTED) > 0.1);
    assertTrue(asimov.chi2(P, new double[] {1.03, 0.99, 1.1, 0.95, 0.8, 1.3}) > 0.1);
  }

  @Test
  void toyCountsArePoissonAroundTheExpectation() {
    KamLandTerm term = new KamLandTerm(KAMLAND, FREE_GEO);
    double[] mu = term.expected(P, SHIFTED);
    int toys = 2000, bins = mu.length;
    double[] sum = new double[bins], sum2 = new double[bins];
    List<double[]> centres = new ArrayList<>();
    SplittableRandom rng = new SplittableRandom(20110905L);
    for (int t = 0; t < toys; t++) {
      KamLandTerm toy = (KamLandTerm) term.toy(P, SHIFTED, rng.split());
      Values counts = toy.data().periods().get(0).observed();
      for (int i = 0; i < bins; i++) {
        double n = counts.get(i);
        assertEquals(Math.rint(n), n, 0.0);
        sum[i] += n;
        sum2[i] += n * n;
      }
      centres.add(toy.priorCentres());
    }
    double meanChi2 = 0, varianceRatio = 0, varianceRatioSd2 = 0;
    for (int i = 0; i < bins; i++) {
      double mean = sum[i] / toys;
      double variance = (sum2[i] - toys * mean * mean) / (toys - 1);
      meanChi2 += sq(mean - mu[i]) / (mu[i] / toys);
      varianceRatio += variance / mu[i] / bins;
      // Var(s²/μ) ≈ (μ₄ − σ⁴)/(N μ²) = (1/μ + 2)/N for a Poisson variable (μ₄ = μ + 3μ²)
      varianceRatioSd2 += (1 / mu[i] + 2) / toys / (bins * (double) bins);
    }
    System.out.printf(
        "toys: Σ (mean − μ)²/(μ/N) = %.1f for %d bins; ⟨s²/μ⟩ = %.4f ± %.4f%n",
        meanChi2, bins, varianceRatio, Math.sqrt(varianceRatioSd2));
    // Σ(mean − μ)²/(μ/N) is χ² with 76 dof: 99.9 % of draws lie in [42, 118].
    assertTrue(meanChi2 > 42 && meanChi2 < 118, "means: " + meanChi2);
    // The pooled variance ratio is 1 within 4 of its standard deviations.
    assertEquals(1.0, varianceRatio, 4 * Math.sqrt(varianceRatioSd2));

    // Prior centres of the constrained nuisances: N(x, σ), checked at 4σ of the sample mean and
    // within 10 % on the width (the sd of a 2000-draw sd is 1.6 %).
    double[] sigma = {0.041, 0.019, 23.0 / 198.601, 1.6 / 24.8};
    for (int k = 0; k < 4; k++) {
      double m = 0, m2 = 0;
      for (double[] c : centres) {
        m += c[k] / toys;
        m2 += c[k] * c[k] / toys;
      }
      assertEquals(SHIFTED[k], m, 4 * sigma[k] / Math.sqrt(toys), "centre " + k);
      assertEquals(sigma[k], Math.sqrt(m2 - m * m), 0.1 * sigma[k], "width " + k);
    }
    assertTrue(Double.isNaN(centres.get(0)[4]), "free parameters have no prior");

    // Reproducible: the same generator gives the same toy.
    KamLandTerm a = (KamLandTerm) term.toy(P, SHIFTED, new SplittableRandom(5));
    KamLandTerm b = (KamLandTerm) term.toy(P, SHIFTED, new SplittableRandom(5));
    assertEquals(a.data().periods().get(0).observed(), b.data().periods().get(0).observed());
    assertEquals("kamland-2011", a.name());
  }

  @Test
  void periodsAddUpAndPeriodSystematicsActOnTheirPeriodsOnly() {
    // Two half periods (every column and background uncertainty halved) with the systematics of the
    // original: Baker–Cousins
    // is additive and homogeneous, 2Σ[μ/2 − n/2 + (n/2) ln(n/μ)] × 2 = the original sum.
    ReactorSpectrum.Period whole = KAMLAND.periods().get(0);
    ReactorSpectrum split =
        withPeriods(List.of(half(whole, "a"), half(whole, "b")), KAMLAND.systematics());
    KamLandTerm one = new KamLandTerm(KAMLAND, FREE_GEO);
    KamLandTerm two = new KamLandTerm(split, FREE_GEO);
    assertEquals(152, two.dataPoints());
    assertEquals(names(one), names(two));
    double c1 = one.chi2(P, SHIFTED);
    assertEquals(c1, two.chi2(P, SHIFTED), 1e-9 * c1);

    // A rate systematic limited to period b: its factor scales the reactor events of b only.
    List<ReactorSpectrum.Systematic> systematics = new ArrayList<>(KAMLAND.systematics());
    systematics.add(
        new ReactorSpectrum.Systematic(
            "rate-b", ReactorSpectrum.SystematicType.RATE_NORMALISATION, 0.02, List.of("b")));
    KamLandTerm withB = new KamLandTerm(withPeriods(split.periods(), systematics), FREE_GEO);
    double[] x = withB.nominalNuisance();
    double[] base = withB.expected(P, x);
    x[names(withB).indexOf("rate-b")] = 1.05;
    double[] moved = withB.expected(P, x);
    double[] reactor = withB.prediction().reactorEvents(P, 1, 1);
    for (int i = 0; i < 76; i++) {
      assertEquals(base[i], moved[i], 0.0, "period a, bin " + i);
      assertEquals(
          base[76 + i] + 0.05 * reactor[i],
          moved[76 + i],
          1e-12 * moved[76 + i],
          "period b, bin " + i);
    }
  }

  private static ReactorSpectrum.Period half(ReactorSpectrum.Period p, String name) {
    List<ReactorSpectrum.Background> bs = new ArrayList<>();
    for (ReactorSpectrum.Background b : p.backgrounds()) {
      // an uncertainty given in events halves with the events, keeping the fraction
      ReactorSpectrum.Normalisation n = b.normalisation();
      if (n.uncertainty() != null) {
        n = new ReactorSpectrum.Normalisation(n.treatment(), null, n.uncertainty() / 2);
      }
      bs.add(new ReactorSpectrum.Background(b.name(), halved(b.expected()), n));
    }
    return new ReactorSpectrum.Period(
        name,
        p.start(),
        p.end(),
        p.livetime() / 2,
        p.exposure() / 2,
        halved(p.observed()),
        halved(p.noOscillation()),
        halved(p.referenceBestFit()),
        bs);
  }

  private static Values halved(Values v) {
    double[] a = v.toArray();
    for (int i = 0; i < a.length; i++) {
      a[i] /= 2;
    }
    return Values.of(a);
  }

  private static ReactorSpectrum withPeriods(
      List<ReactorSpectrum.Period> periods, List<ReactorSpectrum.Systematic> systematics) {
    return new ReactorSpectrum(
        KAMLAND.meta(),
        KAMLAND.binEdges(),
        KAMLAND.detector(),
        periods,
        systematics,
        KAMLAND.reactors(),
        KAMLAND.fluxModel(),
        KAMLAND.fissionFractions());
  }
}
