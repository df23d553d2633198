package org.vfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.Minuit;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Likelihoods;
import org.vfit.oscillation.MixingParameters;

/**
 * End-to-end solar fits with the bundled data against published solar-only results. These are
 * independent analyses with their own inputs, so the tolerances are the published 1σ errors:
 * agreement means "the same physics within the quoted precision", not bit-for-bit.
 */
class SolarOnlyFitTest {

  private static Minuit minuit(List<String> datasets) {
    CombinedLikelihood l =
        new CombinedLikelihood(
            Likelihoods.terms(datasets),
            Hypothesis.h0(),
            MixingParameters.ofSin2(6.5e-5, 2.5e-3, 0.31, 0.0222, 0.5, 0));
    Minuit m = LikelihoodMinuit.of(l);
    // θ13 is not measured by solar data: fixed at the Daya Bay value (sin²θ13 = 0.0222).
    m.fix("sin2theta13");
    return m;
  }

  @Test
  void allSolarDataFindLmaWhereSuperKsSolarGlobalFitIs() {
    // The default solar set of vfit tension (Super-K I-IV counted once: spectra as totals with
    // their correlated systematics and the I-IV day-night amplitude).
    Minuit m = minuit(org.vfit.fit.tension.SuperKTreatment.AMPLITUDE.defaultSolar());
    FunctionMinimum min = m.migrad();
    m.hesse();
    assertTrue(min.isValid());
    // Super-K 2024 solar global (PRD 109, 092001): Δm²21 = 6.1 +0.95 −0.81 ×1e-5 eV²,
    // sin²θ12 = 0.306 ± 0.013. Ours (measured): 5.88 +1.1/−0.89, 0.3054 ± 0.013. The interval
    // check against Super-K's own errors is SuperKGlobalFitTest's (SK + SNO, what SK fitted).
    assertEquals(6.1, m.values()[0], 0.81);
    assertEquals(0.306, m.values()[1], 0.013);
    // sin²θ12's error is Gaussian here (HESSE = MINOS to 2 digits); SK's ±0.013 within 15 %.
    assertEquals(0.013, m.errors()[1], 0.15 * 0.013);
  }

  @Test
  void snoAloneReproducesSnosOwnFitOfDm21() {
    Minuit m = minuit(List.of("sno-polynomial"));
    FunctionMinimum min = m.migrad();
    m.hesse();
    assertTrue(min.isValid());
    // SNO 2013 (PRC 88, 025501), SNO-only two-flavour: Δm²21 = 5.6 +1.9 −1.4 ×1e-5 eV².
    // Ours (measured): 5.6 ± 2.1.
    assertEquals(5.6, m.values()[0], 1.4);
    // SNO's tan²θ12 = 0.427 (sin² 0.299) assumed θ13 = 0; with sin²θ13 = 0.022 the high-energy
    // P_ee ≈ c13⁴ sin²θ12 requires sin²θ12 larger by 1/c13⁴ ≈ 1.046 → 0.313 (ours: 0.314).
    assertEquals(0.299 / Math.pow(1 - 0.0222, 2), m.values()[1], 0.02);
  }
}
