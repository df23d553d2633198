package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.solar.SolarOptions;
import org.vfit.likelihood.solar.SolarTerm;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit tension}: the main job. Do solar neutrinos and reactor antineutrinos see the same
 * Δm²₂₁ and θ₁₂? Fits the solar data (ν), the reactor data (ν̄), both with shared parameters (H0)
 * and with separate ones (H1), tests H0 against H1 (parameter goodness of fit, Wilks and optionally
 * toys), scans the three (sin²θ₁₂, Δm²₂₁) regions and the 1-D profiles, and writes a self-contained
 * report: result.json (the source of truth), plots and report.html, atomically.
 */
@Command(
    name = "tension",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: solar (nu) against reactor (nubar) oscillation parameters on the bundled data.",
      "Fits nu, nubar, H0 (shared) and H1 (separate), the parameter goodness-of-fit test (Wilks; toys",
      "with --toys), contours and profiles, and writes result.json, plots and report.html to --out."
    })
final class TensionCommand implements Callable<Integer> {
  static final List<String> DEFAULT_SOLAR =
      List.of(
          "homestake", "gallium", "sno-polynomial", "superk", "borexino", "borexino-7be-day-night");
  static final List<String> DEFAULT_REACTOR = List.of("kamland-2011");

  @Spec CommandSpec spec;

  @Option(
      names = "--solar",
      split = ",",
      paramLabel = "SET[,SET...]",
      description = "Solar (nu) datasets, bundled names or files (default: ${DEFAULT-VALUE}).")
  List<String> solar = new ArrayList<>(DEFAULT_SOLAR);

  @Option(
      names = "--reactor",
      split = ",",
      paramLabel = "SET[,SET...]",
      description =
          "Reactor (nubar) datasets (default: ${DEFAULT-VALUE}; JUNO era: kamland-2011,juno-2025).")
  List<String> reactor = new ArrayList<>(DEFAULT_REACTOR);

  @Option(
      names = "--theta13",
      paramLabel = "SET|none",
      description =
          "theta_13 constraint (a reactor dataset, default ${DEFAULT-VALUE}); 'none' fixes sin^2 theta_13 at the reference.")
  String theta13 = "daya-bay-theta13";

