package org.vfit.fit.tension;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vfit.likelihood.LikelihoodOptions;
import org.vfit.oscillation.MixingParameters;

/**
 * Everything {@link TensionAnalysis} needs to know.
 *
 * @param solar solar (ν) datasets, bundled names or files
 * @param reactor reactor (ν̄) datasets, without the θ₁₃ constraint
 * @param theta13 how θ₁₃ enters (a constraining dataset is added to the ν̄ side)
 * @param h1FreesTheta13 H1 gives ν and ν̄ their own θ₁₃ too (dof 3 instead of 2)
 * @param likelihood the modelling choices of the likelihood terms
 * @param reference the fixed parameters (Δm²₃₁, θ₂₃, δ) and the start of every fit
 * @param toys pseudo-experiments for the toy calibration of χ²_PG (0: Wilks only)
 * @param seed master seed of the toys
 * @param checkpoint toy checkpoint file (JSON lines), or null when {@code toys} is 0
 * @param gridPoints points per axis of each contour grid (0: no grids)
 * @param profilePoints points of each 1-D profile (0: no profiles)
 * @param levers also rerun the test under every one-change variant of the modelling choices
 * @param threads threads for multi-starts, scans and toys (results do not depend on it)
 */
public record TensionRequest(
    List<String> solar,
    List<String> reactor,
    Theta13Treatment theta13,
    boolean h1FreesTheta13,
    LikelihoodOptions likelihood,
    MixingParameters reference,
    int toys,
    long seed,
    Path checkpoint,
    int gridPoints,
    int profilePoints,
    boolean levers,
    int threads) {

  /** Smallest scan that still resolves a 1σ region (5 points per axis or profile). */
  public static final int MIN_SCAN_POINTS = 5;

  /**
   * Largest contour grid per axis: 401² ≈ 1.6·10⁵ profiled fits is hours of work on a laptop; a
   * finer grid than that adds nothing a plot or an interval can show.
   */
  public static final int MAX_GRID_POINTS = 401;

  /** Largest 1-D profile. */
  public static final int MAX_PROFILE_POINTS = 1001;

  public TensionRequest {
    solar = List.copyOf(solar);
    reactor = List.copyOf(reactor);
    Objects.requireNonNull(theta13, "theta13");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(reference, "reference");
    if (solar.isEmpty() || reactor.isEmpty()) {
      throw new IllegalArgumentException("solar and reactor each need at least one dataset");
    }
    if (toys < 0) {
      throw new IllegalArgumentException("toys must be >= 0, got " + toys);
    }
    if (toys > 0 && checkpoint == null) {
      throw new IllegalArgumentException("toys need a checkpoint file");
    }
    if (gridPoints != 0 && (gridPoints < MIN_SCAN_POINTS || gridPoints > MAX_GRID_POINTS)) {
      throw new IllegalArgumentException(
          "grid points must be 0 or lie in ["
              + MIN_SCAN_POINTS
              + ", "
              + MAX_GRID_POINTS
              + "], got "
              + gridPoints);
    }
    if (profilePoints != 0
        && (profilePoints < MIN_SCAN_POINTS || profilePoints > MAX_PROFILE_POINTS)) {
      throw new IllegalArgumentException(
          "profile points must be 0 or lie in ["
              + MIN_SCAN_POINTS
              + ", "
              + MAX_PROFILE_POINTS
              + "], got "
              + profilePoints);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /**
   * The fields of a copy being changed: the {@code with…} methods each set the ones they change
   * (one place lists every field, instead of every method repeating the full constructor call).
   */
  private static final class Changes {
    List<String> solar;
    List<String> reactor;
    Theta13Treatment theta13;
    boolean h1FreesTheta13;
    LikelihoodOptions likelihood;
    MixingParameters reference;
    int toys;
    long seed;
    Path checkpoint;
    int gridPoints;
    int profilePoints;
    boolean levers;
    int threads;

    Changes(TensionRequest o) {
      solar = o.solar;
      reactor = o.reactor;
      theta13 = o.theta13;
      h1FreesTheta13 = o.h1FreesTheta13;
      likelihood = o.likelihood;
      reference = o.reference;
      toys = o.toys;
      seed = o.seed;
      checkpoint = o.checkpoint;
      gridPoints = o.gridPoints;
      profilePoints = o.profilePoints;
      levers = o.levers;
      threads = o.threads;
    }

    TensionRequest build() {
      return new TensionRequest(
          solar,
          reactor,
          theta13,
          h1FreesTheta13,
          likelihood,
          reference,
          toys,
          seed,
          checkpoint,
          gridPoints,
          profilePoints,
          levers,
          threads);
    }
  }

  private TensionRequest with(java.util.function.Consumer<Changes> change) {
    Changes c = new Changes(this);
    change.accept(c);
    return c.build();
  }

  /** The same request with other modelling choices (a lever variant). */
  public TensionRequest withLikelihood(LikelihoodOptions o) {
    return with(b -> b.likelihood = o);
  }

  /** The same request with another θ₁₃ treatment. */
  public TensionRequest withTheta13(Theta13Treatment t) {
    return with(b -> b.theta13 = t);
  }

  /** The same request with other solar datasets. */
  public TensionRequest withSolar(List<String> sets) {
    return with(b -> b.solar = sets);
  }

  /** The same request with other reactor datasets. */
  public TensionRequest withReactor(List<String> sets) {
    return with(b -> b.reactor = sets);
  }

  /** Only the fits and tests: no toys, scans or lever variants (what a lever variant runs). */
  public TensionRequest testsOnly() {
    return with(
        b -> {
          b.toys = 0;
          b.checkpoint = null;
          b.gridPoints = 0;
          b.profilePoints = 0;
          b.levers = false;
        });
  }
}
