package org.vfit.datasets.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Chi2Table;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Status;
import org.vfit.datasets.model.Values;

/**
 * Toys are reproducible per (seed, index) whatever the threading, and have the right mean and
 * (co)variance. Every statistical check uses a fixed seed, so it is deterministic; its tolerance is
 * 4 standard errors of the estimated moment, which a correct generator violates with probability
 * ~6e-5 per check for a fresh seed.
 */
class ToysTest {
  private static final double FOUR_SIGMA = 4;

  private final ReactorSpectrum kamland = Datasets.load("kamland-2011", ReactorSpectrum.class);

  /** Expected counts at no oscillation: reactor events plus all backgrounds. */
  private Values kamlandExpectation() {
    ReactorSpectrum.Period p = kamland.periods().get(0);
    double[] mu = p.noOscillation().toArray();
    Values bg = p.totalBackground();
    for (int i = 0; i < mu.length; i++) {
      mu[i] += bg.get(i);
    }
    return Values.of(mu);
  }

  private static Rates testRates() throws URISyntaxException {
    return Datasets.read(
        Path.of(ToysTest.class.getResource("/valid/rates.json").toURI()), Rates.class);
  }

  @Test
  void theSameSeedAndIndexGiveTheSameToy() {
    Values mu = kamlandExpectation();
    ReactorSpectrum a = new Toys(42).toy(kamland, mu, 7);
    ReactorSpectrum b = new Toys(42).toy(kamland, mu, 7);
    assertEquals(a, b);
    assertNotEquals(a.periods(), new Toys(42).toy(kamland, mu, 8).periods());
    assertNotEquals(a.periods(), new Toys(43).toy(kamland, mu, 7).periods());
  }

