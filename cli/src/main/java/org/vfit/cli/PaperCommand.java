package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.paper.PaperInputs;
import org.vfit.oscillation.paper.PaperInputs.SplittingSet;
import org.vfit.oscillation.paper.PaperTables;
import org.vfit.oscillation.paper.RelicNeutrinoFlux;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfit paper}: Appendix B's splittings and eigenvalues, Appendix C's relic-flux estimate.
 */
@Command(
    name = "paper",
    mixinStandardHelpOptions = true,
    description = {
      "The paper's Appendix B (splittings, eigenvalues of A relative to the mean, both orderings)",
      "and Appendix C (relic-neutrino count N = n c pi d^2 and its ratio to the missing 1.16e17 nu/s)."
    })
final class PaperCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
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
    appC.put("missingFluxPerSecond", RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S);
    appC.put("ratioToMissingFlux", f.ratioToMissingFlux());
    appC.put("note", RelicNeutrinoFlux.discAreaNote());
    root.put("appendixC", appC);
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
    out.printf(
        Locale.ROOT,
        "Appendix C: N = n c pi d^2 = %.4e nu/s for n = %.0f cm^-3, d = %.1f cm%n",
        f.perSecond(),
        f.numberDensityPerCm3(),
        f.lengthCm());
    out.printf(
        Locale.ROOT,
        "  ratio to the missing %.3g nu/s: %.4f%n",
        RelicNeutrinoFlux.PAPER_MISSING_FLUX_PER_S,
        f.ratioToMissingFlux());
    out.println("  note: " + RelicNeutrinoFlux.discAreaNote());
    return 0;
  }
}
