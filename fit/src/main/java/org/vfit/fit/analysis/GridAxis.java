package org.vfit.fit.analysis;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * One axis of a scan grid: n values from lo to hi, equally spaced on a linear or a logarithmic
 * scale, in the axis' own variable (sin²θ₁₂ or tan²θ₁₂; Δm²₂₁ in 1e-5 eV²). Log spacing is what
 * Δm²₂₁ needs to show the LOW and quasi-vacuum islands of a wide scan, and tan²θ₁₂ on a log scale
 * treats θ₁₂ and π/2 − θ₁₂ symmetrically (tan² ↔ 1/tan²).
 *
 * @param lo first value
 * @param hi last value, above lo
 * @param n number of values (≥ 2)
 * @param log equal ratios instead of equal differences (needs lo &gt; 0)
 */
public record GridAxis(double lo, double hi, int n, boolean log) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public GridAxis {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo) || n < 2) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "a grid axis needs finite lo < hi and n >= 2, got %s:%s:%d", lo, hi, n));
    }
    if (log && !(lo > 0)) {
      throw new IllegalArgumentException("a logarithmic grid axis needs lo > 0, got " + lo);
    }
  }

  /** The values, both ends included (the ends exactly). */
  public double[] values() {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      double f = (double) k / (n - 1);
      v[k] = log ? lo * Math.pow(hi / lo, f) : lo + (hi - lo) * f;
    }
    v[n - 1] = hi;
    return v;
  }

  /** Distance between neighbours: a difference (linear) or a ratio (log). */
  private double step() {
    return log ? Math.pow(hi / lo, 1.0 / (n - 1)) : (hi - lo) / (n - 1);
  }

  /**
   * This axis with up to {@code steps} more values of the same spacing below lo (not below {@code
   * limit}); the last added value is moved onto the limit when a whole step would cross it.
   */
  public GridAxis extendLow(int steps, double limit) {
    double step = step();
    double newLo = lo;
    int added = 0;
    while (added < steps && newLo > limit) {
      newLo = log ? newLo / step : newLo - step;
      added++;
    }
    if (newLo < limit || (log && !(newLo > 0))) {
      newLo = log ? Math.max(limit, Double.MIN_NORMAL) : limit;
    }
    return added == 0 ? this : new GridAxis(newLo, hi, n + added, log && newLo > 0);
  }

  /** As {@link #extendLow}, above hi up to {@code limit}. */
  public GridAxis extendHigh(int steps, double limit) {
    double step = step();
    double newHi = hi;
    int added = 0;
    while (added < steps && newHi < limit) {
      newHi = log ? newHi * step : newHi + step;
      added++;
    }
    if (newHi > limit) {
      newHi = limit;
    }
    return added == 0 ? this : new GridAxis(lo, newHi, n + added, log);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s:%s:%d%s", lo, hi, n, log ? ":log" : "");
  }
}
