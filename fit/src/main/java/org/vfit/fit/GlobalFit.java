package org.vfit.fit;

import java.nio.file.Path;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.GridAxis;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.ProgressListener;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.tension.TensionAnalysis;
import org.vfit.fit.tension.TensionOutcome;
import org.vfit.fit.tension.TensionProgress;
import org.vfit.fit.tension.TensionRequest;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;

/**
 * The front door of the fit module: the verbs a global-fit analysis is made of, in the words
 * physicists use (after iminuit's {@code migrad()/hesse()/minos()/profile()/contour()}). Each
 * delegates to the class that does the work — {@link Fitter}, {@link Profiles}, {@link Contours},
 * {@link ParameterGoodnessOfFit}, {@link DifferenceTest}, {@link ToyStudy}, {@link TensionAnalysis}
 * — which a reader follows for the details; for minimising any function use {@link
 * org.vfit.fit.minuit.Minuit} directly.
 *
 * <pre>{@code
 * Model m = Model.of(TermSource.datasets(List.of("kamland-2011", "daya-bay-theta13")),
 *     Hypothesis.h0(), reference);
 * FitResult best = GlobalFit.fit(m, FitOptions.defaults());
 * ProfileResult p = GlobalFit.profile(m, best, PhysicsParameter.parse("dm21"), grid, ...);
 * TensionOutcome o = GlobalFit.tension(request, TensionProgress.NONE);
 * }</pre>
 */
public final class GlobalFit {
  private GlobalFit() {}

  /** The global minimum of a model: multi-start MIGRAD, then HESSE and MINOS as the options say. */
  public static FitResult fit(Model model, FitOptions options) {
    return Fitter.fit(model, options);
  }

  /** A 1-D Δχ² profile of a quantity over a grid in fit units (1e-5 eV² for Δm²₂₁). */
  public static ProfileResult profile(
      Model model,
      FitResult best,
      PhysicsParameter target,
      double[] grid,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    return Profiles.profile(model, best, target, grid, options, runner, progress);
  }

  /** A 2-D Δχ² grid in (sin²θ₁₂ or tan²θ₁₂, Δm²₂₁) of one parameter set, the rest profiled. */
  public static ContourResult contour(
      Model model,
      FitResult best,
      Sector sector,
      GridAxis x,
      boolean tan2X,
      GridAxis dm21,
      FitOptions options,
      WorkRunner runner,
      ProgressListener progress) {
    return Contours.contour(model, best, sector, x, tan2X, dm21, options, runner, progress);
  }

  /** The parameter goodness-of-fit test of H0 (shared) against H1 (separate) on the same terms. */
  public static PgResult pgTest(Model h0, Model h1, FitOptions options) {
    return ParameterGoodnessOfFit.test(h0, h1, options);
  }

  /** The 1-dof test of one ν̄ − ν difference against zero, from a PG test's H1 minimum. */
  public static DifferenceTest differenceAtZero(
      PgResult pg, OscillationParameter p, FitOptions options) {
    return DifferenceTest.of(pg, p, options);
  }

  /** Toys for a PG test, drawn at its H0 minimum, checkpointed to a file (resumable). */
  public static ToyStudy.Result toys(
      PgResult observed,
      long seed,
      FitOptions toyOptions,
      int n,
      Path checkpoint,
      WorkRunner runner,
      ProgressListener progress) {
    return new ToyStudy(observed, seed, toyOptions).run(n, checkpoint, runner, progress);
  }

  /** The main job: solar ν against reactor ν̄ (see {@link TensionAnalysis}), scans in-JVM. */
  public static TensionOutcome tension(TensionRequest request, TensionProgress progress) {
    return TensionAnalysis.run(request, progress);
  }

  /** The main job with toys and scans on the given runner (e.g. a Spark cluster). */
  public static TensionOutcome tension(
      TensionRequest request, WorkRunner runner, TensionProgress progress) {
    return TensionAnalysis.run(request, runner, progress);
  }
}
