package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.GridAxis;
import org.vfit.fit.analysis.Levels;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.Restart;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfit contour}: Δχ² grid in (sin²θ₁₂, Δm²₂₁) of one parameter set, the rest profiled. */
@Command(
    name = "contour",
    header = "Delta chi2 grid in (sin^2 theta12, dm21) with its 1, 2 and 3 sigma regions.",
    mixinStandardHelpOptions = true,
    description = {
      "Delta chi2 on a grid in (sin^2 theta12, dm21) with every other parameter re-minimised at each",
      "point; 1/2/3 sigma regions for two parameters are Delta chi2 < 2.30/6.18/11.83.",
      "--sector nu or nubar scans that sector's own parameters (H1 when the datasets have both sectors),",
      "--sector combined the shared ones (H0). For a reactor-only or solar-only region list only those datasets.",
      "Axes: --x tan2theta12 puts tan^2 theta12 on x (values above 1 are theta12 > 45 deg); a grid axis",
      "lo:hi:n:log is log-spaced (e.g. --x tan2theta12 --grid 0.1:10:41:log,0.1:20:61:log for a wide",
      "reactor scan showing the islands). Without --grid the grid starts at the best fit +- 5 errors and",
      "widens (up to 3 times) until the 3 sigma region closes; the output says when a region stays open.",
      "A grid point below the fit's minimum restarts the fit from there and the grid is redone.",
      "With --out DIR the run also writes result.json, the region plot (PNG, SVG, PDF) and report.html;",
      "'vfit report' redraws them and 'vfit export' writes the grid as a table."
    })
