package org.vfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.paper.PrintedPaper;

/**
 * Reads the bundled transcription of the paper's printed numbers ({@link PrintedPaper#RESOURCE})
 * and keeps its raw JSON for the {@code printed} blocks of {@code table1} and {@code paper}. The
 * file is part of the jar: a missing or malformed one is a build defect, reported as such.
 */
final class PrintedPaperJson {
  private PrintedPaperJson() {}

  private static volatile JsonNode raw;

  /** The file as JSON. */
  static JsonNode raw() {
    JsonNode r = raw;
    if (r == null) {
      try (InputStream in = PrintedPaper.class.getResourceAsStream(PrintedPaper.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + PrintedPaper.RESOURCE);
        }
        r = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + PrintedPaper.RESOURCE, e);
      }
      raw = r;
    }
    return r;
  }

  /** The printed numbers. */
  static PrintedPaper read() {
    JsonNode root = raw();
    JsonNode t1 = root.path("table1");
    Map<MassOrdering, PrintedPaper.Table1Row> table1 = new EnumMap<>(MassOrdering.class);
    Map<MassOrdering, PrintedPaper.AppendixB> appB = new EnumMap<>(MassOrdering.class);
    for (MassOrdering o : MassOrdering.values()) {
      JsonNode row = t1.path(o.name());
      JsonNode d = row.path("diagonalOffsets");
      JsonNode ph = row.path("phases");
      JsonNode tr = row.path("trailingSignedNumbers");
      table1.put(
          o,
          new PrintedPaper.Table1Row(
              num(d, "ee"),
              num(d, "mumu"),
              num(d, "tautau"),
              num(ph, "emu"),
              num(ph, "etau"),
              num(ph, "mutau"),
              at(tr, 0),
              at(tr, 1),
              at(tr, 2)));
      JsonNode b = root.path("appendixB").path(o.name());
      appB.put(
          o,
          new PrintedPaper.AppendixB(
              num(b, "dm21EV2"), num(b, "dm31EV2"), num(b, "Dm1"), num(b, "Dm2"), num(b, "Dm3")));
    }
    JsonNode c = root.path("appendixC");
    PrintedPaper.AppendixC appC =
        new PrintedPaper.AppendixC(
            num(c, "sourceActivityBq"),
            num(c, "sourceNeutrinosPerSecond"),
            num(c, "missingFraction"),
            num(c, "missingNeutrinosPerSecond"),
            num(c, "relicDensityPerFlavourCm3"),
            num(c, "speedCmPerS"),
            num(c, "innerSphereDiameterCm"),
            num(c, "printedN"));
    return new PrintedPaper(
        root.path("source").asText(), root.path("status").asText(), table1, appB, appC);
  }

  private static double num(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalStateException(PrintedPaper.RESOURCE + ": no number at " + field);
    }
    return v.asDouble();
  }

  private static double at(JsonNode n, int i) {
    JsonNode v = n.get(i);
    if (v == null || !v.isNumber()) {
      throw new IllegalStateException(PrintedPaper.RESOURCE + ": no number at index " + i);
    }
    return v.asDouble();
  }
}
