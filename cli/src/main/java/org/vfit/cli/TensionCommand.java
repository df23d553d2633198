package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.ProgressListener;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.tension.SuperKTreatment;
import org.vfit.fit.tension.TensionAnalysis;
import org.vfit.fit.tension.TensionFailure;
import org.vfit.fit.tension.TensionOutcome;
import org.vfit.fit.tension.TensionProgress;
import org.vfit.fit.tension.TensionRequest;
import org.vfit.fit.tension.Theta13Treatment;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.reports.Reports;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.DatasetInput;
import org.vfit.reports.result.FitName;
import org.vfit.reports.result.Fits;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.RunInfo;
import org.vfit.reports.result.SurvivalCurve;
import org.vfit.reports.result.SurvivalData;
import org.vfit.reports.result.SurvivalPoint;
import org.vfit.reports.result.TensionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit tension}: the main job. Parses the options into a {@link TensionRequest}, runs {@link
 * TensionAnalysis} and renders its outcome: the summary table on stdout (or JSON), and the report
 * folder — result.json (the source of truth), plots and report.html — written atomically.
 */
@Command(
    name = "tension",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: solar (nu) against reactor (nubar) oscillation parameters on the bundled data.",
      "Fits nu, nubar, H0 (shared) and H1 (separate), the parameter goodness-of-fit test (Wilks; toys",
      "with --toys) with its 1-dof companions (delta dm21 = 0, delta sin2theta12 = 0), contours and",
      "profiles, and writes result.json, plots and report.html to --out. --levers adds the test under",
      "every one-change variant of the modelling choices."
    })
final class TensionCommand implements Callable<Integer>, CheckedBeforeRun {
  static final List<String> DEFAULT_REACTOR = List.of("kamland-2011");

  @Spec CommandSpec spec;

  @Option(
      names = "--solar",
      split = ",",
      paramLabel = "SET[,SET...]",
      description =
          "Solar (nu) datasets, bundled names or files (default: Homestake, gallium, SNO's "
              + "polynomial, Super-K I-IV as --superk says, Borexino and its 7Be day-night).")
  List<String> solar;

  @Option(
      names = "--superk",
      paramLabel = "amplitude|spectra",
      description =
          "Super-K's day-night information in the default solar set, each phase once: amplitude "
              + "(default; I-IV spectra as totals and the I-IV amplitude fit) or spectra (SK-IV "
              + "day/night spectra and the SK-I-III amplitude).")
  String superK;

  @Option(
      names = "--reactor",
      split = ",",
      paramLabel = "SET[,SET...]",
      description =
          "Reactor (nubar) datasets (default: ${DEFAULT-VALUE}; JUNO era: kamland-2011,juno-2025).")
  List<String> reactor = new ArrayList<>(DEFAULT_REACTOR);

  @Option(
      names = "--theta13",
      paramLabel = "SET|free|reference|VALUE",
      description =
          "theta_13: a reactor dataset that constrains it (default ${DEFAULT-VALUE}), free, "
              + "reference (fixed at NuFit-6.0's value), or a value of sin^2 theta_13 to fix it at "
              + "(0 for two-flavour analyses). The solar-only fit holds it at the reference or at "
              + "the fixed value.")
  String theta13 = "daya-bay-theta13";

  @Option(
      names = "--free-theta13",
      description = "H1 frees theta_13 too (dof 3; default: shared, dof 2).")
  boolean freeTheta13;

  @Mixin ModellingOptions modelling = new ModellingOptions();

  @Mixin RunnerOptions runnerOptions = new RunnerOptions();

  @Option(
      names = "--levers",
      description =
          "Also rerun the test under every one-change variant of the modelling choices and report"
              + " the table (the headline's systematic error; about a minute per variant).")
  boolean levers;