final class ContourCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnalysisOptions options;

  @Mixin RunnerOptions runnerOptions;

  @Option(
      names = "--sector",
      required = true,
      paramLabel = "nu|nubar|combined",
      description = "Whose parameters.")
  String sector;

  @Option(
      names = "--grid",
      paramLabel = "XLO:XHI:NX[:log],DMLO:DMHI:NY[:log]",
      description =
          "x (sin^2 theta12, or tan^2 theta12 with --x tan2theta12) and dm21 [1e-5 eV^2] grids, "
              + "e.g. 0.2:0.45:50,5:10:50; ':log' spaces an axis logarithmically. Used as given. "
              + "Default: best fit +- 5 HESSE errors, 41 x 41, widened until the 3 sigma region closes."
              + " At most "
              + GridOption.MAX_AXIS_POINTS
              + " points per axis and "
              + GridOption.MAX_GRID_POINTS
              + " in all.")
  String grid;

  @Option(
      names = "--x",
      paramLabel = "sin2theta12|tan2theta12",
      description = "Variable of the x axis (default ${DEFAULT-VALUE}).")
  String xVariable = "sin2theta12";

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description =
          "Also draw the 1/2/3 sigma regions to FILE (.png, .svg or .pdf), axes as the grid "
              + "(log where log-spaced); grid points whose fit failed are drawn outside every region.")
  java.nio.file.Path plotFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write result.json, the plot and report.html to this folder (checked before any"
              + " fitting; the folder appears complete or not at all).")
  java.nio.file.Path out;

  @Mixin PlotArgs plot;

  /** Widenings of the default grid at most (each adds a quarter of the points on an open side). */
  static final int MAX_WIDENINGS = 3;

  @Override
  public Integer call() throws Exception {
    String s = sector.trim().toLowerCase(Locale.ROOT);
    if (!List.of("nu", "nubar", "combined").contains(s)) {
      throw new IllegalArgumentException(
          "--sector must be nu, nubar or combined, got '" + sector + "'");
    }
    Model probe = options.model(Hypothesis.h0());
    boolean both = AnalysisOptions.bothSectors(probe);
    Sector which;
    Model model;
    if (s.equals("combined")) {
      if (!both) {
        throw new IllegalArgumentException(
            "--sector combined needs datasets of both sectors; "
                + String.join(",", options.datasets)
                + " has only "
                + (probe.hasSector(Sector.NU) ? "nu" : "nubar")
                + " (use --sector "
                + (probe.hasSector(Sector.NU) ? "nu" : "nubar")
                + ")");
      }
      which = Sector.NU;
      model = probe;
    } else {
      which = s.equals("nu") ? Sector.NU : Sector.NUBAR;
      if (!probe.hasSector(which)) {
        throw new IllegalArgumentException(
            "--sector "
                + s
                + ": no dataset in "
                + String.join(",", options.datasets)
                + " reads the "
                + s
                + " sector");
      }
      model = both ? probe.withHypothesis(options.h1()) : probe;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String xv = xVariable.trim().toLowerCase(Locale.ROOT);
    if (!List.of("sin2theta12", "tan2theta12").contains(xv)) {
      throw new IllegalArgumentException(
          "--x must be sin2theta12 or tan2theta12, got '" + xVariable + "'");
    }
    boolean tan2 = xv.equals("tan2theta12");
    if (plotFile != null && !plotFile.getFileName().toString().matches("(?i).*\\.(png|svg|pdf)")) {
      throw new IllegalArgumentException(
          "--plot " + plotFile + ": the file must end in .png, .svg or .pdf");
    }
    GridAxis[] axes = grid == null ? null : parseGrid(grid, model, which, tan2);
    org.vfit.reports.plots.PlotOptions plotOptions = plot.toOptions();
    if (out != null) {
      OutputChecks.reportFolder("--out", out);
    }
    java.time.Instant started =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    long t0 = System.nanoTime();
    FitResult best = Fitter.fit(model, options.fitOptions().withMinos(false));
    if (!best.isValid()) {
      throw new AnalysisFailure(
          "the best fit is not valid, so there is no contour: "
              + String.join("; ", best.problems()));
    }
    ContourResult c;
    try (WorkRunner runner = runnerOptions.open(options.threads())) {
      org.vfit.fit.analysis.ProgressListener progress =
          Progress.of("contour " + s, err, options.quiet);
      if (axes == null) {
        GridAxis[] start = defaultGrid(model, best, which, tan2);
        c =
            Contours.covering(
                model,
                best,
                which,
                start[0],
                tan2,
                start[1],
                Levels.contourLevels()[2],
                MAX_WIDENINGS,
                options.fitOptions(),
                runner,
                progress);
      } else {
        c =
            Contours.contour(
                model, best, which, axes[0], tan2, axes[1], options.fitOptions(), runner, progress);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Restart restart = c.restartedFrom();
    FitResult finalFit = restart != null && restart.improved() ? restart.refit() : best;
    if (!options.quiet) {
      for (Restart r : c.restarts()) {
        err.printf(
            Locale.ROOT,
            "vfit: warning: the grid found chi2 = %.6g below the fit's minimum %.6g; the fit was restarted"
                + " from there%s%n",
            r.scanChi2(),
            r.previousChi2(),
            r.improved()
                ? String.format(
                    Locale.ROOT, " (new minimum %.6g) and the grid redone", r.refit().chi2())
                : " but found no lower valid minimum");
      }
      if (c.belowMinimum()) {
        err.println(
            "vfit: warning: the grid went below the fit's minimum; Delta chi2 is taken from the grid's lowest point");
      }
    }
    if (plotFile != null) {
      try {
        org.vfit.reports.Reports.writeRegionPlot(
            plotGrid(c),
            c.tan2X(),
            c.bestSin2Theta12(),
            c.bestDm21(),
            c.set() + " regions, " + String.join(",", options.datasets),
            plotFile);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("--plot " + plotFile + ": cannot write", e);
      }
    }
    if (options.json) {
      stdout.println(Json.write(json(c, options.datasets)));
    } else {
      text(c, finalFit.sector(which), stdout, options.threads(), seconds);
    }
    stdout.flush();
    if (out != null) {
      if (c.invalidPoints() > 0) {
        throw new AnalysisFailure(
            c.invalidPoints()
                + " grid points did not converge, so no report was written to "
                + out
                + " (a result file holds complete grids only; the points are null in --json)");
      }
      java.util.Map<String, String> runOptions = new java.util.TreeMap<>();
      runOptions.put("datasets", String.join(",", options.datasets));
      runOptions.put("sector", s);
      runOptions.put("ordering", options.massOrdering().name());
      runOptions.put(
          "grid",
          axis(c.sin2Theta12())
              + ","
              + axis(c.dm21())
              + (c.tan2X() ? " (tan2theta12" : " (sin2theta12")
              + ", dm21 in eV^2)");
      runOptions.put("seed", "none (a scan draws no random numbers)");
      org.vfit.reports.result.ScanResult result =
          ResultMapping.scan(
              ResultMapping.runInfo(
                  started, 0, spec.commandLine().getParseResult().originalArgs(), runOptions),
              options.datasets,
              model,
              finalFit,
              List.of(ResultMapping.grid(c)),
              List.of());
      List<java.nio.file.Path> written =
          org.vfit.reports.Reports.writeReport(result, out, plotOptions);
      if (!options.quiet) {
        err.println(
            "vfit contour: report "
                + out.resolve(org.vfit.reports.Reports.HTML_FILE)
                + " ("
                + written.size()
                + " files)");
      }
    }
    return Vfit.EXIT_OK;
  }

  /** A grid axis as lo:hi:n. */
  static String axis(double[] a) {
    return GridOption.num(a[0]) + ":" + GridOption.num(a[a.length - 1]) + ":" + a.length;
  }

  private static GridAxis[] parseGrid(String text, Model model, Sector which, boolean tan2) {
    String[] p = text.split(",");
    if (p.length != 2) {
      throw new IllegalArgumentException(
          "--grid must be XLO:XHI:NX[:log],DMLO:DMHI:NY[:log], got '" + text + "'");
    }
    String xName = tan2 ? "tan2theta12" : "sin2theta12";
    GridAxis x = GridOption.axis("--grid (" + xName + ")", p[0]);
    GridAxis y = GridOption.axis("--grid (dm21)", p[1]);
    GridOption.checkGridSize("--grid", x.values().length, y.values().length);
    int ix = model.index(which, OscillationParameter.SIN2_THETA12);
    int iy = model.index(which, OscillationParameter.DM21);
    double lo = model.lower()[ix];
    double hi = model.upper()[ix];
    if (tan2) {
      GridOption.within(
          "--grid",
          x.values(),
          lo / (1 - lo),
          hi >= 1 ? Double.POSITIVE_INFINITY : hi / (1 - hi),
          xName,
          "");
    } else {
      GridOption.within("--grid", x.values(), lo, hi, xName, "");
    }
    GridOption.within(
        "--grid",
        y.values(),
        model.lower()[iy],
        model.upper()[iy],
        OscillationParameter.DM21.label(),
        OscillationParameter.DM21.fitUnitLabel());
    return new GridAxis[] {x, y};
  }

  /**
   * Best fit ± 5 HESSE errors (the 3σ region of two parameters reaches ~3.4σ), within the limits,
   * 41 × 41 and linear; in tan²θ₁₂ the same sin²θ₁₂ range converted.
   */
  private static GridAxis[] defaultGrid(Model model, FitResult best, Sector which, boolean tan2) {
    int ix = model.index(which, OscillationParameter.SIN2_THETA12);
    int iy = model.index(which, OscillationParameter.DM21);
    double[] v = best.values();
    double[] e = best.minimum().errors();
    double[] lo = model.lower();
    double[] hi = model.upper();
    double xLo = Math.max(lo[ix], v[ix] - 5 * e[ix]);
    double xHi = Math.min(hi[ix], v[ix] + 5 * e[ix]);
    if (tan2) {
      // sin² = 1 has no tan²; stop at sin² = 0.999 (θ₁₂ = 88°)
      xHi = Math.min(xHi, 0.999);
      xLo = xLo / (1 - xLo);
      xHi = xHi / (1 - xHi);
    }
    return new GridAxis[] {
      new GridAxis(xLo, xHi, 41, false),
      new GridAxis(
          Math.max(lo[iy], v[iy] - 5 * e[iy]), Math.min(hi[iy], v[iy] + 5 * e[iy]), 41, false)
    };
  }

  private static void text(
      ContourResult c, SectorParameters best, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "contour of the %s parameters under %s%n", c.set(), c.model());
    out.printf(
        Locale.ROOT,
        "%d x %d grid (%s%s x dm21%s) on %d threads in %.2f s%n",
        c.sin2Theta12().length,
        c.dm21().length,
        c.tan2X() ? "tan2theta12" : "sin2theta12",
        c.logX() ? " log" : "",
        c.logY() ? " log" : "",
        threads,
        seconds);
    out.printf(
        Locale.ROOT,
        "best fit: sin2theta12 = %.5g +- %.2g (tan2theta12 = %.5g), dm21 = %.5g +- %.2g eV^2, chi2_min = %.6g%n",
        best.sin2Theta12().value(),
        best.sin2Theta12().error(),
        best.tan2Theta12().value(),
        best.dm21().value(),
        best.dm21().error(),
        c.chi2Min());
    for (Restart r : c.restarts()) {
      out.printf(
          Locale.ROOT,
          "restarted: the grid found chi2 = %.6g below the minimum %.6g; %s%n",
          r.scanChi2(),
          r.previousChi2(),
          r.improved()
              ? String.format(
                  Locale.ROOT,
                  "the fit from there gave %.6g and the grid was redone",
                  r.refit().chi2())
              : "the fit from there found no lower valid minimum");
    }
    String[] names = {"1 sigma", "2 sigma", "3 sigma"};
    double[] levels = c.levels();
    double[] tan2 = c.tan2Theta12();
    for (int k = 0; k < levels.length; k++) {
      double[] box = c.extent(levels[k]);
      if (box == null) {
        out.printf(
            Locale.ROOT, "%s (Delta chi2 < %.2f): no grid point inside%n", names[k], levels[k]);
        continue;
      }
      List<ContourResult.Edge> open = c.openEdges(levels[k]);
      String xPart =
          c.tan2X()
              ? String.format(
                  Locale.ROOT,
                  "tan2theta12 in [%.4g, %.4g]",
                  box[0] / (1 - box[0]),
                  box[1] >= 1 ? Double.POSITIVE_INFINITY : box[1] / (1 - box[1]))
              : String.format(Locale.ROOT, "sin2theta12 in [%.4g, %.4g]", box[0], box[1]);
      out.printf(
          Locale.ROOT,
          "%s (Delta chi2 < %.2f): %s, dm21 in [%.4g, %.4g] eV^2, %d island(s)%s%n",
          names[k],
          levels[k],
          xPart,
          box[2],
          box[3],
          c.islands(levels[k]),
          open.isEmpty()
              ? ""
              : " (NOT closed: reaches the grid edge at "
                  + String.join(", ", open.stream().map(ContourResult.Edge::label).toList())
                  + ")");
    }
    if (c.invalidPoints() > 0) {
      out.println(
          c.invalidPoints() + " grid points did not converge (marked invalid; null in --json)");
    }
    if (!c.failures().isEmpty()) {
      out.println(
          c.failures().size()
              + " grid points failed (recorded in --json as failures), first: "
              + c.failures().get(0));
    }
    out.println("(grid extents of the regions; the full grid is in --json)");
  }

  static Map<String, Object> json(ContourResult c, List<String> datasets) {
    Map<String, Object> m = Json.object();
    m.put("datasets", datasets);
    m.put("set", c.set());
    m.put("model", c.model());
    m.put("chi2Min", c.chi2Min());
    m.put("belowMinimum", c.belowMinimum());
    m.put("restartedFrom", restartsJson(c.restarts()));
    Map<String, Object> best = Json.object();
    best.put("sin2theta12", c.bestSin2Theta12());
    best.put("tan2theta12", c.bestSin2Theta12() / (1 - c.bestSin2Theta12()));
    best.put("dm21", c.bestDm21());
    m.put("best", best);
    m.put("levels", c.levels());
    m.put("x", c.tan2X() ? "tan2theta12" : "sin2theta12");
    m.put("xScale", c.logX() ? "log" : "linear");
    m.put("dm21Scale", c.logY() ? "log" : "linear");
    m.put("sin2theta12", c.sin2Theta12());
    if (c.tan2X()) {
      m.put("tan2theta12", c.tan2Theta12());
    }
    m.put("dm21", c.dm21());
    m.put("dm21Unit", "eV^2");
    List<Object> rows = new ArrayList<>();
    for (double[] row : c.deltaChi2()) {
      rows.add(ProfileCommand.nullForNaN(row));
    }
    m.put("deltaChi2", rows);
    m.put("layout", "deltaChi2[j][i] is at dm21[j], sin2theta12[i]");
    m.put("invalidPoints", c.invalidPoints());
    m.put("failures", c.failures());
    Map<String, Object> regions = Json.object();
    String[] names = {"1sigma", "2sigma", "3sigma"};
    double[] levels = c.levels();
    for (int k = 0; k < levels.length; k++) {
      Map<String, Object> r = Json.object();
      List<ContourResult.Edge> open = c.openEdges(levels[k]);
      r.put("level", levels[k]);
      r.put("closed", open.isEmpty());
      r.put("openEdges", open.stream().map(ContourResult.Edge::label).toList());
      r.put("islands", c.islands(levels[k]));
      regions.put(names[k], r);
    }
    m.put("regions", regions);
    return m;
  }

  /**
   * The grid for a plot: Δχ² as computed, a point whose fit failed set to the largest valid Δχ²
   * (outside every region, so it cannot create or close one).
   */
  static org.vfit.reports.result.Chi2Grid plotGrid(ContourResult c) {
    double[][] d = c.deltaChi2();
    boolean[][] valid = c.valid();
    double worst = 0;
    for (int j = 0; j < d.length; j++) {
      for (int i = 0; i < d[j].length; i++) {
        if (valid[j][i] && Double.isFinite(d[j][i])) {
          worst = Math.max(worst, d[j][i]);
        }
      }
    }
    List<List<Double>> rows = new ArrayList<>();
    for (int j = 0; j < d.length; j++) {
      List<Double> row = new ArrayList<>();
      for (int i = 0; i < d[j].length; i++) {
        row.add(valid[j][i] && Double.isFinite(d[j][i]) ? d[j][i] : worst);
      }
      rows.add(row);
    }
    org.vfit.reports.result.Sector sector =
        switch (c.set()) {
          case "nu" -> org.vfit.reports.result.Sector.NU;
          case "nubar" -> org.vfit.reports.result.Sector.NUBAR;
          default -> org.vfit.reports.result.Sector.COMBINED;
        };
    return new org.vfit.reports.result.Chi2Grid(
        sector,
        java.util.Arrays.stream(c.sin2Theta12()).boxed().toList(),
        java.util.Arrays.stream(c.dm21()).boxed().toList(),
        rows,
        c.chi2Min());
  }

  /** The restarts a scan caused, as JSON (an empty list when none). */
  static List<Object> restartsJson(List<Restart> restarts) {
    List<Object> out = new ArrayList<>();
    for (Restart r : restarts) {
      Map<String, Object> o = Json.object();
      o.put("previousChi2", r.previousChi2());
      o.put("scanChi2", r.scanChi2());
      Map<String, Object> point = Json.object();
      double[] v = r.scanPoint();
      for (int i = 0; i < v.length; i++) {
        point.put(r.parameters().get(i).label(), v[i]);
      }
      o.put("point", point);
      o.put("improved", r.improved());
      o.put("newChi2", r.refit().chi2());
      out.add(o);
    }
    return out;
  }
}
