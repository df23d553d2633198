package org.vfit.datasets.toys;

import java.util.SplittableRandom;

/**
 * Exact Poisson variates: sequential inversion for small means, and above {@link #PTRS_MIN_MEAN}
 * Hörmann's transformed rejection with squeeze (PTRS; W. Hörmann, "The transformed rejection method
 * for generating Poisson random variables", Insurance: Mathematics and Economics 12 (1993) 39), the
 * algorithm numpy uses. Both consume only {@link SplittableRandom#nextDouble()}, whose output is
 * specified, so a seed gives the same counts on every JVM.
 */
final class Poisson {
  private Poisson() {}

  /** PTRS is valid for means of 10 and above (Hörmann's condition); inversion is cheap below. */
  static final double PTRS_MIN_MEAN = 10;

  static long sample(SplittableRandom rng, double mean) {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("a Poisson mean must be finite and >= 0, got " + mean);
    }
    if (mean == 0) {
      return 0;
    }
    return mean < PTRS_MIN_MEAN ? inversion(rng, mean) : ptrs(rng, mean);
  }

  private static long inversion(SplittableRandom rng, double mean) {
    double u = rng.nextDouble();
    double p = Math.exp(-mean);
    double cumulative = p;
    long k = 0;
    // p(k) underflows only far in the tail (k > 700 for mean < 10), where the loop has long stopped
    while (u > cumulative && p > 0) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  private static long ptrs(SplittableRandom rng, double mean) {
    double slam = Math.sqrt(mean);
    double loglam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
          <= -mean + k * loglam - logFactorial(k)) {
        return k;
      }
    }
  }

  private static final int TABLE = 256;
  private static final double[] LOG_FACTORIAL = new double[TABLE];

  static {
    for (int k = 1; k < TABLE; k++) {
      LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }
  }

  /** ln k!: a table below 256, Stirling's series above (its next term is below 1e-17 there). */
  static double logFactorial(long k) {
    if (k < TABLE) {
      return LOG_FACTORIAL[(int) k];
    }
    double n = k;
    double n2 = n * n;
    return n * Math.log(n)
        - n
        + 0.5 * Math.log(2 * Math.PI * n)
        + 1 / (12 * n)
        - 1 / (360 * n * n2)
        + 1 / (1260 * n * n2 * n2);
  }
}