  @Option(
      names = "--free-theta13",
      description = "H1 frees theta_13 too (dof 3; default: shared, dof 2).")
  boolean freeTheta13;

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
          "Toy checkpoint (JSON lines; default: <out>.toys.jsonl beside the report folder, so a rerun with the same --out resumes).")
  Path checkpoint;

  @Option(
      names = "--grid-points",
      paramLabel = "N",
      description = "Points per axis of the contour grids (default ${DEFAULT-VALUE}).")
  int gridPoints = 41;

  @Option(
      names = "--profile-points",
      paramLabel = "N",
      description = "Points of each 1-D profile (default ${DEFAULT-VALUE}).")
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

  private final Map<String, String> options = new TreeMap<>();
  private final long started = System.nanoTime();

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    validate();
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
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
    MixingParameters reference = AnalysisReference.nufit();
    boolean withTheta13 = !theta13.equalsIgnoreCase("none");
    List<String> reactorSets = new ArrayList<>(reactor);
    if (withTheta13) reactorSets.add(theta13);
    List<String> all = new ArrayList<>(solar);
    all.addAll(reactorSets);

    // χ² pre-scan of the 24-start grid, MIGRAD from the 4 best: the islands (LMA/LOW, KamLAND's)
    // are found, without a MIGRAD walking through every quasi-vacuum start.
    FitOptions base = FitOptions.defaults().withThreads(nThreads).withPrescan(4);
    FitOptions fixTheta13 = base.withFixed(List.of("sin2theta13"));
    Model nuModel = Model.of(TermSource.datasets(solar), Hypothesis.h0(), reference);
    Model nubarModel = Model.of(TermSource.datasets(reactorSets), Hypothesis.h0(), reference);
    Model h0 = Model.of(TermSource.datasets(all), Hypothesis.h0(), reference);
    Hypothesis h1Hypothesis =
        freeTheta13 ? Hypothesis.h1AllSeparate() : Hypothesis.h1SharedTheta13();
    Model h1 = h0.withHypothesis(h1Hypothesis);
    FitOptions combinedOptions = withTheta13 ? base : fixTheta13;

    step(err, "fitting the solar data (nu)");
    // Solar data barely constrain θ13: fixed at the reference (sin²θ13 = 0.0222, the reactor
    // value).
    FitResult nuFit = require(Fitter.fit(nuModel, fixTheta13), "solar (nu)");
    step(err, "fitting the reactor data (nubar)");
    FitResult nubarFit =
        require(Fitter.fit(nubarModel, withTheta13 ? base : fixTheta13), "reactor (nubar)");
    step(err, "fitting H0 and H1 (parameter goodness-of-fit test)");
    PgResult pg = ParameterGoodnessOfFit.test(h0, h1, combinedOptions);
    require(pg.h0(), "H0");
    require(pg.h1(), "H1");

    ToySummary toySummary = null;
    if (toys > 0) {
      Path cp =
          checkpoint != null ? checkpoint : dir.resolveSibling(dir.getFileName() + ".toys.jsonl");
      step(err, toys + " toys (checkpoint " + cp + ")");
      Path parent = cp.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      ToyStudy study = new ToyStudy(pg, seed, combinedOptions.forToys());
      try (WorkRunner runner = new LocalRunner(nThreads)) {
        toySummary = study.run(toys, cp, runner, Progress.of("toys", err, quiet)).summary();
      }
    }

    List<Chi2Grid> grids = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    try (WorkRunner runner = new LocalRunner(nThreads)) {
      FitOptions scan = combinedOptions.withMinos(false);
      step(err, "contours and profiles");
      grids.add(
          grid(err, "nu region", nuModel, nuFit, Sector.NU, fixTheta13.withMinos(false), runner));
      grids.add(grid(err, "nubar region", nubarModel, nubarFit, Sector.NUBAR, scan, runner));
      grids.add(grid(err, "combined region", h0, pg.h0(), Sector.NU, scan, runner));
      for (String p : List.of("dm21", "sin2theta12")) {
        profiles.add(
            profile(
                err,
                nuModel,
                nuFit,
                p,
                fixTheta13.withMinos(false),
                runner,
                org.vfit.reports.result.Sector.NU));
        profiles.add(
            profile(
                err, nubarModel, nubarFit, p, scan, runner, org.vfit.reports.result.Sector.NUBAR));
        profiles.add(
            profile(err, h0, pg.h0(), p, scan, runner, org.vfit.reports.result.Sector.COMBINED));
      }
      for (String p : List.of("delta.dm21", "delta.sin2theta12")) {
        profiles.add(
            profile(err, h1, pg.h1(), p, scan, runner, org.vfit.reports.result.Sector.COMBINED));
      }
    }

    step(err, "survival probabilities and report");
    TensionResult result =
        new TensionResult(
            TensionResult.SCHEMA,
            runInfo(now),
            inputs(all),
            ResultMapping.pgTest(pg, toySummary),
            new Fits(
                ResultMapping.singleFit(nuFit),
                ResultMapping.singleFit(nubarFit),
                ResultMapping.singleFit(pg.h0()),
                ResultMapping.splitFit(pg.h1())),
            ResultMapping.potentials(pg.h1()),
            grids,
            profiles,
            survival(nuFit, pg.h0()));
    List<Path> written = Reports.writeReport(result, dir);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (json) {
      outw.println(Reports.summaryJson(result));
    } else {
      table(outw, nuFit, nubarFit, pg, toySummary);
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

  private void validate() {
    if (solar.isEmpty() || reactor.isEmpty()) {
      throw new IllegalArgumentException("--solar and --reactor each need at least one dataset");
    }
    for (String n : solar) {
      LikelihoodTerm t = Likelihoods.term(n);
      if (t.sector() != Sector.NU) {
        throw new IllegalArgumentException(
            "--solar: " + n + " is a " + t.sector().label() + " dataset, not a solar (nu) one");
      }
    }
    for (String n : reactor) {
      LikelihoodTerm t = Likelihoods.term(n);
      if (t.sector() != Sector.NUBAR) {
        throw new IllegalArgumentException(
            "--reactor: "
                + n
                + " is a "
                + t.sector().label()
                + " dataset, not a reactor (nubar) one");
      }
    }
    List<String> seen = new ArrayList<>();
    for (String n : concat(solar, reactor)) {
      if (seen.contains(n)) throw new IllegalArgumentException("dataset " + n + " is listed twice");
      seen.add(n);
    }
    if (!theta13.equalsIgnoreCase("none")
        && (Likelihoods.term(theta13).sector() != Sector.NUBAR || seen.contains(theta13))) {
      throw new IllegalArgumentException(
          "--theta13 must name a reactor constraint not listed in --reactor, or 'none'; got "
              + theta13);
    }
    if (toys < 0) throw new IllegalArgumentException("--toys must be >= 0, got " + toys);
    if (gridPoints < 5 || gridPoints > 401)
      throw new IllegalArgumentException("--grid-points must lie in [5, 401], got " + gridPoints);
    if (profilePoints < 5 || profilePoints > 1001)
      throw new IllegalArgumentException(
          "--profile-points must lie in [5, 1001], got " + profilePoints);
    if (threads != null && threads < 1)
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    if (checkpoint != null && toys == 0)
      throw new IllegalArgumentException("--checkpoint is only used with --toys");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private void step(PrintWriter err, String what) {
    if (!quiet) {
      err.printf(
          Locale.ROOT, "vfit tension [%5.1f s]: %s%n", (System.nanoTime() - started) / 1e9, what);
      err.flush();
    }
  }

  private static FitResult require(FitResult r, String what) {
    if (!r.isValid()) {
      throw new AnalysisFailure(
          "the " + what + " fit did not reach a valid minimum: " + String.join("; ", r.problems()));
    }
    return r;
  }

  /** A grid over the best fit ± 5 HESSE errors in each variable, clamped to the physical range. */
  private Chi2Grid grid(
      PrintWriter err,
      String what,
      Model model,
      FitResult fit,
      Sector sector,
      FitOptions o,
      WorkRunner runner) {
    SectorParameters s = fit.sector(sector);
    double[] x = span(s.sin2Theta12().value(), s.sin2Theta12().error(), 0.005, 0.995);
    double[] y = span(s.dm21().value() / 1e-5, s.dm21().error() / 1e-5, 0.02, 99.0);
    ContourResult c =
        Contours.contour(
            model,
            fit,
            sector,
            Profiles.linspace(x[0], x[1], gridPoints),
            Profiles.linspace(y[0], y[1], gridPoints),
            o,
            runner,
            Progress.of(what, err, quiet));
    return ResultMapping.grid(c);
  }

  private Profile profile(
      PrintWriter err,
      Model model,
      FitResult fit,
      String parameter,
      FitOptions o,
      WorkRunner runner,
      org.vfit.reports.result.Sector sector) {
    PhysicsParameter p = PhysicsParameter.parse(parameter);
    double[] centre = centre(model, fit, p);
    double lo = centre[0] - 5 * centre[1], hi = centre[0] + 5 * centre[1];
    if (p.kind() != PhysicsParameter.Kind.DIFFERENCE) {
      double floor = parameter.equals("dm21") ? 0.02 : 0.005,
          ceil = parameter.equals("dm21") ? 99 : 0.995;
      lo = Math.max(lo, floor);
      hi = Math.min(hi, ceil);
    }
    String label = parameter + " (" + sector.name().toLowerCase(Locale.ROOT) + ")";
    ProfileResult r =
        Profiles.profile(
            model,
            fit,
            p,
            Profiles.linspace(lo, hi, profilePoints),
            o,
            runner,
            Progress.of("profile " + label, err, quiet));
    if (r.invalidPoints() > 0) {
      String note =
          r.invalidPoints() + " of " + profilePoints + " points whose fit failed were left out";
      options.put("profile." + label, note);
      err.println("vfit tension: profile " + label + ": " + note);
    }
    return ResultMapping.validPoints(r, sector);
  }

  /** Value and HESSE error of a profiled quantity, in fit units (1e-5 eV² for Δm²₂₁). */
  private static double[] centre(Model model, FitResult fit, PhysicsParameter p) {
    if (p.kind() == PhysicsParameter.Kind.DIFFERENCE) {
      SectorParameters nu = fit.sector(Sector.NU), nubar = fit.sector(Sector.NUBAR);
      boolean dm = p.parameter() == org.vfit.likelihood.OscillationParameter.DM21;
      double a = dm ? nu.dm21().value() / 1e-5 : nu.sin2Theta12().value();
      double b = dm ? nubar.dm21().value() / 1e-5 : nubar.sin2Theta12().value();
      double ea = dm ? nu.dm21().error() / 1e-5 : nu.sin2Theta12().error();
      double eb = dm ? nubar.dm21().error() / 1e-5 : nubar.sin2Theta12().error();
      return new double[] {b - a, Math.hypot(ea, eb)};
    }
    Sector s = model.hasSector(Sector.NU) ? Sector.NU : Sector.NUBAR;
    SectorParameters sp = fit.sector(s);
    boolean dm = p.parameter() == org.vfit.likelihood.OscillationParameter.DM21;
    return dm
        ? new double[] {sp.dm21().value() / 1e-5, sp.dm21().error() / 1e-5}
        : new double[] {sp.sin2Theta12().value(), sp.sin2Theta12().error()};
  }

  private static double[] span(double value, double error, double floor, double ceil) {
    double half = 5 * Math.max(error, 1e-6 * Math.abs(value));
    return new double[] {Math.max(floor, value - half), Math.min(ceil, value + half)};
  }

  private RunInfo runInfo(Instant now) {
    options.put("solar", String.join(",", solar));
    options.put("reactor", String.join(",", reactor));
    options.put("theta13", theta13);
    options.put(
        "h1",
        freeTheta13
            ? "dm21, theta12, theta13 separate (dof 3)"
            : "dm21, theta12 separate, theta13 shared (dof 2)");
    options.put("toys", Integer.toString(toys));
    options.put("gridPoints", Integer.toString(gridPoints));
    options.put("profilePoints", Integer.toString(profilePoints));
    SolarOptions so = SolarOptions.defaults();
    options.put("solar.model", so.solarModel().label());
    options.put("solar.approximation", so.approximation().name());
    options.put("solar.b8Flux", so.b8Flux().name() + " (profiled analytically)");
    options.put(
        "solar.elasticScattering",
        so.radiativeCorrections() ? "BKS 1995 radiative corrections" : "tree level");
    options.put("solar.nadirBins", Integer.toString(so.nadirBins()));
    org.vfit.likelihood.reactor.KamLandOptions ko =
        org.vfit.likelihood.reactor.KamLandOptions.defaults();
    options.put("reactor.kamland", ko.toString());
    options.put(
        "reference", "fixed dm31, theta23, delta: NuFit-6.0 NO as in the paper's main text");
    String version = new Vfit.Version().getVersion()[0];
    return new RunInfo("vfit", version, now.toString(), seed, commandLine(), options);
  }

  private List<String> commandLine() {
    List<String> cl = new ArrayList<>();
    cl.add("vfit");
    cl.addAll(spec.commandLine().getParseResult().originalArgs());
    return cl;
  }

  private static List<DatasetInput> inputs(List<String> names) {
    List<DatasetInput> out = new ArrayList<>();
    for (String n : names) {
      Dataset d = Datasets.resolve(n);
      LikelihoodTerm t = Likelihoods.term(d);
      out.add(
          new DatasetInput(
              d.name(),
              d.kind().id(),
              t.sector() == Sector.NU
                  ? org.vfit.reports.result.Sector.NU
                  : org.vfit.reports.result.Sector.NUBAR,
              d.status().id(),
              d.meta().provenance().reference().shortForm()));
    }
    return out;
  }

  /**
   * P_ee(E) of ⁸B-region neutrinos (production of the ⁸B component; the curve is what the
   * experiments' P_ee points are compared with) at the best fits, annual mean at Kamioka, and the
   * published survival points: Borexino's and SNO's polynomial (with its covariance) at a few
   * energies.
   */
  private SurvivalData survival(FitResult nuFit, FitResult h0Fit) {
    SolarTerm sun = (SolarTerm) Likelihoods.terms(solar).get(0);
    double[] e = new double[60];
    for (int i = 0; i < e.length; i++) e[i] = 0.1 * Math.pow(200.0, i / (e.length - 1.0));
    List<SurvivalCurve> curves = new ArrayList<>();
    Map<FitName, FitResult> fits = new LinkedHashMap<>();
    fits.put(FitName.NU, nuFit);
    fits.put(FitName.H0, h0Fit);
    for (Map.Entry<FitName, FitResult> f : fits.entrySet()) {
      MixingParameters p = mixing(f.getValue().sector(Sector.NU));
      double[][] dn = sun.survival(SolarFluxComponent.B8, Detector.KAMIOKA, p, e);
      List<Double> avg = new ArrayList<>();
      for (int i = 0; i < e.length; i++) avg.add(0.5 * (dn[0][i] + dn[1][i]));
      curves.add(new SurvivalCurve(f.getKey(), boxed(e), avg));
    }
    List<SurvivalPoint> points = new ArrayList<>();
    for (String n : solar) {
      Dataset d = Datasets.resolve(n);
      if (d instanceof Rates r) {
        for (Rates.Measurement m : r.measurements()) {
          if (m.observable().energy() != null
              && m.observable().quantity().id().equals("survival-probability")) {
            points.add(
                new SurvivalPoint(
                    d.name() + " " + m.id(),
                    m.observable().energy(),
                    m.value(),
                    m.uncertainty().average()));
          }
        }
      } else if (d instanceof PolynomialSurvival sno) {
        double[][] cov = sno.covariance().toArray();
        for (double en : new double[] {5, 7.5, 10, 12.5}) {
          double x = en - sno.pivotEnergy();
          double[] v = {0, 1, x, x * x, 0, 0};
          double val = sno.value("c0") + sno.value("c1") * x + sno.value("c2") * x * x, var = 0;
          for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) var += v[i] * cov[i][j] * v[j];
          points.add(new SurvivalPoint("SNO polynomial (day)", en, val, Math.sqrt(var)));
        }
      }
    }
    return new SurvivalData(curves, points);
  }

  private static MixingParameters mixing(SectorParameters s) {
    MixingParameters ref = AnalysisReference.nufit();
    return MixingParameters.ofSin2(
        s.dm21().value(),
        ref.dm31EV2(),
        s.sin2Theta12().value(),
        s.sin2Theta13().value(),
        ref.sin2Theta23(),
        ref.delta());
  }

  private static List<Double> boxed(double[] v) {
    List<Double> out = new ArrayList<>();
    for (double x : v) out.add(x);
    return out;
  }

  private static void table(
      PrintWriter out, FitResult nu, FitResult nubar, PgResult pg, ToySummary toys) {
    out.println("vfit tension: solar neutrinos (nu) against reactor antineutrinos (nubar)");
    out.printf(
        Locale.ROOT,
        "  %-18s %-24s %-20s %-18s %s%n",
        "fit",
        "dm21 [1e-5 eV^2]",
        "sin2theta12",
        "sin2theta13",
        "chi2/points");
    row(out, "nu (solar)", nu.sector(Sector.NU), nu);
    row(out, "nubar (reactor)", nubar.sector(Sector.NUBAR), nubar);
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
    }
  }

  private static void row(PrintWriter out, String name, SectorParameters s, FitResult f) {
    out.printf(
        Locale.ROOT,
        "  %-18s %-24s %-20s %-18s %s%n",
        name,
        String.format(Locale.ROOT, "%.3f %s", s.dm21().value() / 1e-5, err(s.dm21(), 1e-5)),
        String.format(Locale.ROOT, "%.4f %s", s.sin2Theta12().value(), err(s.sin2Theta12(), 1)),
        String.format(
            Locale.ROOT,
            "%.5f %s",
            s.sin2Theta13().value(),
            s.sin2Theta13().error() > 0 ? err(s.sin2Theta13(), 1) : "(fixed)"),
        f == null ? "" : String.format(Locale.ROOT, "%.2f/%d", f.chi2(), f.dataPoints()));
  }

  private static String err(org.vfit.fit.analysis.Estimate e, double unit) {
    if (e.hasMinos()) {
      return String.format(
          Locale.ROOT, "%+.2g/%+.2g", e.minosUpper() / unit, e.minosLower() / unit);
    }
    return String.format(Locale.ROOT, "+-%.2g", e.error() / unit);
  }
}
