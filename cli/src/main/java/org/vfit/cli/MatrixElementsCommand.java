package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.paper.MatrixElementFit;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.Sector;
import org.vfit.reports.result.MatrixElements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit matrix-elements}: the potential matrices A_ν and A_ν̄ of the separate (H1) fit
 * element by element with errors, their difference A_ν̄ − A_ν*, which elements the data set, and
 * the check of the propagated errors by a fit in matrix-element variables. {@code --json} prints
 * the record a tension result carries ({@link MatrixElements}).
 */
@Command(
    name = "matrix-elements",
    mixinStandardHelpOptions = true,
    description = {
      "A_nu and A_nubar of the separate fit (H1) in the paper's Table 1 form with errors, their",
      "difference A_nubar - A_nu* (zero in the H-model), which elements the data set and which the",
      "held dm31, theta23, delta set, and a check of the errors by a fit in matrix-element variables."
    })
final class MatrixElementsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--solar",
      split = ",",
      paramLabel = "SET[,SET...]",
      description = "Solar (nu) datasets (default: ${DEFAULT-VALUE}).")
  List<String> solar = new ArrayList<>(BaselinesCommand.DEFAULT_SOLAR);

  @Option(
      names = "--reactor",
      split = ",",
      paramLabel = "SET[,SET...]",
      description =
          "Reactor (nubar) datasets, the theta13 constraint included (default: ${DEFAULT-VALUE}).")
  List<String> reactor = new ArrayList<>(List.of("kamland-2011", "daya-bay-theta13"));

  @Option(
      names = "--held-shifts",
      split = ",",
      paramLabel = "DM31_FRACTION,THETA23_DEG,DELTA_DEG",
      description =
          "Nominal changes of the held dm31 (fraction), theta23 and delta (degrees) the data errors are"
              + " set against (default 0.01,1,20).")
  List<Double> heldShifts = new ArrayList<>(List.of(0.01, 1.0, 20.0));

  @Option(names = "--no-direct", description = "Skip the check by a fit in element variables.")
  boolean noDirect;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (heldShifts.size() != 3) {
      throw new IllegalArgumentException(
          "--held-shifts needs three numbers: dm31 fraction, theta23 and delta in degrees");
    }
    for (double s : heldShifts) {
      Check.nonNegative("--held-shifts", s, "");
    }
    if (threads != null && threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    }
    for (String n : solar) {
      if (Likelihoods.term(n).sector() != Sector.NU) {
        throw new IllegalArgumentException("--solar: " + n + " is not a solar (nu) dataset");
      }
    }
    for (String n : reactor) {
      if (Likelihoods.term(n).sector() != Sector.NUBAR) {
        throw new IllegalArgumentException("--reactor: " + n + " is not a reactor (nubar) dataset");
      }
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> all = new ArrayList<>(solar);
    all.addAll(reactor);
    FitOptions options = FitOptions.defaults().withThreads(n).withPrescan(4).withMinos(false);
    Model h0 = Model.of(TermSource.datasets(all), Hypothesis.h0(), AnalysisReference.nufit());
    Model h1 = h0.withHypothesis(Hypothesis.h1SharedTheta13());
    PgResult pg = ParameterGoodnessOfFit.test(h0, h1, options);
    if (!pg.h1().isValid()) {
      throw new AnalysisFailure(
          "the H1 fit is not valid: " + String.join("; ", pg.h1().problems()));
    }
    MatrixElementFit.Result r =
        MatrixElementFit.run(
            h1,
            pg.h1(),
            options,
            new MatrixElementFit.FixedShifts(
                heldShifts.get(0), heldShifts.get(1), heldShifts.get(2)),
            !noDirect);
    MatrixElements record = MatrixElements.of(r);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = Json.object();
      root.put("datasets", all);
      root.put("hypothesis", h1.description());
      root.put("chi2H1", pg.h1().chi2());
      root.put("matrixElements", record);
      out.println(Json.write(root));
    } else {
      text(out, h1, record);
    }
    out.flush();
    if (record.directCheck() != null && !record.directCheck().valid()) {
      throw new AnalysisFailure("the fit in matrix-element variables did not converge");
    }
    return Vfit.EXIT_OK;
  }

  private static void text(PrintWriter out, Model h1, MatrixElements m) {
    out.println("fit: " + h1.description());
    MatrixElements.HeldInputs h = m.held();
    out.printf(
        Locale.ROOT,
        "held: dm31 = %.4g eV^2, theta23 = %.2f deg, delta = %.1f deg; nominal changes %.3g, %.3g"
            + " deg, %.3g deg%n",
        h.dm31EV2(),
        h.theta23Deg(),
        h.deltaDeg(),
        h.dm31RelativeShift(),
        h.theta23ShiftDeg(),
        h.deltaShiftDeg());
    table(out, "A_nu", m.nu());
    table(out, "A_nubar", m.nubar());
    table(out, "A_nubar - A_nu*", m.difference());
    MatrixElements.DirectCheck d = m.directCheck();
    if (d != null) {
      out.println("check: fit in element variables (1e-4 eV^2)");
      out.printf(
          Locale.ROOT,
          "  %-14s %12s %12s %12s %12s%n",
          "variable",
          "value",
          "HESSE error",
          "angle fit",
          "Jacobian err");
      for (int i = 0; i < d.variables().size(); i++) {
        out.printf(
            Locale.ROOT,
            "  %-14s %12.5g %12.4g %12.5g %12.4g%n",
            d.variables().get(i),
            d.values().get(i),
            d.hesseErrors().get(i),
            d.jacobianValues().get(i),
            d.jacobianErrors().get(i));
      }
      out.printf(
          Locale.ROOT,
          "  chi2_min %.6g (angle fit %.6g); largest |HESSE - Jacobian|/Jacobian = %.2g%n",
          d.chi2(),
          d.chi2AngleFit(),
          d.maxRelativeErrorDeviation());
    }
    out.println(m.statement());
  }

  private static void table(PrintWriter out, String title, List<MatrixElements.Element> es) {
    out.println(title + " (1e-4 eV^2; phases in degrees):");
    out.printf(
        Locale.ROOT,
        "  %-18s %12s %11s %13s  %s%n",
        "element",
        "value",
        "error",
        "held effect",
        "set by");
    for (MatrixElements.Element e : es) {
      out.printf(
          Locale.ROOT,
          "  %-18s %+12.5g %11.3g %13.3g  %s%n",
          e.name(),
          e.value(),
          e.error(),
          e.heldInputShift(),
          e.setByData() ? "data" : "held inputs");
    }
  }
}
