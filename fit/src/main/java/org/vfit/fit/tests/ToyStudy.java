package org.vfit.fit.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.ProgressListener;
import org.vfit.fit.analysis.WorkRunner;

/**
 * Toy-MC calibration of χ²_PG: pseudo-experiments drawn at the H0 best fit, each refitted under H0
 * and H1, so the p-value no longer leans on Wilks' theorem (whose conditions — parameters away from
 * boundaries, a likelihood parabolic near the minimum — the solar and KamLAND islands need not
 * meet).
 *
 * <p>Toy i depends only on (seed, i); results go to a {@link ToyCheckpoint} as they arrive, and a
 * rerun with the same file skips the toys already there. The summary is computed from the toys
 * sorted by index, so it is the same for any runner, thread count, or number of interruptions.
 */
public final class ToyStudy {

  /**
   * @param outcomes all toys 0..requested−1, by index
   * @param resumed how many were read from the checkpoint rather than computed
   * @param summary the calibration
   */
  public record Result(List<ToyOutcome> outcomes, int resumed, ToySummary summary) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }
  }

  private final PgResult observed;
  private final long seed;
  private final FitOptions toyFit;

  /**
   * @param observed the test on the real data: its models, fits and χ²_PG
   * @param seed master seed
   * @param fit options for the toy fits ({@link FitOptions#forToys()} of the observed fit's options
   *     unless per-toy multi-start is wanted)
   */
  public ToyStudy(PgResult observed, long seed, FitOptions fit) {
    if (!observed.isValid()) {
      throw new IllegalStateException(
          "the observed test is not valid ("
              + String.join("; ", observed.problems())
              + "); toys are drawn at its H0 minimum");
    }
    this.observed = observed;
    this.seed = seed;
    this.toyFit = fit;
  }

  /** The work unit: toy index → outcome. */
  ToyWork work() {
    return new ToyWork(
        observed.h0Model(),
        observed.h1Model(),
        observed.h0().globalValues(),
        observed.h1().globalValues(),
        seed,
        toyFit);
  }

  /** The checkpoint header of this study. */
  com.fasterxml.jackson.databind.node.ObjectNode header() {
    return ToyCheckpoint.header(
        seed,
        observed.h0Model().source().description(),
        observed.h0Model().description(),
        observed.h1Model().description(),
        observed.h0().globalValues(),
        observed.chi2(),
        observed.dof());
  }

  /**
   * Runs toys 0..n−1, skipping those already in the checkpoint.
   *
   * @param checkpoint the file to resume from and append to
   * @param progress told of every finished toy, counting resumed ones
   */
  public Result run(int n, Path checkpoint, WorkRunner runner, ProgressListener progress) {
    if (n < 1) {
      throw new IllegalArgumentException("need at least one toy, got " + n);
    }
    try (ToyCheckpoint cp = ToyCheckpoint.open(checkpoint, header())) {
      Map<Long, ToyOutcome> done = cp.done();
      List<ToyOutcome> outcomes = new ArrayList<>();
      List<Long> todo = new ArrayList<>();
      for (long i = 0; i < n; i++) {
        ToyOutcome o = done.get(i);
        if (o != null) {
          outcomes.add(o);
        } else {
          todo.add(i);
        }
      }
      int resumed = outcomes.size();
      long[] count = {resumed};
      progress.progress(count[0], n);
      List<ToyOutcome> fresh =
          runner.map(
              todo,
              work(),
              o -> {
                cp.record(o);
                progress.progress(++count[0], n);
              });
      outcomes.addAll(fresh);
      outcomes.sort((a, b) -> Long.compare(a.index(), b.index()));
      return new Result(
          outcomes, resumed, ToySummary.of(outcomes, n, observed.chi2(), observed.dof()));
    }
  }

  /** Runs toys without a checkpoint (for tests and quick studies). */
  public Result run(int n, WorkRunner runner) {
    List<Long> todo = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      todo.add(i);
    }
    List<ToyOutcome> outcomes = runner.map(todo, work(), o -> {});
    return new Result(outcomes, 0, ToySummary.of(outcomes, n, observed.chi2(), observed.dof()));
  }
}
