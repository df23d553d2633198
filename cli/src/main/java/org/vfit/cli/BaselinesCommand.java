package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.paper.BaselineAnalysis;
import org.vfit.fit.paper.BaselineClass;
import org.vfit.fit.paper.ClassParameters;
import org.vfit.fit.paper.KappaFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.reports.io.AtomicFiles;
import org.vfit.reports.plots.BaselinePlots;
import org.vfit.reports.plots.PlotFormat;
import org.vfit.reports.plots.RenderedPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit baselines}: do the reactor ν̄ data see one set of parameters at every baseline (Shen
 * §4: the apparent parameters may depend on the distance from an intense source)? Splits the data
 * into baseline classes from the baseline each dataset records, fits each class with its own Δm²₂₁
 * and sin²θ₁₂ (the solar ν at 1 AU being one class), tests one set for all against one per class
 * (PG test, Wilks and toys), fits the κ hypothesis Δm²₂₁(L) = Δm²₂₁(∞)(1 + κ(L₀/L)²), and writes
 * baselines.json and the plots of Δm²₂₁ and sin²θ₁₂ against baseline.
 */
@Command(
    name = "baselines",
    mixinStandardHelpOptions = true,
    description = {
      "Reactor nubar parameters per baseline class (Daya Bay ~1.6 km, JUNO 52.5 km, KamLAND ~160 km,",
      "any other bundled reactor set) and the solar nu at 1 AU, each with its own dm21 and theta12;",
      "the PG test of one set for all against one per class (Wilks; toys with --toys), the same among",
      "the reactor classes alone, and the fit of dm21(L) = dm21(inf) (1 + kappa (L0/L)^2).",
      "Writes baselines.json and plots of dm21 and sin^2 theta12 against baseline to --out."
    })
final class BaselinesCommand implements Callable<Integer> {
  /** The solar set of {@code vfit tension}: Super-K I-IV counted once (its default treatment). */
  static final List<String> DEFAULT_SOLAR =
      org.vfit.fit.tension.SuperKTreatment.AMPLITUDE.defaultSolar();

  @picocli.CommandLine.Mixin ModellingOptions modelling = new ModellingOptions();

  @Spec CommandSpec spec;

  @Option(
      names = "--solar",
      split = ",",
      paramLabel = "SET[,SET...]",
      description = "Solar (nu) datasets (default: ${DEFAULT-VALUE}; 'none' for reactors only).")
  List<String> solar = new ArrayList<>(DEFAULT_SOLAR);

  @Option(
      names = "--reactor",
      split = ",",
      paramLabel = "SET[,SET...]|auto",
      description =
          "Reactor (nubar) datasets; each must record its baseline. 'auto' (default): every bundled"
              + " reactor measurement that has a likelihood and a baseline.")
  List<String> reactor = new ArrayList<>(List.of("auto"));

  @Option(
      names = "--per-class",
      split = ",",
      paramLabel = "P[,P...]",
      description =
          "Parameters each class gets its own copy of: dm21, sin2theta12, sin2theta13"
              + " (default ${DEFAULT-VALUE}; the rest is shared).")
  List<String> perClass = new ArrayList<>(List.of("dm21", "sin2theta12"));

  @Option(
      names = "--baseline-tolerance",
      paramLabel = "F",
      description =
          "Reactor datasets whose baselines agree within this fraction form one class (default"
              + " ${DEFAULT-VALUE}).")
  double baselineTolerance = 0.05;

  @Option(
      names = "--l0-km",
      paramLabel = "KM",
      description =
          "Reference length L0 of the kappa hypothesis (default ${DEFAULT-VALUE} km): kappa is the"
              + " fractional change of dm21 at L = L0.")
  double l0Km = 100;

  @Option(
      names = "--kappa-profile-points",
      paramLabel = "N",
      description = "Points of the kappa profile (default ${DEFAULT-VALUE}; 0 for none).")
  int kappaProfilePoints = 21;