  @Option(
      names = "--toys",
      paramLabel = "N",
      description = "Calibrate the test with N pseudo-experiments (default 0: Wilks only).")
  int toys;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Master seed of the toys (default ${DEFAULT-VALUE}).")
  long seed = 20261125L;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description =
          "Toy checkpoint (JSON lines; default: <out>.toys.jsonl beside the report folder, so a"
              + " rerun with the same --out resumes).")
  Path checkpoint;

  @Option(
      names = "--grid-points",
      paramLabel = "N",
      description = "Points per axis of the contour grids (0: none; default ${DEFAULT-VALUE}).")
  int gridPoints = 41;

  @Option(
      names = "--profile-points",
      paramLabel = "N",
      description = "Points of each 1-D profile (0: none; default ${DEFAULT-VALUE}).")
  int profilePoints = 41;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Report folder (default: results/tension-<UTC timestamp>).")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  private final long started = System.nanoTime();

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outw = spec.commandLine().getOut();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path dir =
        out != null
            ? out
            : Path.of(
                "results",
                "tension-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(now));
    TensionRequest request = request(dir);
    TensionAnalysis.validate(request);
    // Every output is checked before any fitting: a file in the way, an unwritable or virtual
    // folder fail now, not after minutes of work.
    OutputChecks.reportFolder("--out", dir);
    if (request.toys() > 0) {
      OutputChecks.checkpointFile("--checkpoint", request.checkpoint());
    }
    TensionOutcome o;
    StageProgress stages = new StageProgress("vfit tension", err, quiet, started);
    try {
      // Toys and scans go to the runner (in-JVM, or Spark with --spark); the fits' own stages
      // (grid starts, MIGRAD, HESSE/MINOS) are printed once they run for a second.
      TensionProgress steps = progress(err);
      try (org.vfit.fit.analysis.WorkRunner runner = runnerOptions.open(request.threads())) {
        o = stages.run(() -> org.vfit.fit.GlobalFit.tension(request, runner, steps));
      }
    } catch (TensionFailure e) {
      throw new AnalysisFailure(e.getMessage());
    }
    TensionResult result = result(o, now);
    // Drawing seven plots in three formats takes a second or two: said like the other stages.
    List<Path> written;
    try {
      written =
          stages.run(
              () -> {
                stages.stage("writing the report (plots in PNG, SVG and PDF; report.html)");
                try {
                  return Reports.writeReport(result, dir);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // reported like any output failure (Vfit.ErrorHandler)
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (json) {
      outw.println(Reports.summaryJson(result));
    } else {
      table(outw, o);
      outw.printf(
          Locale.ROOT,
          "report: %s (%d files, %.1f s)%n",
          dir.resolve(Reports.HTML_FILE),
          written.size(),
          seconds);
    }
    outw.flush();
    return Vfit.EXIT_OK;
  }

  @Override
  public void check() {
    TensionAnalysis.validate(request(out != null ? out : Path.of("results", "tension")));
  }

  /** The request the options describe; every option is checked here, before any fitting. */
  TensionRequest request(Path dir) {
    SuperKTreatment sk = SuperKTreatment.AMPLITUDE;
    if (superK != null) {
      if (solar != null) {
        throw new IllegalArgumentException(
            "--superk chooses Super-K's datasets in the default solar set; with --solar list them"
                + " yourself");
      }
      try {
        sk = SuperKTreatment.parse(superK);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--superk: " + e.getMessage());
      }
    }
    List<String> solarSets = solar != null ? solar : sk.defaultSolar();
    for (List<String> sets : List.of(solarSets, reactor)) {
      for (String s : sets) {
        if (s.isBlank()) {
          throw new IllegalArgumentException(
              (sets == reactor ? "--reactor" : "--solar") + ": an empty dataset name");
        }
      }
    }
    Theta13Treatment t13;
    try {
      t13 = Theta13Treatment.parse(theta13);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--theta13: " + e.getMessage());
    }
    if (toys < 0) {
      throw new IllegalArgumentException("--toys must be >= 0, got " + toys);
    }
    checkPoints("--grid-points", gridPoints, TensionRequest.MAX_GRID_POINTS);
    checkPoints("--profile-points", profilePoints, TensionRequest.MAX_PROFILE_POINTS);
    if (threads != null && threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    }
    runnerOptions.validate();
    if (checkpoint != null && toys == 0) {
      throw new IllegalArgumentException("--checkpoint is only used with --toys");
    }
    Path cp =
        toys == 0
            ? null
            : (checkpoint != null
                ? checkpoint
                : dir.resolveSibling(dir.getFileName() + ".toys.jsonl"));
    return new TensionRequest(
        solarSets,
        reactor,
        t13,
        freeTheta13,
        modelling.likelihoodOptions(),
        AnalysisReference.nufit(),
        toys,
        seed,
        cp,
        gridPoints,
        profilePoints,
        levers,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads);
  }

  private static void checkPoints(String option, int n, int max) {
    if (n != 0 && (n < TensionRequest.MIN_SCAN_POINTS || n > max)) {
      throw new IllegalArgumentException(
          option
              + " must be 0 or lie in ["
              + TensionRequest.MIN_SCAN_POINTS
              + ", "
              + max
              + "], got "
              + n);
    }
  }

  private TensionProgress progress(PrintWriter err) {
    return new TensionProgress() {
      @Override
      public void step(String what) {
        if (!quiet) {
          err.printf(
              Locale.ROOT,
              "vfit tension [%5.1f s]: %s%n",
              (System.nanoTime() - started) / 1e9,
              what);
          err.flush();
        }
      }

      @Override
      public ProgressListener scan(String what) {
        return Progress.of(what, err, quiet);
      }
    };
  }

  private TensionResult result(TensionOutcome o, Instant now) {
    PgResult pg = o.pg();
    List<Chi2Grid> grids = new ArrayList<>();
    for (TensionOutcome.Region r : o.contours()) {
      // Failed points are filled from their neighbours; the outcome's notes name them.
      grids.add(ResultMapping.gridFillingFailures(r.contour()));
    }
    List<Profile> profiles = new ArrayList<>();
    for (TensionOutcome.NamedProfile p : o.profiles()) {
      profiles.add(ResultMapping.validPoints(p.profile(), sector(p.fit())));
    }
    return new TensionResult(
        runInfo(o, now),
        inputs(o.request()),
        ResultMapping.pgTest(pg, o.toys(), o.differences()),
        new Fits(
            ResultMapping.singleFit(o.nu()),
            ResultMapping.singleFit(o.nubar()),
            ResultMapping.singleFit(pg.h0()),
            ResultMapping.splitFit(pg.h1())),
        ResultMapping.potentials(pg.h1()),
        grids,
        profiles,
        survival(o.survival()),
        ResultMapping.levers(o.levers()),
        org.vfit.reports.result.MatrixElements.of(o.matrixElements()));
  }

  private static org.vfit.reports.result.Sector sector(TensionOutcome.Fit f) {
    return switch (f) {
      case NU -> org.vfit.reports.result.Sector.NU;
      case NUBAR -> org.vfit.reports.result.Sector.NUBAR;
      case COMBINED -> org.vfit.reports.result.Sector.COMBINED;
    };
  }

  private static SurvivalData survival(TensionOutcome.Survival s) {
    List<SurvivalCurve> curves = new ArrayList<>();
    for (TensionOutcome.Curve c : s.curves()) {
      curves.add(
          new SurvivalCurve(
              c.fit() == TensionOutcome.Fit.NU ? FitName.NU : FitName.H0,
              boxed(c.energyMeV()),
              boxed(c.survival())));
    }
    List<SurvivalPoint> points = new ArrayList<>();
    for (TensionOutcome.Point p : s.points()) {
      points.add(new SurvivalPoint(p.label(), p.energyMeV(), p.value(), p.error()));
    }
    return new SurvivalData(curves, points);
  }

  private static List<Double> boxed(double[] v) {
    List<Double> out = new ArrayList<>();
    for (double x : v) {
      out.add(x);
    }
    return out;
  }

  private RunInfo runInfo(TensionOutcome o, Instant now) {
    Map<String, String> options = new TreeMap<>(o.options());
    options.putAll(o.notes());
    return ResultMapping.runInfo(
        now, seed, spec.commandLine().getParseResult().originalArgs(), options);
  }

  private static List<DatasetInput> inputs(TensionRequest r) {
    List<String> names = new ArrayList<>(r.solar());
    names.addAll(r.reactor());
    if (r.theta13().mode() == Theta13Treatment.Mode.CONSTRAINED) {
      names.add(r.theta13().dataset());
    }
    return ResultMapping.inputs(names);
  }

  private static void table(PrintWriter out, TensionOutcome o) {
    PgResult pg = o.pg();
    out.println("vfit tension: solar neutrinos (nu) against reactor antineutrinos (nubar)");
    out.printf(
        Locale.ROOT,
        "  %-18s %-24s %-20s %-18s %s%n",
        "fit",
        "dm21 [" + OscillationParameter.DM21.fitUnitLabel() + "]",
        "sin2theta12",
        "sin2theta13",
        "chi2/points");
    row(out, "nu (solar)", o.nu().sector(Sector.NU), o.nu());
    row(out, "nubar (reactor)", o.nubar().sector(Sector.NUBAR), o.nubar());
    row(out, "H0 (shared)", pg.h0().sector(Sector.NU), pg.h0());
    row(out, "H1: nu", pg.h1().sector(Sector.NU), pg.h1());
    row(out, "H1: nubar", pg.h1().sector(Sector.NUBAR), null);
    out.printf(
        Locale.ROOT,
        "parameter goodness of fit: chi2_PG = %.3f for %d dof, p = %.4g, %.2f sigma (Wilks)%n",
        pg.chi2(),
        pg.dof(),
        pg.pValue(),
        pg.sigma());
    for (DifferenceTest d : o.differences()) {
      out.printf(
          Locale.ROOT,
          "  1 dof: delta %-11s = 0: delta chi2 = %.3f, p = %.4g, %.2f sigma%s%n",
          d.parameter().label(),
          d.deltaChi2(),
          d.pValue(),
          d.sigma(),
          d.parameter() == OscillationParameter.DM21
              ? " (the figure NuFIT 6.0 and Super-K 2024 quote, ~1.5 sigma)"
              : "");
    }
    ToySummary toys = o.toys();
    if (toys != null && toys.toys() > 0) {
      if (toys.exceeding() == 0) {
        out.printf(
            Locale.ROOT,
            "  toys: 0 of %d reach chi2_PG: p < %.3g, > %.2f sigma%n",
            toys.toys(),
            1.0 / toys.toys(),
            toys.sigmaBound());
      } else {
        out.printf(
            Locale.ROOT,
            "  toys: %d of %d reach chi2_PG: p = %.4g +- %.2g, %.2f sigma%n",
            toys.exceeding(),
            toys.toys(),
            toys.pValue(),
            toys.pValueError(),
            toys.sigma());
      }
      String c =
          org.vfit.reports.result.ToyCalibration.caution(
              toys.toys(), toys.pValue(), toys.pValueError());
      if (c != null) {
        out.println("  caution: " + c);
      }
    }
    if (!o.levers().isEmpty()) {
      levers(out, o.levers());
    }
  }

  private static void levers(PrintWriter out, List<TensionOutcome.LeverVariant> rows) {
    out.println("modelling levers (one change each; shifts against the first row):");
    out.printf(
        Locale.ROOT,
        "  %-26s %-24s %8s %8s %8s %7s %7s %7s %7s%n",
        "lever",
        "variant",
        "dm21 nu",
        "nubar",
        "chi2_PG",
        "sig 2df",
        "sig dm",
        "shift2",
        "shift1");
    TensionOutcome.LeverVariant base = rows.get(0);
    for (TensionOutcome.LeverVariant v : rows) {
      if (!v.valid()) {
        out.printf(
            Locale.ROOT, "  %-26s %-24s not valid: %s%n", v.lever(), v.variant(), v.problem());
        continue;
      }
      out.printf(
          Locale.ROOT,
          "  %-26s %-24s %8.3f %8.3f %8.3f %7.2f %7.2f %+7.2f %+7.2f%n",
          v.lever(),
          v.variant(),
          OscillationParameter.DM21.toDisplay(v.nuDm21()),
          OscillationParameter.DM21.toDisplay(v.nubarDm21()),
          v.chi2Pg(),
          v.sigmaPg(),
          v.sigmaDm21(),
          v.sigmaPg() - base.sigmaPg(),
          v.sigmaDm21() - base.sigmaDm21());
    }
  }

  private static void row(PrintWriter out, String name, SectorParameters s, FitResult f) {
    out.printf(
        Locale.ROOT,
        "  %-18s %-24s %-20s %-18s %s%n",
        name,
        String.format(
            Locale.ROOT,
            "%.3f %s",
            OscillationParameter.DM21.toDisplay(s.dm21().value()),
            err(s.dm21(), OscillationParameter.DM21)),
        String.format(
            Locale.ROOT,
            "%.4f %s",
            s.sin2Theta12().value(),
            err(s.sin2Theta12(), OscillationParameter.SIN2_THETA12)),
        String.format(
            Locale.ROOT,
            "%.5f %s",
            s.sin2Theta13().value(),
            s.sin2Theta13().error() > 0
                ? err(s.sin2Theta13(), OscillationParameter.SIN2_THETA13)
                : "(fixed)"),
        f == null ? "" : String.format(Locale.ROOT, "%.2f/%d", f.chi2(), f.dataPoints()));
  }

  /** The error of an estimate of {@code p}, in the display unit. */
  private static String err(Estimate e, OscillationParameter p) {
    if (e.hasMinos()) {
      return String.format(
          Locale.ROOT, "%+.2g/%+.2g", p.toDisplay(e.minosUpper()), p.toDisplay(e.minosLower()));
    }
    return String.format(Locale.ROOT, "+-%.2g", p.toDisplay(e.error()));
  }
}