  @Test
  void toysDoNotDependOnThreadCountOrOrder() throws Exception {
    Values mu = kamlandExpectation();
    Toys toys = new Toys(2026);
    List<Values> sequential =
        LongStream.range(0, 64)
            .mapToObj(i -> Observables.observed(toys.toy(kamland, mu, i)))
            .toList();
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      List<Values> parallel =
          pool.submit(
                  () ->
                      LongStream.range(0, 64)
                          .parallel()
                          .map(i -> 63 - i)
                          .mapToObj(i -> Observables.observed(toys.toy(kamland, mu, i)))
                          .collect(Collectors.toList()))
              .get();
      for (int i = 0; i < 64; i++) {
        assertEquals(sequential.get(i), parallel.get(63 - i), "toy " + i);
      }
    } finally {
      pool.shutdown();
    }
  }

  @ParameterizedTest(name = "mean {0}")
  @ValueSource(doubles = {0.3, 3.7, 9.99, 10.0, 42.5, 1234.5})
  void poissonDrawsHaveMeanAndVarianceLambda(double lambda) {
    int n = 20000;
    SplittableRandom rng = new Toys(7).random(0);
    double sum = 0;
    double sum2 = 0;
    for (int i = 0; i < n; i++) {
      long k = Poisson.sample(rng, lambda);
      assertTrue(k >= 0);
      sum += k;
      sum2 += (double) k * k;
    }
    double mean = sum / n;
    double var = (sum2 - n * mean * mean) / (n - 1);
    assertEquals(lambda, mean, FOUR_SIGMA * Math.sqrt(lambda / n), "mean");
    // standard error of a sample variance: sqrt((mu4 - sigma^4)/n), mu4 = lambda + 3 lambda^2 for
    // Poisson
    assertEquals(
        lambda, var, FOUR_SIGMA * Math.sqrt((lambda + 2 * lambda * lambda) / n), "variance");
  }

  @Test
  void poissonFrequenciesFollowTheProbabilities() {
    double lambda = 3.7;
    int n = 50000;
    int[] counts = new int[30];
    SplittableRandom rng = new Toys(11).random(3);
    for (int i = 0; i < n; i++) {
      counts[(int) Math.min(29, Poisson.sample(rng, lambda))]++;
    }
    double p = Math.exp(-lambda);
    for (int k = 0; k <= 12; k++) {
      double expected = n * p;
      assertEquals(
          expected,
          counts[k],
          FOUR_SIGMA * Math.sqrt(expected * (1 - p)),
          "k = " + k); // binomial error
      p *= lambda / (k + 1);
    }
  }

  @Test
  void logFactorialJoinsTheTableAndStirlingSmoothly() {
    double exact = 0;
    for (int k = 1; k <= 300; k++) {
      exact += Math.log(k);
      assertEquals(
          exact,
          Poisson.logFactorial(k),
          1e-12 * exact,
          "k = " + k); // summing 300 logs loses ~1e-13
    }
  }

  @Test
  void reactorToysArePoissonCountsAroundTheExpectation() {
    Values mu = kamlandExpectation();
    Toys toys = new Toys(99);
    int n = 400;
    double sum = 0;
    double sum2 = 0;
    for (int i = 0; i < n; i++) {
      ReactorSpectrum t = toys.toy(kamland, mu, i);
      Values obs = t.periods().get(0).observed();
      for (int b = 0; b < obs.size(); b++) {
        assertEquals(Math.rint(obs.get(b)), obs.get(b), 0, "counts are whole numbers");
      }
      double total = obs.sum();
      sum += total;
      sum2 += total * total;
    }
    double mean = sum / n;
    double var = (sum2 - n * mean * mean) / (n - 1);
    double lambda = mu.sum();
    assertEquals(lambda, mean, FOUR_SIGMA * Math.sqrt(lambda / n));
    // sample variance of a Poisson total: standard error sqrt((lambda + 2 lambda^2)/n)
    assertEquals(lambda, var, FOUR_SIGMA * Math.sqrt((lambda + 2 * lambda * lambda) / n));
  }

  @Test
  void gaussianToysHaveTheDatasetsMeanAndCovariance() throws URISyntaxException {
    Rates rates = testRates();
    Values mu = Values.of(0.6, 0.45, 0.3);
    Matrix cov = Observables.covariance(rates);
    Toys toys = new Toys(5);
    int n = 20000;
    double[] s1 = new double[3];
    double[][] s2 = new double[3][3];
    for (int t = 0; t < n; t++) {
      Values x = toys.toy(rates, mu, t).values();
      for (int i = 0; i < 3; i++) {
        s1[i] += x.get(i);
        for (int j = 0; j < 3; j++) {
          s2[i][j] += x.get(i) * x.get(j);
        }
      }
    }
    for (int i = 0; i < 3; i++) {
      double m = s1[i] / n;
      assertEquals(mu.get(i), m, FOUR_SIGMA * Math.sqrt(cov.get(i, i) / n), "mean " + i);
      for (int j = 0; j < 3; j++) {
        double c = (s2[i][j] - n * (s1[i] / n) * (s1[j] / n)) / (n - 1);
        // standard error of a Gaussian sample covariance: sqrt((s_ii s_jj + s_ij^2)/n)
        double se = Math.sqrt((cov.get(i, i) * cov.get(j, j) + cov.get(i, j) * cov.get(i, j)) / n);
        assertEquals(cov.get(i, j), c, FOUR_SIGMA * se, "cov " + i + "," + j);
      }
    }
  }

  @Test
  void asimovDataAreTheExpectation() {
    Values mu = kamlandExpectation();
    ReactorSpectrum a = Toys.asimov(kamland, mu);
    assertEquals(mu, Observables.observed(a));
    assertEquals("kamland-2011-asimov", a.name());
    assertEquals(Status.DERIVED, a.status());
    assertEquals(kamland.periods().get(0).backgrounds(), a.periods().get(0).backgrounds());
  }

  @Test
  void aToyIsNamedAndMarkedDerived() {
    ReactorSpectrum t = new Toys(1).toy(kamland, kamlandExpectation(), 12);
    assertEquals("kamland-2011-toy-12", t.name());
    assertEquals(Status.DERIVED, t.status());
    assertTrue(
        t.meta().notes().get(t.meta().notes().size() - 1).startsWith("Toy 12 of seed 1: Poisson"));
  }

  @Test
  void aDayNightToyMovesTheAmplitudeCurveWithTheAsymmetry() {
    DayNight sk = Datasets.load("superk-day-night", DayNight.class);
    DayNight t = new Toys(3).toy(sk, Values.of(-0.02), 0);
    double value = t.asymmetries().get(0).value();
    double shift = value - sk.asymmetries().get(0).value();
    assertEquals(
        sk.curve().fitAt(6.1e-5) + shift,
        t.curve().fitAt(6.1e-5),
        1e-15); // rounding of one addition
    assertEquals(sk.curve().expected(), t.curve().expected());
  }

  @Test
  void anExpectationOfTheWrongLengthIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Toys(1).toy(kamland, Values.of(1, 2, 3), 0));
    assertEquals("kamland-2011 has 76 measured numbers, the expectation has 3", e.getMessage());
  }

  @Test
  void tablesAndInputsCannotBeToyed() throws URISyntaxException {
    Chi2Table table =
        Datasets.read(
            Path.of(ToysTest.class.getResource("/valid/chi2-table.json").toURI()), Chi2Table.class);
    assertThrows(IllegalArgumentException.class, () -> new Toys(1).toy(table, Values.of(0), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Toys.asimov(Datasets.load("cl37-capture"), Values.of(0)));
  }

  @Test
  void standardNormalsHaveUnitVarianceAndGaussianTails() {
    SplittableRandom rng = new Toys(8).random(0);
    int n = 40000;
    double s1 = 0;
    double s2 = 0;
    int beyond2 = 0;
    for (int i = 0; i < n; i++) {
      double z = Toys.standardNormal(rng);
      s1 += z;
      s2 += z * z;
      if (Math.abs(z) > 2) {
        beyond2++;
      }
    }
    assertEquals(0, s1 / n, FOUR_SIGMA / Math.sqrt(n));
    assertEquals(1, s2 / n, FOUR_SIGMA * Math.sqrt(2.0 / n)); // var(z^2) = 2
    double p2 = 0.0455; // P(|z| > 2)
    assertEquals(n * p2, beyond2, FOUR_SIGMA * Math.sqrt(n * p2 * (1 - p2)));
  }
}