  @Option(
      names = "--toys",
      paramLabel = "N",
      description = "Calibrate the PG test with N pseudo-experiments (default 0: Wilks only).")
  int toys;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Master seed of the toys (default ${DEFAULT-VALUE}).")
  long seed = 20261125L;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description = "Toy checkpoint (JSON lines; default <out>.toys.jsonl beside the folder).")
  Path checkpoint;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: results/baselines-<UTC timestamp>).")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  private final long started = System.nanoTime();

  @Override
  public Integer call() throws Exception {
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
                "baselines-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(now));
    List<String> skipped = new ArrayList<>();
    List<String> reactorSets = reactorSets(skipped);
    List<String> solarSets =
        solar.size() == 1 && solar.get(0).equalsIgnoreCase("none") ? List.of() : solar;
    List<String> all = new ArrayList<>(solarSets);
    all.addAll(reactorSets);
    List<org.vfit.datasets.model.Dataset> solarData = new ArrayList<>();
    for (String n : solarSets) {
      org.vfit.datasets.model.Dataset d = org.vfit.datasets.Datasets.resolve(n);
      if (Likelihoods.sector(d) != Sector.NU) {
        throw new IllegalArgumentException("--solar: " + n + " is not a solar (nu) dataset");
      }
      solarData.add(d);
    }
    org.vfit.likelihood.solar.SolarTerm.checkOverlaps(solarData);
    org.vfit.likelihood.LikelihoodOptions levers = modelling.likelihoodOptions();
    FitOptions fit = FitOptions.defaults().withThreads(nThreads).withPrescan(4);
    BaselineAnalysis.Options o =
        new BaselineAnalysis.Options(
            parsePerClass(), baselineTolerance, l0Km, fit, kappaProfilePoints);
    step(err, "fitting one set for all and one set per baseline class");
    BaselineAnalysis.Result r =
        BaselineAnalysis.run(TermSource.datasets(all, levers), AnalysisReference.nufit(), o);
    if (!r.pg().isValid()) {
      throw new AnalysisFailure(
          "the baseline-class test is not valid: " + String.join("; ", r.pg().problems()));
    }
    ToySummary toySummary = null;
    if (toys > 0) {
      Path cp =
          checkpoint != null ? checkpoint : dir.resolveSibling(dir.getFileName() + ".toys.jsonl");
      step(err, toys + " toys (checkpoint " + cp + ")");
      Path parent = cp.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (WorkRunner runner = new LocalRunner(nThreads)) {
        toySummary =
            new ToyStudy(r.pg(), seed, fit.forToys())
                .run(toys, cp, runner, Progress.of("toys", err, quiet))
                .summary();
      }
    }
    Map<String, Object> root = json(r, toySummary, all, reactorSets, skipped, o);
    step(err, "plots");
    List<RenderedPlot> plots = plots(r);
    byte[] jsonBytes = (Json.write(root) + "\n").getBytes(StandardCharsets.UTF_8);
    AtomicFiles.writeDirectory(
        dir,
        d -> {
          AtomicFiles.write(d.resolve("baselines.json"), jsonBytes);
          for (RenderedPlot p : plots) {
            for (PlotFormat f : PlotFormat.values()) {
              AtomicFiles.write(d.resolve(p.fileName(f)), p.bytes(f));
            }
          }
        });
    if (json) {
      outw.println(Json.write(root));
    } else {
      text(outw, r, toySummary, reactorSets, skipped, o);
      outw.println(
          "files: " + dir.resolve("baselines.json") + " and plots baselines-*.png/svg/pdf");
    }
    outw.flush();
    return Vfit.EXIT_OK;
  }

  private void validate() {
    Check.range("--baseline-tolerance", baselineTolerance, 0, 1, "");
    Check.positive("--l0-km", l0Km, "km");
    if (kappaProfilePoints != 0 && (kappaProfilePoints < 3 || kappaProfilePoints > 201)) {
      throw new IllegalArgumentException(
          "--kappa-profile-points must be 0 or lie in [3, 201], got " + kappaProfilePoints);
    }
    if (toys < 0) throw new IllegalArgumentException("--toys must be >= 0, got " + toys);
    if (checkpoint != null && toys == 0) {
      throw new IllegalArgumentException("--checkpoint is only used with --toys");
    }
    if (threads != null && threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    }
  }

  private EnumSet<OscillationParameter> parsePerClass() {
    EnumSet<OscillationParameter> p = EnumSet.noneOf(OscillationParameter.class);
    for (String s : perClass) {
      OscillationParameter found = null;
      for (OscillationParameter q : OscillationParameter.values()) {
        if (q.label().equalsIgnoreCase(s.trim())) {
          found = q;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            "--per-class: unknown parameter '" + s + "', expected dm21, sin2theta12, sin2theta13");
      }
      p.add(found);
    }
    return p;
  }

  /**
   * The reactor datasets: as listed, or with 'auto' every bundled reactor measurement (a reactor
   * spectrum, or an antineutrino Gaussian constraint) whose likelihood builds and that records a
   * baseline; the ones left out are named in {@code skipped} with the reason.
   */
  private List<String> reactorSets(List<String> skipped) {
    if (!(reactor.size() == 1 && reactor.get(0).equalsIgnoreCase("auto"))) {
      List<String> seen = new ArrayList<>();
      for (String n : reactor) {
        LikelihoodTerm t = Likelihoods.term(n);
        if (t.sector() != Sector.NUBAR) {
          throw new IllegalArgumentException(
              "--reactor: " + n + " is not a reactor (nubar) dataset");
        }
        if (seen.contains(n)) {
          throw new IllegalArgumentException("--reactor lists " + n + " twice");
        }
        seen.add(n);
      }
      return List.copyOf(reactor);
    }
    List<String> out = new ArrayList<>();
    for (String n : Datasets.names()) {
      Dataset d = Datasets.load(n);
      boolean measurement =
          d instanceof ReactorSpectrum
              || (d instanceof GaussianConstraint g
                  && g.sector() == org.vfit.datasets.model.Sector.ANTINEUTRINO);
      if (!measurement) {
        continue;
      }
      // One release per detector: KamLAND's data sets hold the same events (2013 extends 2011),
      // so only tension's default KamLAND data enter; the others are named as skipped.
      String kamland = TensionCommand.DEFAULT_REACTOR.get(0);
      if (d instanceof ReactorSpectrum && n.startsWith("kamland-") && !n.equals(kamland)) {
        skipped.add(n + " (the same detector's events as " + kamland + "; one release at a time)");
        continue;
      }
      LikelihoodTerm t;
      try {
        t = Likelihoods.term(d);
      } catch (RuntimeException e) {
        skipped.add(n + " (no likelihood: " + e.getMessage() + ")");
        continue;
      }
      if (t.baselineKm().isEmpty()) {
        skipped.add(n + " (records no baseline)");
        continue;
      }
      out.add(n);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--reactor auto found no bundled reactor measurement");
    }
    return out;
  }

  private void step(PrintWriter err, String what) {
    if (!quiet) {
      err.printf(
          Locale.ROOT, "vfit baselines [%5.1f s]: %s%n", (System.nanoTime() - started) / 1e9, what);
      err.flush();
    }
  }

  // ---------------------------------------------------------------- JSON

  private Map<String, Object> json(
      BaselineAnalysis.Result r,
      ToySummary toySummary,
      List<String> all,
      List<String> reactorSets,
      List<String> skipped,
      BaselineAnalysis.Options o) {
    Map<String, Object> root = Json.object();
    root.put("datasets", all);
    root.put("options", modelling.likelihoodOptions().describe());
    root.put("reactorSelection", reactor);
    root.put("reactorSkipped", skipped);
    root.put("perClass", o.perClass().stream().map(OscillationParameter::label).toList());
    root.put("baselineTolerance", o.baselineTolerance());
    root.put(
        "baselineDefinition",
        "each dataset's recorded baseline: baseline_km of a constraint file; for a reactor"
            + " spectrum <L^-2>^(-1/2) over its reactors with power/L^2 weights (the distance a"
            + " 1/L^2 effect sees); the Sun at 1 AU");
    root.put(
        "reference",
        "fixed dm31, theta23, delta and starts: NuFit-6.0 NO as in the paper's main text");
    List<Object> sectors = new ArrayList<>();
    for (ClassParameters c : r.perClass()) {
      BaselineClass bc = c.baselineClass();
      Map<String, Object> m = Json.object();
      m.put("name", bc.label());
      m.put("sector", bc.sector().label());
      m.put("baselineKm", bc.baselineKm());
      m.put("datasets", bc.datasets());
      Map<String, Object> params = Json.object();
      for (Map.Entry<OscillationParameter, Estimate> e : c.estimates().entrySet()) {
        Map<String, Object> p = estimate(e.getValue());
        p.put("ownToClass", c.own().get(e.getKey()));
        params.put(e.getKey().label(), p);
      }
      m.put("parameters", params);
      sectors.add(m);
    }
    root.put("sectors", sectors);
    Map<String, Object> h = Json.object();
    for (OscillationParameter p : OscillationParameter.values()) {
      for (ClassParameters c : r.hModel()) {
        Estimate e = c.get(p);
        if (e != null) {
          h.put(p.label(), estimate(e));
          break;
        }
      }
    }
    root.put("hModel", h);
    Map<String, Object> pg = pg(r.pg());
    pg.put("toys", toys(toySummary));
    root.put("pg", pg);
    if (r.reactorPg() != null) {
      Map<String, Object> rp = pg(r.reactorPg());
      rp.put(
          "classes",
          r.classes().stream()
              .filter(c -> c.sector() == Sector.NUBAR)
              .map(BaselineClass::label)
              .toList());
      root.put("pgReactorClasses", rp);
    } else {
      root.put("pgReactorClasses", Map.of("note", r.reactorPgNote()));
    }
    root.put("kappa", r.kappa() == null ? Map.of("note", r.kappaNote()) : kappa(r.kappa()));
    return root;
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = Json.object();
    m.put("value", e.value());
    m.put("error", e.error());
    m.put("minosLower", e.minosLower());
    m.put("minosUpper", e.minosUpper());
    return m;
  }

  private static Map<String, Object> pg(PgResult p) {
    Map<String, Object> m = Json.object();
    m.put("h0", p.h0Model().description());
    m.put("h1", p.h1Model().description());
    m.put("chi2H0", p.h0().chi2());
    m.put("chi2H1", p.h1().chi2());
    m.put("chi2", p.chi2());
    m.put("dof", p.dof());
    m.put("pValue", p.pValue());
    m.put("sigma", p.sigma());
    m.put("valid", p.isValid());
    m.put("problems", p.problems());
    return m;
  }

  private static Object toys(ToySummary s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> t = Json.object();
    t.put("requested", s.requested());
    t.put("counted", s.toys());
    t.put("failed", s.failed());
    t.put("exceeding", s.exceeding());
    t.put("pValue", s.toys() > 0 ? s.pValue() : null);
    t.put("pValueError", s.toys() > 0 ? s.pValueError() : null);
    t.put("sigma", s.sigma());
    t.put("sigmaBound", s.exceeding() == 0 && s.toys() > 0 ? s.sigmaBound() : null);
    return t;
  }

  private static Map<String, Object> kappa(KappaFit.Result k) {
    Map<String, Object> m = Json.object();
    m.put(
        "model",
        "dm21(L) = dm21(inf) (1 + kappa (L0/L)^2); one set for the rest; kappa = 0 is the H-model");
    m.put("l0Km", k.l0Km());
    m.put("levers", k.levers());
    m.put("kappa", estimate(k.kappa()));
    Estimate e = k.kappa();
    m.put(
        "interval1Sigma",
        e.hasMinos()
            ? new double[] {e.value() + e.minosLower(), e.value() + e.minosUpper()}
            : null);
    m.put("interval2Sigma", new Double[] {k.kappa2SigmaLower(), k.kappa2SigmaUpper()});
    m.put("dm21Infinity", estimate(k.dm21Infinity()));
    m.put("sin2theta12", estimate(k.sin2Theta12()));
    m.put("chi2", k.chi2());
    m.put("chi2HModel", k.chi2HModel());
    m.put("deltaChi2", k.deltaChi2());
    m.put("dof", 1);
    m.put("pValue", k.pValue());
    m.put("sigma", k.sigma());
    Map<String, Object> prof = Json.object();
    prof.put("kappa", k.profileKappa());
    prof.put("deltaChi2", k.profileDeltaChi2());
    m.put("profile", prof);
    m.put(
        "approximation",
        "a class of many reactors takes the lever at its <L^-2>^(-1/2) baseline: the flux-weighted"
            + " mean of the per-reactor shifts to first order in kappa");
    m.put("valid", k.valid());
    m.put("problems", k.problems());
    return m;
  }

  // ---------------------------------------------------------------- text

  private void text(
      PrintWriter out,
      BaselineAnalysis.Result r,
      ToySummary toySummary,
      List<String> reactorSets,
      List<String> skipped,
      BaselineAnalysis.Options o) {
    out.println(
        "reactor datasets: "
            + String.join(", ", reactorSets)
            + (skipped.isEmpty() ? "" : " (left out: " + String.join("; ", skipped) + ")"));
    out.println(
        "per class: "
            + String.join(", ", o.perClass().stream().map(OscillationParameter::label).toList())
            + "; the rest shared");
    out.printf(
        Locale.ROOT,
        "%-28s %12s  %-22s %-18s %-18s%n",
        "class",
        "L [km]",
        "dm21 [" + OscillationParameter.DM21.fitUnitLabel() + "]",
        "sin2theta12",
        "sin2theta13");
    for (ClassParameters c : r.perClass()) {
      out.printf(
          Locale.ROOT,
          "%-28s %12.4g  %-22s %-18s %-18s%n",
          c.baselineClass().label(),
          c.baselineClass().baselineKm(),
          fmt(c, OscillationParameter.DM21),
          fmt(c, OscillationParameter.SIN2_THETA12),
          fmt(c, OscillationParameter.SIN2_THETA13));
    }
    ClassParameters any = r.hModel().get(0);
    out.printf(
        Locale.ROOT,
        "%-28s %12s  %-22s %-18s%n",
        "H-model (one set for all)",
        "any",
        fmtFirst(r.hModel(), OscillationParameter.DM21),
        fmtFirst(r.hModel(), OscillationParameter.SIN2_THETA12));
    PgResult pg = r.pg();
    out.printf(
        Locale.ROOT,
        "PG test, one set for all vs one per class: chi2_PG = %.4g (%.6g - %.6g), dof %d: p = %.4g,"
            + " %.2f sigma (Wilks)%n",
        pg.chi2(),
        pg.h0().chi2(),
        pg.h1().chi2(),
        pg.dof(),
        pg.pValue(),
        pg.sigma());
    if (toySummary != null && toySummary.toys() > 0) {
      out.printf(
          Locale.ROOT,
          "  toys: %d of %d reach chi2_PG: p = %.4g +- %.2g%s%n",
          toySummary.exceeding(),
          toySummary.toys(),
          toySummary.pValue(),
          toySummary.pValueError(),
          toySummary.sigma() == null
              ? String.format(Locale.ROOT, ", sigma > %.2f", toySummary.sigmaBound())
              : String.format(Locale.ROOT, ", %.2f sigma", toySummary.sigma()));
    }
    if (r.reactorPg() != null) {
      PgResult rp = r.reactorPg();
      out.printf(
          Locale.ROOT,
          "reactor classes alone: chi2_PG = %.4g, dof %d: p = %.4g, %.2f sigma (Wilks)%n",
          rp.chi2(),
          rp.dof(),
          rp.pValue(),
          rp.sigma());
    } else {
      out.println("reactor classes alone: " + r.reactorPgNote());
    }
    KappaFit.Result k = r.kappa();
    if (k == null) {
      out.println("kappa: " + r.kappaNote());
    } else {
      Estimate e = k.kappa();
      out.printf(
          Locale.ROOT,
          "kappa (dm21(L) = dm21(inf)(1 + kappa (%.4g km/L)^2)): %.4g %s; 2 sigma [%s, %s];"
              + " dm21(inf) = %.4g e-5 eV^2%n",
          k.l0Km(),
          e.value(),
          e.hasMinos()
              ? String.format(Locale.ROOT, "%+.3g/%+.3g (1 sigma)", e.minosUpper(), e.minosLower())
              : String.format(Locale.ROOT, "+- %.3g (HESSE)", e.error()),
          k.kappa2SigmaLower() == null
              ? "-"
              : String.format(Locale.ROOT, "%.4g", k.kappa2SigmaLower()),
          k.kappa2SigmaUpper() == null
              ? "-"
              : String.format(Locale.ROOT, "%.4g", k.kappa2SigmaUpper()),
          OscillationParameter.DM21.toDisplay(k.dm21Infinity().value()));
      out.printf(
          Locale.ROOT,
          "  chi2(kappa = 0) - chi2_min = %.4g, 1 dof: p = %.4g, %.2f sigma%s%n",
          k.deltaChi2(),
          k.pValue(),
          k.sigma(),
          k.valid() ? "" : " (not valid: " + String.join("; ", k.problems()) + ")");
    }
  }

  /** Value and error of {@code p}, in the display unit. */
  private static String fmt(ClassParameters c, OscillationParameter p) {
    Estimate e = c.get(p);
    if (e == null) {
      return "-";
    }
    String s =
        String.format(Locale.ROOT, "%.4g +- %.2g", p.toDisplay(e.value()), p.toDisplay(e.error()));
    return Boolean.TRUE.equals(c.own().get(p)) ? s : s + " (shared)";
  }

  private static String fmtFirst(List<ClassParameters> cs, OscillationParameter p) {
    for (ClassParameters c : cs) {
      Estimate e = c.get(p);
      if (e != null) {
        return String.format(
            Locale.ROOT, "%.4g +- %.2g", p.toDisplay(e.value()), p.toDisplay(e.error()));
      }
    }
    return "-";
  }

  // ---------------------------------------------------------------- plots

  private static List<RenderedPlot> plots(BaselineAnalysis.Result r) {
    List<BaselinePlots.Point> dm = points(r, OscillationParameter.DM21);
    List<BaselinePlots.Point> s12 = points(r, OscillationParameter.SIN2_THETA12);
    BaselinePlots.Curve curve = null;
    KappaFit.Result k = r.kappa();
    if (k != null) {
      double lo = Double.POSITIVE_INFINITY, hi = 0;
      for (BaselineClass c : r.classes()) {
        lo = Math.min(lo, c.baselineKm());
        hi = Math.max(hi, c.baselineKm());
      }
      int n = 200;
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = lo / 10 * Math.pow(hi * 100 / lo, i / (n - 1.0));
        y[i] = k.dm21AtKm(x[i]);
      }
      curve =
          new BaselinePlots.Curve(
              String.format(
                  Locale.ROOT,
                  "kappa fit (kappa = %.3g, L0 = %.0f km)",
                  k.kappa().value(),
                  k.l0Km()),
              x,
              y);
    }
    return BaselinePlots.render(
        dm,
        flat(r, OscillationParameter.DM21),
        curve,
        s12,
        flat(r, OscillationParameter.SIN2_THETA12));
  }

  private static List<BaselinePlots.Point> points(
      BaselineAnalysis.Result r, OscillationParameter p) {
    List<BaselinePlots.Point> out = new ArrayList<>();
    for (ClassParameters c : r.perClass()) {
      Estimate e = c.get(p);
      if (e != null && Boolean.TRUE.equals(c.own().get(p))) {
        BaselineClass b = c.baselineClass();
        out.add(
            new BaselinePlots.Point(
                b.label(), b.sector() == Sector.NU, b.baselineKm(), e.value(), e.error()));
      }
    }
    return out;
  }

  private static BaselinePlots.Flat flat(BaselineAnalysis.Result r, OscillationParameter p) {
    for (ClassParameters c : r.hModel()) {
      Estimate e = c.get(p);
      if (e != null) {
        return new BaselinePlots.Flat(e.value(), e.error());
      }
    }
    return null;
  }
}
