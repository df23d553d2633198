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
import org.vfit.oscillation.paper.Table1;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfit table1}: the paper's Table 1 computed from its inputs. */
@Command(
    name = "table1",
    mixinStandardHelpOptions = true,
    description = {
      "The paper's Table 1: A_aa - mean(A) and the off-diagonal elements of the potential matrix",
      "A = 1/2 U diag(m^2) U^+, in units of 1e-4 eV^2, from the NuFit-6.0 inputs the paper uses."
    })
final class Table1Command implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--ordering",
      paramLabel = "NO|IO",
      description = "mass ordering (default ${DEFAULT-VALUE})")
  String ordering = "NO";

  @Option(
      names = "--dm2-set",
      paramLabel = "main|appendixB",
      description = "splittings of the main text or of Appendix B (default ${DEFAULT-VALUE})")
  String dm2Set = "main";

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    MassOrdering o = parseOrdering(ordering);
    SplittingSet set = SplittingSet.parse(dm2Set);
    MixingParameters in = PaperInputs.of(o, set);
    Table1 t = PaperTables.table1(o, set);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = toJson(o, set, t);
      root.put("printed", printedJson(o));
      out.println(Json.write(root));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "Table 1 (%s, %s splittings): potential matrix A relative to its mean diagonal%n",
        o,
        set.label());
    out.printf(
        Locale.ROOT,
        "inputs: dm21 = %.4g eV^2, dm31 = %.4g eV^2, theta12 = %.2f, theta13 = %.2f, theta23 = %.2f, delta = %.0f deg%n",
        in.dm21EV2(),
        in.dm31EV2(),
        Math.toDegrees(in.theta12()),
        Math.toDegrees(in.theta13()),
        Math.toDegrees(in.theta23()),
        Math.toDegrees(in.delta()));
    out.println("units: 1e-4 eV^2");
    out.printf(Locale.ROOT, "  A_ee - mean     %+9.4f%n", t.ee());
    out.printf(Locale.ROOT, "  A_mumu - mean   %+9.4f%n", t.mumu());
    out.printf(Locale.ROOT, "  A_tautau - mean %+9.4f%n", t.tautau());
    out.printf(
        Locale.ROOT,
        "  %-8s %10s %10s %10s %12s%n",
        "element",
        "re",
        "im",
        "modulus",
        "phase [deg]");
    row(out, "A_emu", t.emu());
    row(out, "A_etau", t.etau());
    row(out, "A_mutau", t.mutau());
    out.println();
    out.println("Checks on the computed table (a printed table must pass them too):");
    out.printf(Locale.ROOT, "  diagonal offsets sum to %.2e (must be 0)%n", t.diagonalSum());
    List<String> findings = PaperTables.consistencyFindings(t, in);
    out.println(
        findings.isEmpty()
            ? "  rebuilt matrix reproduces the input splittings and angles"
            : String.join("\n  ", findings));
    out.println();
    printComparison(out, o, set);
    return 0;
  }

  /** Printed against computed, element by element, and the inconsistencies found. */
  static void printComparison(PrintWriter out, MassOrdering o, SplittingSet set) {
    PrintedPaper printed = PrintedPaperJson.read();
    out.printf(
        Locale.ROOT,
        "Printed Table 1 (%s) against the table computed from the paper's main-text inputs%n",
        o);
    out.println("  reading: " + READING);
    if (set != SplittingSet.MAIN) {
      out.println("  (the comparison uses the main-text splittings, which Table 1 states)");
    }
    out.printf(
        Locale.ROOT,
        "  %-16s %-10s %11s %11s %11s  %s%n",
        "element",
        "unit",
        "computed",
        "printed",
        "difference",
        "");
    for (PrintedComparison.Row r : PrintedComparison.table1(o, printed)) {
      out.printf(
          Locale.ROOT,
          "  %-16s %-10s %11.4f %11.4f %+11.4f  %s%n",
          r.quantity(),
          r.unit(),
          r.computed(),
          r.printed(),
          r.difference(),
          r.agrees()
              ? "agrees"
              : "DIFFERS" + (r.nearest() == null ? "" : " (near " + r.nearest() + ")"));
    }
    out.println("Inconsistencies in the printed numbers:");
    for (String f : PrintedComparison.findings(printed)) {
      if (f.startsWith("Table 1")) {
        out.println("  - " + f);
      }
    }
  }

  /** How the transcription of Table 1's text layout is read. */
  static final String READING =
      "three diagonal offsets A_aa - mean, three phases (radians as printed, shown in degrees) read"
          + " as arg A_ab, then three signed numbers read as |A_emu|, |A_etau|, |A_mutau|";

  private static void row(PrintWriter out, String name, Table1.Element e) {
    out.printf(
        Locale.ROOT,
        "  %-8s %+10.4f %+10.4f %10.4f %12.2f%n",
        name,
        e.re(),
        e.im(),
        e.modulus(),
        Math.toDegrees(e.phase()));
  }

  static MassOrdering parseOrdering(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.equals("NO") || t.equals("NH") || t.equals("NORMAL")) return MassOrdering.NO;
    if (t.equals("IO") || t.equals("IH") || t.equals("INVERTED")) return MassOrdering.IO;
    throw new IllegalArgumentException("--ordering must be NO or IO, got '" + text + "'");
  }

  static Map<String, Object> toJson(MassOrdering o, SplittingSet set, Table1 t) {
    Map<String, Object> root = Json.object();
    root.put("ordering", o.name());
    root.put("dm2Set", set.label());
    root.put("unit", "1e-4 eV^2");
    root.put("phaseUnit", "degrees");
    Map<String, Object> diag = Json.object();
    diag.put("ee", t.ee());
    diag.put("mumu", t.mumu());
    diag.put("tautau", t.tautau());
    root.put("diagonal", diag);
    Map<String, Object> off = Json.object();
    off.put("emu", element(t.emu()));
    off.put("etau", element(t.etau()));
    off.put("mutau", element(t.mutau()));
    root.put("offDiagonal", off);
    return root;
  }

  /** The {@code printed} block: the printed row, the comparison and the findings. */
  static Map<String, Object> printedJson(MassOrdering o) {
    PrintedPaper printed = PrintedPaperJson.read();
    Map<String, Object> m = Json.object();
    m.put("source", printed.source());
    m.put("status", printed.status());
    m.put("resource", PrintedPaper.RESOURCE);
    m.put("reading", READING);
    m.put("comparedWith", "Table 1 computed from the paper's main-text inputs (" + o + ")");
    m.put("rows", rows(PrintedComparison.table1(o, printed)));
    m.put(
        "findings",
        PrintedComparison.findings(printed).stream().filter(f -> f.startsWith("Table 1")).toList());
    return m;
  }

  static List<Object> rows(List<PrintedComparison.Row> rows) {
    List<Object> out = new java.util.ArrayList<>();
    for (PrintedComparison.Row r : rows) {
      Map<String, Object> m = Json.object();
      m.put("quantity", r.quantity());
      m.put("unit", r.unit());
      m.put("computed", r.computed());
      m.put("printed", r.printed());
      m.put("difference", r.difference());
      m.put("tolerance", r.tolerance());
      m.put("agrees", r.agrees());
      m.put("nearestComputed", r.nearest());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> element(Table1.Element e) {
    Map<String, Object> m = Json.object();
    m.put("re", e.re());
    m.put("im", e.im());
    m.put("modulus", e.modulus());
    m.put("phaseDeg", Math.toDegrees(e.phase()));
    return m;
  }
}
