package org.vfit.fit.analysis;

import java.io.Serializable;
import java.util.List;
import org.vfit.likelihood.ParameterId;

/**
 * How {@link Fitter} runs Minuit.
 *
 * @param dm21Starts MIGRAD starts per parameter set in Δm²₂₁, log-spaced over its allowed range (≥
 *     1): the solar LMA and LOW regions and KamLAND's islands are separate local minima, a factor
 *     2–100 apart in Δm²₂₁, so starts must cover decades rather than a neighbourhood
 * @param theta12Starts starts per parameter set in sin²θ₁₂, at the centres of equal strata of [0,
 *     1] (≥ 1): θ₁₂ and π/2 − θ₁₂ (the "dark side") are near-degenerate for reactor data
 * @param hesse run HESSE at the best minimum (accurate errors and covariance)
 * @param minos run MINOS on the oscillation parameters of the best minimum
 * @param tolerance Minuit tolerance: EDM goal 0.002·tolerance (errorDef 1). The default 0.01 keeps
 *     a Gaussian fit within √(2·10·EDM goal) ≈ 0.02σ of its minimum in the worst accepted case, and
 *     usually far closer, at a few extra calls over iminuit's 0.1
 * @param strategy Minuit strategy 0, 1 or 2
 * @param threads threads for the multi-start (results do not depend on it)
 * @param fixed fit variables held at their start values
 * @param multiStart false: start only from the model's start and the given starts (toys, which
 *     start from the observed minima)
 * @param maxCalls call budget of each MIGRAD; 0 for Minuit's default 200 + 100n + 5n²
 * @param prescanKeep 0: MIGRAD from every start of the multi-start grid; k &gt; 0: evaluate χ² on a
 *     finer grid first and run MIGRAD only from its k lowest local minima (the caller's and the
 *     model's own starts always run). A MIGRAD explores ~100 points around its start, so a grid of
 *     24 starts reaching down to the quasi-vacuum region costs ~2400 evaluations all over the
 *     parameter plane; the pre-scan keeps the search over islands at a few hundred evaluations plus
 *     ~100k
 */
public record FitOptions(
    int dm21Starts,
    int theta12Starts,
    boolean hesse,
    boolean minos,
    double tolerance,
    int strategy,
    int threads,
    List<ParameterId> fixed,
    boolean multiStart,
    long maxCalls,
    int prescanKeep)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public FitOptions {
    if (dm21Starts < 1 || theta12Starts < 1) {
      throw new IllegalArgumentException(
          "need at least one start per parameter, got "
              + dm21Starts
              + " in dm21 and "
              + theta12Starts
              + " in sin2theta12");
    }
    if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be positive and finite, got " + tolerance);
    }
    if (strategy < 0 || strategy > 2) {
      throw new IllegalArgumentException("strategy must be 0, 1 or 2, got " + strategy);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (maxCalls < 0) {
      throw new IllegalArgumentException("maxCalls must be >= 0, got " + maxCalls);
    }
    if (prescanKeep < 0) {
      throw new IllegalArgumentException("prescanKeep must be >= 0, got " + prescanKeep);
    }
    fixed = List.copyOf(fixed);
  }

  /** 8 × 3 starts per parameter set, HESSE and MINOS, tolerance 0.01, strategy 1, one thread. */
  public static FitOptions defaults() {
    return new FitOptions(8, 3, true, true, 0.01, 1, 1, List.of(), true, 0, 0);
  }

  /**
   * The fields of a copy being changed: the {@code with…} methods each set the ones they change
   * (one place lists every field, instead of every method repeating the full constructor call).
   */
  private static final class Changes {
    int dm21Starts;
    int theta12Starts;
    boolean hesse;
    boolean minos;
    double tolerance;
    int strategy;
    int threads;
    List<ParameterId> fixed;
    boolean multiStart;
    long maxCalls;
    int prescanKeep;

    Changes(FitOptions o) {
      dm21Starts = o.dm21Starts;
      theta12Starts = o.theta12Starts;
      hesse = o.hesse;
      minos = o.minos;
      tolerance = o.tolerance;
      strategy = o.strategy;
      threads = o.threads;
      fixed = o.fixed;
      multiStart = o.multiStart;
      maxCalls = o.maxCalls;
      prescanKeep = o.prescanKeep;
    }

    FitOptions build() {
      return new FitOptions(
          dm21Starts,
          theta12Starts,
          hesse,
          minos,
          tolerance,
          strategy,
          threads,
          fixed,
          multiStart,
          maxCalls,
          prescanKeep);
    }
  }

  private FitOptions with(java.util.function.Consumer<Changes> change) {
    Changes c = new Changes(this);
    change.accept(c);
    return c.build();
  }

  public FitOptions withThreads(int n) {
    return with(b -> b.threads = n);
  }

  public FitOptions withMinos(boolean on) {
    return with(b -> b.minos = on);
  }

  public FitOptions withHesse(boolean on) {
    return with(b -> b.hesse = on);
  }

  public FitOptions withTolerance(double t) {
    return with(b -> b.tolerance = t);
  }

  public FitOptions withStarts(int dm21, int theta12) {
    return with(
        b -> {
          b.dm21Starts = dm21;
          b.theta12Starts = theta12;
        });
  }

  public FitOptions withMultiStart(boolean on) {
    return with(b -> b.multiStart = on);
  }

  public FitOptions withFixed(List<ParameterId> ids) {
    return with(b -> b.fixed = ids);
  }

  public FitOptions withMaxCalls(long n) {
    return with(b -> b.maxCalls = n);
  }

  /**
   * The options toys use: from explicit starts only, one thread per toy (toys run in parallel), and
   * only what χ²_PG needs — no HESSE, no MINOS, strategy 0 (cheaper derivatives and no final HESSE,
   * under the same EDM convergence criterion).
   */
  public FitOptions forToys() {
    return with(
        b -> {
          b.hesse = false;
          b.minos = false;
          b.strategy = 0;
          b.threads = 1;
          b.multiStart = false;
        });
  }

  /** Pre-scan the multi-start grid and run MIGRAD only from the k best starts (0: from all). */
  public FitOptions withPrescan(int k) {
    return with(b -> b.prescanKeep = k);
  }
}
