package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.fit.paper.GalliumFit;
import org.vfit.likelihood.gallium.GalliumChi2;
import org.vfit.likelihood.gallium.GalliumModel;
import org.vfit.likelihood.gallium.SourceMeasurement;
import org.vfit.oscillation.paper.RelicNeutrinoFlux;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit gallium}: the gallium source experiments read three ways — a constant deficit (a
 * cross-section problem), the V-model's intensity dependence (the deficit grows with the source's
 * flux density at the target) and 3+1 sterile oscillation averaged over each geometry — with χ²,
 * best fits and Δχ², and Appendix C's estimate for BEST with what the fits say about it.
 */
@Command(
    name = "gallium",
    mixinStandardHelpOptions = true,
    description = {
      "The gallium radioactive-source experiments (GALLEX Cr1, Cr2, SAGE 51Cr, 37Ar, BEST inner and",
      "outer) read three ways: a constant deficit R = r, the V-model's intensity dependence",
      "R = 1 - c Phi/1e12 (Phi the source's flux density at the target), and 3+1 sterile oscillation",
      "averaged over each geometry; chi2, best fits, delta chi2, and the paper's Appendix C estimate."
    })
final class GalliumCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dataset",
      paramLabel = "SET",
      description =
          "A source-experiments dataset, bundled name or file (default ${DEFAULT-VALUE}).")
  String dataset = "gallium-sources";

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "ID[,ID...]",
      description = "Experiments to leave out, e.g. best-inner,best-outer.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    SourceExperiments d = Datasets.resolve(dataset, SourceExperiments.class);
    List<SourceMeasurement> all = SourceMeasurement.of(d);
    List<SourceMeasurement> data = new ArrayList<>();
    for (String x : exclude) {
      if (all.stream().noneMatch(m -> m.id().equals(x))) {
        throw new IllegalArgumentException(
            "--exclude: no experiment '"
                + x
                + "' in "
                + d.name()
                + " (have "
                + String.join(", ", all.stream().map(SourceMeasurement::id).toList())
                + ")");
      }
    }
    for (SourceMeasurement m : all) {
      if (!exclude.contains(m.id())) {
        data.add(m);
      }
    }
    if (data.size() < 3) {
      throw new IllegalArgumentException(
          "--exclude leaves " + data.size() + " experiments; the sterile fit needs at least 3");
    }
    GalliumChi2 chi2 = new GalliumChi2(data);
    List<GalliumFit.ModelFit> fits =
        GalliumFit.fitAll(
            chi2,
            List.of(
                GalliumModel.noDeficit(),
                GalliumModel.constantDeficit(),
                GalliumModel.intensity(),
                GalliumModel.sterile()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(json(d, data, fits)));
    } else {
      text(out, d, data, fits);
    }
    out.flush();
    for (GalliumFit.ModelFit f : fits) {
      if (!f.valid() && f.problems().stream().anyMatch(p -> !p.endsWith("at its limit"))) {
        throw new AnalysisFailure(
            "the " + f.model().name() + " fit is not valid: " + String.join("; ", f.problems()));
      }
    }
    return Vfit.EXIT_OK;
  }

  private static GalliumFit.ModelFit find(List<GalliumFit.ModelFit> fits, String name) {
    return fits.stream().filter(f -> f.model().name().equals(name)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- Appendix C

  /** Appendix C's numbers and what the intensity fit says about BEST's two zones. */
  private static Map<String, Object> appendixC(
      List<SourceMeasurement> data, List<GalliumFit.ModelFit> fits) {
    RelicNeutrinoFlux f = RelicNeutrinoFlux.paperBest();
    Map<String, Object> m = Json.object();
    m.put("relicNeutrinosPerSecond", f.perSecond());
    m.put("missingNeutrinosPerSecond", RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    m.put("ratioToMissing", f.ratioToMissingFlux());
    m.put("relicNeutrinosPerSecondIfDiameter", f.perSecondIfDiameter());
    m.put(
        "ratioToMissingIfDiameter",
        f.perSecondIfDiameter() / RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    m.put("paperReading", "N > 2.3e16 and of the same order of magnitude (as printed)");
    m.put("note", RelicNeutrinoFlux.discAreaNote());
    SourceMeasurement in = byId(data, "best-inner");
    SourceMeasurement outer = byId(data, "best-outer");
    if (in != null && outer != null) {
      GalliumFit.ModelFit k = find(fits, "intensity");
      double pin = k.model().predict(k.values(), in);
      double pout = k.model().predict(k.values(), outer);
      double measured = outer.ratio() / in.ratio();
      double err = measured * Math.hypot(sym(outer) / outer.ratio(), sym(in) / in.ratio());
      m.put("bestInnerFluxDensity", in.meanFluxDensity());
      m.put("bestOuterFluxDensity", outer.meanFluxDensity());
      m.put("intensityPredictedInner", pin);
      m.put("intensityPredictedOuter", pout);
      m.put("intensityPredictedOuterOverInner", pout / pin);
      m.put("measuredOuterOverInner", measured);
      m.put("measuredOuterOverInnerError", err);
      m.put(
          "reading",
          String.format(
              Locale.ROOT,
              "Read as an intensity effect, BEST's deficit should shrink from the inner zone (flux"
                  + " density %.3g nu/cm^2/s) to the outer (%.3g): the best intensity fit predicts"
                  + " R_out/R_in = %.3f, BEST measured %.3f +- %.3f (uncorrelated errors; BEST quotes"
                  + " 0.97 +- 0.07). The equal deficits of the two zones are what a constant deficit"
                  + " or an averaged-out oscillation give.",
              in.meanFluxDensity(),
              outer.meanFluxDensity(),
              pout / pin,
              measured,
              err));
    }
    return m;
  }

  private static double sym(SourceMeasurement m) {
    return 0.5 * (m.error().plus() + m.error().minus());
  }

  private static SourceMeasurement byId(List<SourceMeasurement> data, String id) {
    return data.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------- JSON

  private Map<String, Object> json(
      SourceExperiments d, List<SourceMeasurement> data, List<GalliumFit.ModelFit> fits) {
    Map<String, Object> root = Json.object();
    root.put("dataset", d.name());
    root.put("status", d.status().id());
    root.put("excluded", exclude);
    List<Object> exps = new ArrayList<>();
    for (SourceMeasurement m : data) {
      SourceExperiments.Experiment e =
          d.experiments().stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
      Map<String, Object> x = Json.object();
      x.put("id", m.id());
      x.put("detector", e.detector());
      x.put("source", e.source());
      x.put("activityBq", m.activityBq());
      x.put("ratio", m.ratio());
      x.put("ratioErrorPlus", m.error().plus());
      x.put("ratioErrorMinus", m.error().minus());
      x.put("shape", e.geometry().shape());
      x.put("volumeCm3", m.geometry().volumeCm3());
      x.put("meanDistanceCm", m.geometry().captureWeightedMeanDistanceCm());
      x.put("meanFluxDensityPerCm2PerS", m.meanFluxDensity());
      x.put("status", e.status().id());
      x.put("reference", e.reference().shortForm());
      exps.add(x);
    }
    root.put("experiments", exps);
    GalliumFit.ModelFit constant = find(fits, "constant-deficit");
    GalliumFit.ModelFit none = find(fits, "no-deficit");
    List<Object> models = new ArrayList<>();
    for (GalliumFit.ModelFit f : fits) {
      Map<String, Object> m = Json.object();
      m.put("name", f.model().name());
      m.put("description", f.model().description());
      List<Object> ps = new ArrayList<>();
      for (int i = 0; i < f.values().length; i++) {
        Map<String, Object> p = Json.object();
        p.put("name", f.model().parameters().get(i));
        p.put("value", f.values()[i]);
        p.put("error", f.errors()[i]);
        p.put("minosLower", f.minosLower()[i]);
        p.put("minosUpper", f.minosUpper()[i]);
        ps.add(p);
      }
      m.put("parameters", ps);
      m.put("chi2", f.chi2());
      m.put("dof", f.dof());
      m.put("pValue", f.pValue());
      m.put("deltaChi2VsNoDeficit", none.chi2() - f.chi2());
      m.put("deltaChi2VsConstant", constant.chi2() - f.chi2());
      Map<String, Object> pred = Json.object();
      Map<String, Object> pulls = Json.object();
      for (int i = 0; i < data.size(); i++) {
        pred.put(data.get(i).id(), f.predictions()[i]);
        pulls.put(data.get(i).id(), f.pulls()[i]);
      }
      m.put("predictions", pred);
      m.put("pulls", pulls);
      m.put("valid", f.valid());
      m.put("problems", f.problems());
      models.add(m);
    }
    root.put("models", models);
    root.put(
        "deltaChi2Note",
        "deltaChi2VsX = chi2_min(X) - chi2_min(model): positive when the model fits better than X;"
            + " the sterile reading has 2 parameters, the others 1 (no-deficit 0)");
    root.put("appendixC", appendixC(data, fits));
    return root;
  }

  // ---------------------------------------------------------------- text

  private static void text(
      PrintWriter out,
      SourceExperiments d,
      List<SourceMeasurement> data,
      List<GalliumFit.ModelFit> fits) {
    out.printf(Locale.ROOT, "Gallium source experiments (%s, %s)%n", d.name(), d.status().id());
    out.printf(
        Locale.ROOT,
        "  %-11s %-5s %11s %9s %14s %18s%n",
        "experiment",
        "src",
        "activity[Bq]",
        "<L>[cm]",
        "Phi[/cm^2/s]",
        "R measured");
    for (SourceMeasurement m : data) {
      String src =
          d.experiments().stream()
              .filter(x -> x.id().equals(m.id()))
              .findFirst()
              .orElseThrow()
              .source();
      out.printf(
          Locale.ROOT,
          "  %-11s %-5s %11.3e %9.1f %14.3e %9.3f +%.3f -%.3f%n",
          m.id(),
          src,
          m.activityBq(),
          m.geometry().captureWeightedMeanDistanceCm(),
          m.meanFluxDensity(),
          m.ratio(),
          m.error().plus(),
          m.error().minus());
    }
    GalliumFit.ModelFit constant = find(fits, "constant-deficit");
    out.println("Readings (chi2 with asymmetric errors, experiments independent):");
    out.printf(
        Locale.ROOT,
        "  %-17s %-44s %8s %4s %8s %11s%n",
        "model",
        "best fit",
        "chi2",
        "dof",
        "p(gof)",
        "dchi2 vs R=r");
    for (GalliumFit.ModelFit f : fits) {
      out.printf(
          Locale.ROOT,
          "  %-17s %-44s %8.3f %4d %8.3g %+11.3f%s%n",
          f.model().name(),
          params(f),
          f.chi2(),
          f.dof(),
          f.pValue(),
          constant.chi2() - f.chi2(),
          f.valid() ? "" : "  (" + String.join("; ", f.problems()) + ")");
    }
    out.println("Predicted R at each best fit:");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-17s", "model"));
    for (SourceMeasurement m : data) {
      head.append(String.format(Locale.ROOT, " %11s", m.id()));
    }
    out.println(head);
    for (GalliumFit.ModelFit f : fits) {
      StringBuilder row =
          new StringBuilder(String.format(Locale.ROOT, "  %-17s", f.model().name()));
      for (double p : f.predictions()) {
        row.append(String.format(Locale.ROOT, " %11.3f", p));
      }
      out.println(row);
    }
    Map<String, Object> c = appendixC(data, fits);
    out.printf(
        Locale.ROOT,
        "Appendix C (BEST): relic neutrinos through the disc N = n c pi d^2 = %.3e /s against the"
            + " missing %.2g /s: ratio %.2f (paper: \"N > 2.3e16 and of the same order\")%n",
        (Double) c.get("relicNeutrinosPerSecond"),
        (Double) c.get("missingNeutrinosPerSecond"),
        (Double) c.get("ratioToMissing"));
    out.printf(
        Locale.ROOT,
        "  with the disc of the inner sphere's 133.5 cm diameter: N = %.3e /s, ratio %.2f%n",
        (Double) c.get("relicNeutrinosPerSecondIfDiameter"),
        (Double) c.get("ratioToMissingIfDiameter"));
    if (c.containsKey("reading")) {
      out.println("  " + c.get("reading"));
    }
  }

  private static String params(GalliumFit.ModelFit f) {
    List<String> s = new ArrayList<>();
    for (int i = 0; i < f.values().length; i++) {
      String name = f.model().parameters().get(i);
      double v = f.values()[i];
      if (name.startsWith("log10")) {
        s.add(String.format(Locale.ROOT, "dm2 = %.3g eV^2", Math.pow(10, v)));
      } else {
        s.add(String.format(Locale.ROOT, "%s = %.3g +- %.2g", name, v, f.errors()[i]));
      }
    }
    return s.isEmpty() ? "-" : String.join(", ", s);
  }
}
