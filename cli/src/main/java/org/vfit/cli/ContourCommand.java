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
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.Profiles;
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
    mixinStandardHelpOptions = true,
    description = {
      "Delta chi2 on a grid in (sin^2 theta12, dm21) with every other parameter re-minimised at each",
      "point; 1/2/3 sigma regions for two parameters are Delta chi2 < 2.30/6.18/11.83.",
      "--sector nu or nubar scans that sector's own parameters (H1 when the datasets have both sectors),",
      "--sector combined the shared ones (H0). For a reactor-only or solar-only region list only those datasets."
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
      paramLabel = "S12LO:S12HI:NX,DMLO:DMHI:NY",
      description =
          "sin^2 theta12 and dm21 [1e-5 eV^2] grids, e.g. 0.2:0.45:50,5:10:50. "
              + "Default: best fit +- 5 HESSE errors, 41 x 41, within the limits.")
  String grid;

  @Override
  public Integer call() {
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    double[][] axes = grid == null ? null : parseGrid(grid, model, which);
    long t0 = System.nanoTime();
    FitResult best = Fitter.fit(model, options.fitOptions().withMinos(false));
    if (!best.isValid()) {
      throw new AnalysisFailure(
          "the best fit is not valid, so there is no contour: "
              + String.join("; ", best.problems()));
    }
    if (axes == null) {
      axes = defaultGrid(model, best, which);
    }
    ContourResult c;
    try (WorkRunner runner = runnerOptions.open(options.threads())) {
      c =
          Contours.contour(
              model,
              best,
              which,
              axes[0],
              axes[1],
              options.fitOptions(),
              runner,
              Progress.of("contour " + s, err, options.quiet));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (c.belowMinimum() && !options.quiet) {
      err.println(
          "vfit: warning: the grid went below the fit's minimum; Delta chi2 is taken from the grid's lowest point");
    }
    if (options.json) {
      out.println(Json.write(json(c, options.datasets)));
    } else {
      text(c, best.sector(which), out, options.threads(), seconds);
    }
    out.flush();
    return Vfit.EXIT_OK;
  }

  private static double[][] parseGrid(String text, Model model, Sector which) {
    String[] p = text.split(",");
    if (p.length != 2) {
      throw new IllegalArgumentException(
          "--grid must be S12LO:S12HI:NX,DMLO:DMHI:NY, got '" + text + "'");
    }
    double[] x = GridOption.parse("--grid (sin2theta12)", p[0]);
    double[] y = GridOption.parse("--grid (dm21)", p[1]);
    int ix = model.index(which, OscillationParameter.SIN2_THETA12);
    int iy = model.index(which, OscillationParameter.DM21);
    GridOption.within("--grid", x, model.lower()[ix], model.upper()[ix], "sin2theta12", "");
    GridOption.within("--grid", y, model.lower()[iy], model.upper()[iy], "dm21", "1e-5 eV^2");
    return new double[][] {x, y};
  }

  /**
   * Best fit ± 5 HESSE errors (the 3σ region of two parameters reaches ~3.4σ), within the limits.
   */
  private static double[][] defaultGrid(Model model, FitResult best, Sector which) {
    int ix = model.index(which, OscillationParameter.SIN2_THETA12);
    int iy = model.index(which, OscillationParameter.DM21);
    double[] v = best.values();
    double[] e = best.minimum().errors();
    double[] lo = model.lower();
    double[] hi = model.upper();
    return new double[][] {
      Profiles.linspace(
          Math.max(lo[ix], v[ix] - 5 * e[ix]), Math.min(hi[ix], v[ix] + 5 * e[ix]), 41),
      Profiles.linspace(
          Math.max(lo[iy], v[iy] - 5 * e[iy]), Math.min(hi[iy], v[iy] + 5 * e[iy]), 41)
    };
  }

  private static void text(
      ContourResult c, SectorParameters best, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "contour of the %s parameters under %s%n", c.set(), c.model());
    out.printf(
        Locale.ROOT,
        "%d x %d grid (sin2theta12 x dm21) on %d threads in %.2f s%n",
        c.sin2Theta12().length,
        c.dm21().length,
        threads,
        seconds);
    out.printf(
        Locale.ROOT,
        "best fit: sin2theta12 = %.5g +- %.2g, dm21 = %.5g +- %.2g eV^2, chi2_min = %.6g%n",
        best.sin2Theta12().value(),
        best.sin2Theta12().error(),
        best.dm21().value(),
        best.dm21().error(),
        c.chi2Min());
    String[] names = {"1 sigma", "2 sigma", "3 sigma"};
    double[] levels = c.levels();
    for (int k = 0; k < levels.length; k++) {
      double[] box = c.extent(levels[k]);
      if (box == null) {
        out.printf(
            Locale.ROOT, "%s (Delta chi2 < %.2f): no grid point inside%n", names[k], levels[k]);
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%s (Delta chi2 < %.2f): sin2theta12 in [%.4g, %.4g], dm21 in [%.4g, %.4g] eV^2%s%n",
          names[k],
          levels[k],
          box[0],
          box[1],
          box[2],
          box[3],
          c.touchesEdge(levels[k]) ? " (reaches the grid edge: region not closed)" : "");
    }
    if (c.invalidPoints() > 0) {
      out.println(
          c.invalidPoints() + " grid points did not converge (marked invalid; null in --json)");
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
    Map<String, Object> best = Json.object();
    best.put("sin2theta12", c.bestSin2Theta12());
    best.put("dm21", c.bestDm21());
    m.put("best", best);
    m.put("levels", c.levels());
    m.put("sin2theta12", c.sin2Theta12());
    m.put("dm21", c.dm21());
    m.put("dm21Unit", "eV^2");
    List<Object> rows = new ArrayList<>();
    for (double[] row : c.deltaChi2()) {
      rows.add(ProfileCommand.nullForNaN(row));
    }
    m.put("deltaChi2", rows);
    m.put("layout", "deltaChi2[j][i] is at dm21[j], sin2theta12[i]");
    m.put("invalidPoints", c.invalidPoints());
    return m;
  }
}
