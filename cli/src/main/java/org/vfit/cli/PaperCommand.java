package org.vfit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.paper.PaperInputs;
import org.vfit.oscillation.paper.PaperInputs.SplittingSet;
import org.vfit.oscillation.paper.PaperTables;
import org.vfit.oscillation.paper.PrintedComparison;
import org.vfit.oscillation.paper.PrintedPaper;
import org.vfit.oscillation.paper.RelicNeutrinoFlux;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit paper}: Appendix B's splittings and eigenvalues, Appendix C's relic-flux estimate,
 * each set against the paper's printed numbers.
 */
@Command(
    name = "paper",
    mixinStandardHelpOptions = true,
    description = {
      "The paper's Appendix B (splittings, eigenvalues of A relative to the mean, both orderings)",
      "and Appendix C (relic-neutrino count N = n c pi d^2 against the missing 20 %% of the BEST",
      "source, 2.3e16 nu/s), computed and compared with the printed numbers."
    })
final class PaperCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    PrintedPaper printed = PrintedPaperJson.read();
    Map<String, Object> root = Json.object();
    Map<String, Object> appB = Json.object();
    appB.put("unit", "1e-4 eV^2");
    for (MassOrdering o : MassOrdering.values()) {
      MixingParameters p = PaperInputs.of(o, SplittingSet.APPENDIX_B);
      double[] a = PaperTables.eigenvaluesRelativeToMean(o, SplittingSet.APPENDIX_B);
      Map<String, Object> m = Json.object();
      m.put("dm21", p.dm21EV2());
      m.put("dm31", p.dm31EV2());
      // m_i² relative to m_1² and the eigenvalues a_i − Ā of A = ½ U diag(m²) U†.
      m.put("m2RelativeToM1", new double[] {0.0, p.dm21EV2() / 1e-4, p.dm31EV2() / 1e-4});
      m.put("eigenvaluesRelativeToMean", a);
      // The printed Δm_i are m_i² − mean(m²) = 2(a_i − Ā).
      m.put("m2RelativeToMean", new double[] {2 * a[0], 2 * a[1], 2 * a[2]});
      m.put(
          "table1",
          Table1Command.toJson(
              o, SplittingSet.APPENDIX_B, PaperTables.table1(o, SplittingSet.APPENDIX_B)));
      appB.put(o.name(), m);
    }
    root.put("appendixB", appB);
    RelicNeutrinoFlux f = RelicNeutrinoFlux.paperBest();
    Map<String, Object> appC = Json.object();
    appC.put("numberDensityPerCm3", f.numberDensityPerCm3());
    appC.put("lengthCm", f.lengthCm());
    appC.put("neutrinosPerSecond", f.perSecond());
    appC.put("sourceFluxPerSecond", RelicNeutrinoFlux.PAPER_SOURCE_FLUX_PER_S);
    appC.put("missingFraction", RelicNeutrinoFlux.PAPER_MISSING_FRACTION);
    appC.put("missingFluxPerSecond", RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    appC.put("ratioToMissing", f.ratioToMissingFlux());
    appC.put("ratioToSource", f.ratioToSourceFlux());
    appC.put("neutrinosPerSecondIfDiameter", f.perSecondIfDiameter());
    appC.put(
        "ratioToMissingIfDiameter",
        f.perSecondIfDiameter() / RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    appC.put("note", RelicNeutrinoFlux.discAreaNote());
    root.put("appendixC", appC);
    root.put("printed", printedJson(printed));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(root));
      return 0;
    }
    out.println("Appendix B: splittings and eigenvalues of A relative to mean(A) [1e-4 eV^2]");
    for (MassOrdering o : MassOrdering.values()) {
      MixingParameters p = PaperInputs.of(o, SplittingSet.APPENDIX_B);
      double[] a = PaperTables.eigenvaluesRelativeToMean(o, SplittingSet.APPENDIX_B);
      out.printf(
          Locale.ROOT,
          "  %s: dm21 = %.3e, dm31 = %.4e eV^2; a_i - mean = %+.4f, %+.4f, %+.4f%n",
          o,
          p.dm21EV2(),
          p.dm31EV2(),
          a[0],
          a[1],
          a[2]);
    }
    out.println("Appendix B as printed, against its own definitions on the printed splittings:");
    for (MassOrdering o : MassOrdering.values()) {
      for (PrintedComparison.Row r : PrintedComparison.appendixB(o, printed)) {
        out.printf(
            Locale.ROOT,
            "  %s %-26s computed %+.4e  printed %+.3e  difference %+.2e  %s%n",
            o,
            r.quantity(),
            r.computed(),
            r.printed(),
            r.difference(),
            r.agrees() ? "agrees" : "DIFFERS");
      }
    }
    out.printf(
        Locale.ROOT,
        "Appendix C: N = n c pi d^2 = %.4e nu/s for n = %.0f cm^-3, d = %.1f cm%n",
        f.perSecond(),
        f.numberDensityPerCm3(),
        f.lengthCm());
    out.printf(
        Locale.ROOT,
        "  ratio to the missing %.0f %% of the source (%.2g nu/s): %.3f (ratio to the whole %.3g nu/s"
            + " source: %.3f)%n",
        100 * RelicNeutrinoFlux.PAPER_MISSING_FRACTION,
        RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S,
        f.ratioToMissingFlux(),
        RelicNeutrinoFlux.PAPER_SOURCE_FLUX_PER_S,
        f.ratioToSourceFlux());
    out.println("  note: " + RelicNeutrinoFlux.discAreaNote());
    out.printf(
        Locale.ROOT,
        "  with the disc of diameter d: N = %.3e nu/s, ratio to the missing flux %.3f%n",
        f.perSecondIfDiameter(),
        f.perSecondIfDiameter() / RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    out.println("Inconsistencies in the printed numbers:");
    for (String s : PrintedComparison.findings(printed)) {
      out.println("  - " + s);
    }
    return 0;
  }

  /** The {@code printed} block: Appendix B and C as printed, the comparisons, all findings. */
  private static Map<String, Object> printedJson(PrintedPaper printed) {
    Map<String, Object> m = Json.object();
    m.put("source", printed.source());
    m.put("status", printed.status());
    m.put("resource", PrintedPaper.RESOURCE);
    Map<String, Object> b = Json.object();
    for (MassOrdering o : MassOrdering.values()) {
      b.put(o.name(), Table1Command.rows(PrintedComparison.appendixB(o, printed)));
    }
    m.put("appendixB", b);
    PrintedPaper.AppendixC c = printed.appendixC();
    Map<String, Object> cm = Json.object();
    cm.put("printedN", c.printedN());
    cm.put("missingNeutrinosPerSecond", c.missingNeutrinosPerSecond());
    cm.put("sourceNeutrinosPerSecond", c.sourceNeutrinosPerSecond());
    cm.put("missingFraction", c.missingFraction());
    cm.put("speedCmPerS", c.speedCmPerS());
    cm.put(
        "nFromPrintedInputs",
        c.relicDensityPerCm3()
            * c.speedCmPerS()
            * Math.PI
            * c.innerSphereDiameterCm()
            * c.innerSphereDiameterCm());
    m.put("appendixC", cm);
    List<String> findings = PrintedComparison.findings(printed);
    m.put("findings", findings);
    return m;
  }
}
