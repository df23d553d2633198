package org.vfit.datasets.toys;

import java.util.SplittableRandom;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Status;
import org.vfit.datasets.model.Values;

/**
 * Asimov datasets and seeded toys.
 *
 * <pre>{@code
 * Toys toys = new Toys(20260101L);
 * Values mu = ...;                                   // expected numbers, in Observables order
 * ReactorSpectrum asimov = Toys.asimov(kamland, mu);
 * ReactorSpectrum toy7 = toys.toy(kamland, mu, 7);   // the same for every run and thread
 * }</pre>
 *
 * Reactor spectra get independent Poisson counts per bin. Summary data get a multivariate Gaussian
 * draw around the expectation with {@link Observables#covariance}: the published errors, not
 * rescaled with the expectation, and not truncated at physical boundaries (a toy survival
 * probability may leave [0, 1]), which is what a Gaussian likelihood with that covariance assumes.
 * Toy datasets are for use in memory: such a value would not pass file validation.
 */
public final class Toys {
  private final long seed;

  public Toys(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The Asimov dataset: the expectation as data (status derived, name {@code <name>-asimov}). */
  public static <D extends Dataset> D asimov(D dataset, Values expected) {
    Dataset data = Observables.withObserved(dataset, expected);
    return rename(
        dataset,
        data,
        dataset.name() + "-asimov",
        "Asimov data: the expectation supplied by the caller taken as the observed values.");
  }

  /**
   * Toy number {@code index} (≥ 0) of this generator's seed, drawn around {@code expected}: status
   * derived, name {@code <name>-toy-<index>}.
   */
  public <D extends Dataset> D toy(D dataset, Values expected, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("toy index must be >= 0, got " + index);
    }
    return draw(
        dataset,
        expected,
        random(index),
        "Toy " + index + " of seed " + seed,
        dataset.name() + "-toy-" + index);
  }

  /**
   * A toy drawn with a caller-supplied generator: for likelihoods built from several datasets,
   * which split one generator per toy into one stream per dataset so the datasets' draws are
   * independent yet reproducible.
   */
  public static <D extends Dataset> D toy(D dataset, Values expected, SplittableRandom rng) {
    return draw(dataset, expected, rng, "Toy", dataset.name() + "-toy");
  }

  private static <D extends Dataset> D draw(
      D dataset, Values expected, SplittableRandom rng, String label, String name) {
    Values drawn;
    String how;
    if (dataset instanceof ReactorSpectrum) {
      drawn = poisson(rng, expected);
      how = "Poisson counts";
    } else {
      drawn = gaussian(rng, expected, Observables.covariance(dataset), dataset.name());
      how = "a multivariate Gaussian draw with the published covariance";
    }
    return rename(
        dataset,
        Observables.withObserved(dataset, drawn),
        name,
        label + ": " + how + " around the expectation supplied by the caller.");
  }

  /**
   * The generator of toy {@code index}: its seed depends only on (seed, index), through the
   * SplitMix64 finaliser applied to seed + (index + 1)·γ with γ the golden-ratio increment, so
   * neighbouring indices give unrelated streams.
   */
  public SplittableRandom random(long index) {
    return new SplittableRandom(mix(seed + (index + 1) * 0x9E3779B97F4A7C15L));
  }

  static Values poisson(SplittableRandom rng, Values mean) {
    double[] out = new double[mean.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Poisson.sample(rng, mean.get(i));
    }
    return Values.of(out);
  }

  static Values gaussian(SplittableRandom rng, Values mean, Matrix covariance, String name) {
    Matrix l =
        covariance
            .cholesky()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        name
                            + ": its covariance is not positive definite (is an error zero?); cannot draw Gaussian toys"));
    int n = mean.size();
    if (l.rows() != n) {
      throw new IllegalArgumentException(
          name + ": covariance is " + l.rows() + "x" + l.rows() + ", expectation has " + n);
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = standardNormal(rng);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = mean.get(i);
      for (int j = 0; j <= i; j++) {
        s += l.get(i, j) * z[j];
      }
      out[i] = s;
    }
    return Values.of(out);
  }

  /**
   * Marsaglia's polar method on {@link SplittableRandom#nextDouble()}, written out rather than
   * using {@code nextGaussian()} so the draws do not depend on the JDK's choice of algorithm. The
   * second variate of each pair is discarded to keep one toy's stream simple to reason about.
   */
  public static double standardNormal(SplittableRandom rng) {
    while (true) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @SuppressWarnings("unchecked")
  private static <D extends Dataset> D rename(D original, Dataset data, String name, String note) {
    return (D) Renamer.withMeta(data, original.meta().derive(name, Status.DERIVED, note));
  }
}
