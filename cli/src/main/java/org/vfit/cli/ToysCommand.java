package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.tests.KolmogorovSmirnov;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.Hypothesis;
import org.vfit.reports.result.ToyCalibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit toys}: the χ²_PG test with Wilks' and the toy-MC p-value. Toys are drawn at the H0
 * best fit, seeded per toy, appended to a checkpoint file and resumed from it.
 */
@Command(
    name = "toys",
    header = "Parameter goodness-of-fit test of H0 against H1, calibrated with pseudo-experiments.",
    mixinStandardHelpOptions = true,
    description = {
      "Parameter goodness-of-fit test of H0 (shared nu/nubar parameters) against H1 (separate):",
      "chi2_PG = chi2_min(H0) - chi2_min(H1) with its Wilks p-value, calibrated with N pseudo-experiments",
      "drawn at the H0 best fit and refitted under both hypotheses. Toy i depends only on (seed, i); each",
      "finished toy is appended to the checkpoint file, and a rerun with the same file resumes.",
      "The numbers are the same for any --threads, after any number of interruptions, and on Spark."
    })
final class ToysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnalysisOptions options;

  @Mixin RunnerOptions runnerOptions;

  @Option(names = "--n", required = true, paramLabel = "N", description = "Number of toys.")
  int n;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Master seed.")
  long seed;

  @Option(
      names = "--checkpoint",
      required = true,
      paramLabel = "FILE",
      description = "JSON-lines file the toys are appended to and resumed from.")
  Path checkpoint;

  @Option(
      names = "--multi-start",
      description =
          "Refit each toy from the full grid of starts (slow; default: from the observed minima).")
  boolean multiStart;

  @Override
  public Integer call() {
    if (n < 1) {
      throw new IllegalArgumentException("--n must be >= 1, got " + n);
    }
    runnerOptions.validate();
    OutputChecks.checkpointFile("--checkpoint", checkpoint);
    Model h0 = options.model(Hypothesis.h0());
    Model h1 = h0.withHypothesis(options.h1());
    ParameterGoodnessOfFit.dof(h0, h1);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    PgResult pg = ParameterGoodnessOfFit.test(h0, h1, options.fitOptions().withMinos(false));
    if (!pg.isValid()) {
      throw new AnalysisFailure(
          "the fits to the data are not valid, so there are no toys: "
              + String.join("; ", pg.problems()));
    }
    ToyStudy study =
        new ToyStudy(pg, seed, options.fitOptions().forToys().withMultiStart(multiStart));
    ToyStudy.Result r;
    String runnerName;
    long t1 = System.nanoTime();
    try (WorkRunner runner = runnerOptions.open(options.threads())) {
      runnerName = runner.description();
      r = study.run(n, checkpoint, runner, Progress.of("toys", err, options.quiet));
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    double fitSeconds = (t1 - t0) / 1e9;
    int computed = n - r.resumed();
    if (options.json) {
      out.println(Json.write(json(pg, r, runnerName)));
    } else {
      text(pg, r, out, runnerName, computed, seconds, fitSeconds);
    }
    out.flush();
    return Vfit.EXIT_OK;
  }

  private void text(
      PgResult pg,
      ToyStudy.Result r,
      PrintWriter out,
      String runner,
      int computed,
      double seconds,
      double fitSeconds) {
    ToySummary s = r.summary();
    out.printf(
        Locale.ROOT, "H0: %s%nH1: %s%n", pg.h0Model().description(), pg.h1Model().description());
    out.printf(
        Locale.ROOT,
        "chi2_min: H0 %.6g, H1 %.6g (fits %.2f s)%n",
        pg.h0().chi2(),
        pg.h1().chi2(),
        fitSeconds);
    out.printf(
        Locale.ROOT,
        "chi2_PG = %.5g, dof %d: Wilks p = %.4g, %.3f sigma%n",
        pg.chi2(),
        pg.dof(),
        pg.pValue(),
        pg.sigma());
    out.printf(
        Locale.ROOT,
        "toys: %d requested, %d resumed from %s, %d computed on %s in %.2f s%s%n",
        s.requested(),
        r.resumed(),
        checkpoint,
        computed,
        runner,
        seconds,
        computed > 0 ? String.format(Locale.ROOT, " (%.1f toys/s)", computed / seconds) : "");
    if (s.failed() > 0) {
      out.println(
          s.failed() + " toys had a fit that did not converge; they are left out of the p-value");
    }
    if (s.toys() == 0) {
      out.println("no toy converged: no toy p-value");
      return;
    }
    if (s.exceeding() == 0) {
      out.printf(
          Locale.ROOT,
          "toy p-value: 0 of %d toys reach chi2_PG, so p < %.3g and sigma > %.2f%n",
          s.toys(),
          1.0 / s.toys(),
          s.sigmaBound());
    } else {
      out.printf(
          Locale.ROOT,
          "toy p-value: %d of %d toys reach chi2_PG: p = %.4g +- %.2g, %.3f sigma (%s .. %s)%n",
          s.exceeding(),
          s.toys(),
          s.pValue(),
          s.pValueError(),
          s.sigma(),
          fmt(s.sigmaLower()),
          s.sigmaUpper() == null ? "inf" : fmt(s.sigmaUpper()));
    }
    String caution = ToyCalibration.caution(s.toys(), s.pValue(), s.pValueError());
    if (caution != null) {
      out.println("caution: " + caution);
    }
    KolmogorovSmirnov.Result ks = s.ks();
    if (ks != null) {
      out.printf(
          Locale.ROOT,
          "KS test of the toy chi2_PG against chi2(%d): D = %.4f, p = %.3g%n",
          ks.dof(),
          ks.statistic(),
          ks.pValue());
    }
  }

  private static String fmt(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private Map<String, Object> json(PgResult pg, ToyStudy.Result r, String runner) {
    ToySummary s = r.summary();
    Map<String, Object> m = Json.object();
    m.put("datasets", options.datasets);
    m.put("seed", seed);
    m.put("checkpoint", checkpoint.toString());
    m.put("runner", runner);
    Map<String, Object> obs = Json.object();
    obs.put("h0", pg.h0Model().description());
    obs.put("h1", pg.h1Model().description());
    obs.put("chi2H0", pg.h0().chi2());
    obs.put("chi2H1", pg.h1().chi2());
    obs.put("chi2", pg.chi2());
    obs.put("dof", pg.dof());
    obs.put("pValue", pg.pValue());
    obs.put("sigma", pg.sigma());
    m.put("pg", obs);
    Map<String, Object> toys = Json.object();
    toys.put("requested", s.requested());
    toys.put("resumed", r.resumed());
    toys.put("counted", s.toys());
    toys.put("failed", s.failed());
    toys.put("exceeding", s.exceeding());
    toys.put("pValue", s.toys() > 0 ? s.pValue() : null);
    toys.put("pValueError", s.toys() > 0 ? s.pValueError() : null);
    toys.put("sigma", s.sigma());
    toys.put("sigmaLower", s.sigmaLower());
    toys.put("sigmaUpper", s.sigmaUpper());
    if (s.ks() != null) {
      Map<String, Object> ks = Json.object();
      ks.put("dof", s.ks().dof());
      ks.put("statistic", s.ks().statistic());
      ks.put("pValue", s.ks().pValue());
      toys.put("ks", ks);
    }
    toys.put(
        "caution",
        s.toys() > 0 ? ToyCalibration.caution(s.toys(), s.pValue(), s.pValueError()) : null);
    toys.put("statistics", s.statistics());
    m.put("toys", toys);
    return m;
  }
}
