package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Interval;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.Restart;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.likelihood.Hypothesis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfit profile}: 1-D Δχ² profile of a physics parameter with its 1σ and 3σ intervals. */
@Command(
    name = "profile",
    header = "Delta chi2 profile of one parameter, with its 1 sigma and 3 sigma intervals.",
    mixinStandardHelpOptions = true,
    description = {
      "Delta chi2 profile of one parameter, all others re-minimised at each grid point, with the",
      "1 sigma (Delta chi2 < 1) and 3 sigma (< 9) intervals read off it. Parameters: dm21, sin2theta12,",
      "sin2theta13 (shared, H0), nu.X / nubar.X (one sector, H1) and delta.dm21, delta.sin2theta12",
      "(nubar minus nu, H1), X as before. Grid values of dm21 parameters are in 1e-5 eV^2.",
      "With --out DIR the run also writes result.json, the profile plot (PNG, SVG, PDF) and",
      "report.html; 'vfit report' redraws them and 'vfit export' writes the profile as a table."
    })
final class ProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnalysisOptions options;

  @Mixin RunnerOptions runnerOptions;

  @Option(
      names = "--parameter",
      required = true,
      paramLabel = "P",
      description = "Parameter to profile, e.g. delta.dm21.")
  String parameter;

  @Option(
      names = "--grid",
      required = true,
      paramLabel = "lo:hi:n",
      description =
          "n values from lo to hi (dm21 parameters in 1e-5 eV^2), e.g. -2:4:61; lo:hi:n:log for "
              + "log spacing, e.g. 0.1:20:81:log for dm21 across KamLAND's islands; at most "
              + GridOption.MAX_AXIS_POINTS
              + " points.")
  String grid;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write result.json, the plot and report.html to this folder (checked before any"
              + " fitting; the folder appears complete or not at all).")
  java.nio.file.Path out;

  @Mixin PlotArgs plot;

  @Option(
      names = "--hypothesis",
      paramLabel = "H0|H1",
      description = "Default: H0 for shared parameters, H1 for nu./nubar./delta. ones.")
  String hypothesis;

  @Override
  public Integer call() throws Exception {
    PhysicsParameter target = PhysicsParameter.parse(parameter);
    double[] values = GridOption.parse("--grid", grid);
    Hypothesis h =
        options.hypothesis(
            hypothesis != null
                ? hypothesis
                : target.kind() == PhysicsParameter.Kind.SHARED ? "H0" : "H1");
    Model base = options.model(h);
    Model scanned = target.modelFor(base);
    int i = target.index(scanned);
    GridOption.within(
        "--grid",
        values,
        scanned.lower()[i],
        scanned.upper()[i],
        target.label(),
        target.fitUnitLabel());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    org.vfit.reports.plots.PlotOptions plotOptions = plot.toOptions();
    if (out != null) {
      OutputChecks.reportFolder("--out", out);
    }
    java.time.Instant started =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    long t0 = System.nanoTime();
    FitResult best = Fitter.fit(base, options.fitOptions().withMinos(false));
    if (!best.isValid()) {
      throw new AnalysisFailure(
          "the best fit is not valid, so there is no profile: "
              + String.join("; ", best.problems()));
    }
    ProfileResult p;
    try (WorkRunner runner = runnerOptions.open(options.threads())) {
      p =
          Profiles.profile(
              base,
              best,
              target,
              values,
              options.fitOptions(),
              runner,
              Progress.of("profile " + target.label(), err, options.quiet));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!options.quiet) {
      for (Restart r : p.restarts()) {
        err.printf(
            Locale.ROOT,
            "vfit: warning: the profile found chi2 = %.6g below the fit's minimum %.6g; the fit was"
                + " restarted from there%s%n",
            r.scanChi2(),
            r.previousChi2(),
            r.improved()
                ? String.format(
                    Locale.ROOT, " (new minimum %.6g) and the profile redone", r.refit().chi2())
                : " but found no lower valid minimum");
      }
      if (p.belowMinimum()) {
        err.println(
            "vfit: warning: the profile went below the fit's minimum; Delta chi2 is taken from the profile's lowest point");
      }
    }
    if (options.json) {
      stdout.println(Json.write(json(p, options.datasets)));
    } else {
      text(p, stdout, values.length, options.threads(), seconds);
    }
    stdout.flush();
    if (out != null) {
      java.util.Map<String, String> runOptions = new java.util.TreeMap<>();
      runOptions.put("datasets", String.join(",", options.datasets));
      runOptions.put("parameter", target.label());
      runOptions.put("hypothesis", h.name());
      runOptions.put("ordering", options.massOrdering().name());
      runOptions.put(
          "grid",
          ContourCommand.axis(values)
              + (target.fitUnitLabel().isEmpty() ? "" : " (" + target.fitUnitLabel() + ")"));
      runOptions.put("seed", "none (a scan draws no random numbers)");
      if (p.invalidPoints() > 0) {
        runOptions.put(
            "profile.leftOut",
            p.invalidPoints() + " of " + values.length + " points whose fit failed were left out");
      }
      org.vfit.reports.result.ScanResult result =
          ResultMapping.scan(
              ResultMapping.runInfo(
                  started, 0, spec.commandLine().getParseResult().originalArgs(), runOptions),
              options.datasets,
              base,
              best,
              List.of(),
              List.of(ResultMapping.validPoints(p, sectorOf(target, base))));
      List<java.nio.file.Path> written =
          org.vfit.reports.Reports.writeReport(result, out, plotOptions);
      if (!options.quiet) {
        err.println(
            "vfit profile: report "
                + out.resolve(org.vfit.reports.Reports.HTML_FILE)
                + " ("
                + written.size()
                + " files)");
      }
    }
    return Vfit.EXIT_OK;
  }

  /** Whose data a profile belongs to, as the result file names it. */
  private static org.vfit.reports.result.Sector sectorOf(PhysicsParameter t, Model model) {
    return switch (t.kind()) {
      case NU -> org.vfit.reports.result.Sector.NU;
      case NUBAR -> org.vfit.reports.result.Sector.NUBAR;
      case DIFFERENCE -> org.vfit.reports.result.Sector.COMBINED;
      case SHARED ->
          AnalysisOptions.bothSectors(model)
              ? org.vfit.reports.result.Sector.COMBINED
              : model.hasSector(org.vfit.likelihood.Sector.NU)
                  ? org.vfit.reports.result.Sector.NU
                  : org.vfit.reports.result.Sector.NUBAR;
    };
  }

  private static void text(ProfileResult p, PrintWriter out, int n, int threads, double seconds) {
    PhysicsParameter t = p.parameter();
    double display = t.parameter().displayScale();
    String unit = t.fitUnitLabel().isEmpty() ? "" : " [" + t.fitUnitLabel() + "]";
    out.printf(
        Locale.ROOT,
        "profile of %s under %s: %d points on %d threads in %.2f s%n",
        t.label(),
        p.model(),
        n,
        threads,
        seconds);
    Estimate b = p.best();
    String minos =
        b.hasMinos()
            ? String.format(
                Locale.ROOT,
                " (MINOS %+.3g %+.3g)",
                b.minosLower() * display,
                b.minosUpper() * display)
            : "";
    out.printf(
        Locale.ROOT,
        "best fit %s = %.5g +- %.2g%s%s, chi2_min = %.6g%n",
        t.label(),
        b.value() * display,
        b.error() * display,
        minos,
        unit,
        p.chi2Min());
    out.println("1 sigma (Delta chi2 < 1): " + intervals(p.oneSigma(), display) + unit);
    out.println("3 sigma (Delta chi2 < 9): " + intervals(p.threeSigma(), display) + unit);
    for (Restart r : p.restarts()) {
      out.printf(
          Locale.ROOT,
          "restarted: the profile found chi2 = %.6g below the minimum %.6g; %s%n",
          r.scanChi2(),
          r.previousChi2(),
          r.improved()
              ? String.format(
                  Locale.ROOT,
                  "the fit from there gave %.6g and the profile was redone",
                  r.refit().chi2())
              : "the fit from there found no lower valid minimum");
    }
    if (p.invalidPoints() > 0) {
      out.println(p.invalidPoints() + " grid points did not converge (marked invalid)");
    }
    for (String f : p.failures()) {
      out.println("failed point: " + f);
    }
    out.printf(Locale.ROOT, "%14s %12s  %s%n", t.label(), "Delta chi2", "valid");
    double[] v = p.values();
    double[] d = p.deltaChi2();
    boolean[] ok = p.valid();
    for (int k = 0; k < v.length; k++) {
      out.printf(Locale.ROOT, "%14.6g %12.5g  %s%n", v[k] * display, d[k], ok[k] ? "yes" : "no");
    }
  }

  static String intervals(List<Interval> regions, double display) {
    if (regions.isEmpty()) {
      return "none on the grid";
    }
    List<String> parts = new ArrayList<>();
    for (Interval i : regions) {
      parts.add(
          String.format(
              Locale.ROOT,
              "%s%.5g, %.5g%s",
              i.lowerOpen() ? "(<=" : "[",
              i.lower() * display,
              i.upper() * display,
              i.upperOpen() ? ">=)" : "]"));
    }
    String s = String.join(" u ", parts);
    boolean open = regions.stream().anyMatch(i -> i.lowerOpen() || i.upperOpen());
    return s + (open ? "  (an end at the grid edge: the interval extends beyond the grid)" : "");
  }

  static Map<String, Object> json(ProfileResult p, List<String> datasets) {
    Map<String, Object> m = Json.object();
    m.put("datasets", datasets);
    m.put("parameter", p.parameter().label());
    m.put("unit", p.parameter().unitLabel());
    m.put("model", p.model());
    m.put("chi2Min", p.chi2Min());
    m.put("belowMinimum", p.belowMinimum());
    m.put("restartedFrom", ContourCommand.restartsJson(p.restarts()));
    m.put("best", FitOutput.estimate(p.best()));
    m.put("oneSigma", intervalsJson(p.oneSigma()));
    m.put("threeSigma", intervalsJson(p.threeSigma()));
    m.put("values", p.values());
    m.put("deltaChi2", nullForNaN(p.deltaChi2()));
    m.put("valid", p.valid());
    m.put("failures", p.failures());
    return m;
  }

  static List<Object> intervalsJson(List<Interval> regions) {
    List<Object> out = new ArrayList<>();
    for (Interval i : regions) {
      Map<String, Object> m = Json.object();
      m.put("level", i.level());
      m.put("lower", i.lower());
      m.put("upper", i.upper());
      m.put("lowerOpen", i.lowerOpen());
      m.put("upperOpen", i.upperOpen());
      out.add(m);
    }
    return out;
  }

  /** JSON has no NaN: a point without a value is null. */
  static List<Double> nullForNaN(double[] v) {
    List<Double> out = new ArrayList<>();
    for (double x : v) {
      out.add(Double.isFinite(x) ? x : null);
    }
    return out;
  }
}
