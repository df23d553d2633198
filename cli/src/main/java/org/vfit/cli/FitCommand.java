package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Model;
import org.vfit.likelihood.Hypothesis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit fit}: best fit of datasets under H0 or H1 with HESSE and MINOS errors, χ²_min and the
 * fitted potential matrices. Exit 1 when the minimum is not valid (the flags are printed), 2 for
 * bad input.
 */
@Command(
    name = "fit",
    header =
        "Best fit of datasets under H0 or H1, with errors, chi2_min and the potential matrices.",
    mixinStandardHelpOptions = true,
    description = {
      "Best fit of the datasets: dm21, sin^2 theta12, sin^2 theta13 (and tan^2 theta12) per sector",
      "with HESSE and MINOS errors, chi2_min, validity flags and the potential matrices A_nu, A_nubar.",
      "MIGRAD runs from a grid of starts (log-spaced in dm21, spread in sin^2 theta12) to find the",
      "global minimum among the LMA/LOW regions and KamLAND's islands."
    })
final class FitCommand implements Callable<Integer>, CheckedBeforeRun {
  @Spec CommandSpec spec;

  @Mixin AnalysisOptions options;

  @Option(
      names = "--hypothesis",
      paramLabel = "H0|H1",
      description =
          "H0: nu and nubar share dm21, theta12, theta13; H1: separate dm21 and theta12 "
              + "(and theta13 with --free-theta13). Default ${DEFAULT-VALUE}.")
  String hypothesis = "H0";

  @Option(names = "--no-minos", description = "Skip MINOS (faster; HESSE errors only).")
  boolean noMinos;

  @Override
  public void check() {
    options.check();
    options.hypothesis(hypothesis);
  }

  @Override
  public Integer call() {
    Hypothesis h = options.hypothesis(hypothesis);
    Model model = options.model(h);
    model.likelihood();
    FitResult r =
        new StageProgress("vfit fit", spec.commandLine().getErr(), options.quiet, System.nanoTime())
            .run(() -> Fitter.fit(model, options.fitOptions().withMinos(!noMinos)));
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      Map<String, Object> root = Json.object();
      root.put("datasets", options.datasets);
      root.put("ordering", options.massOrdering().name());
      root.put("options", options.describe());
      root.put("fit", FitOutput.json(r));
      out.println(Json.write(root));
    } else {
      out.println("fit under " + model.description());
      FitOutput.print(r, out);
    }
    out.flush();
    if (!r.isValid()) {
      throw new AnalysisFailure(
          "the fit did not reach a valid minimum: " + String.join("; ", r.problems()));
    }
    return Vfit.EXIT_OK;
  }
}
