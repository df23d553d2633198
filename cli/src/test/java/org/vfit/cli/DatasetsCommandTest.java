package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.io.DatasetJson;
import picocli.CommandLine;

/**
 * {@code vfit datasets list|show|validate}: output, exit codes, and no stack traces on bad input.
 */
class DatasetsCommandTest {

  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Vfit.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static void assertNoStackTrace(String text) {
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("\tat "), text);
    assertFalse(text.contains("fasterxml"), text);
  }

  /** KamLAND 2011 written out with one observed count made negative. */
  private Path brokenKamland() throws IOException {
    String json = Datasets.toJson(Datasets.load("kamland-2011"));
    String broken = json.replaceFirst("\"observed\": \\[ 23\\.0,", "\"observed\": [ -23.0,");
    assertFalse(broken.equals(json), "the fixture edit applied");
    Path p = tmp.resolve("kamland-broken.json");
    Files.writeString(p, broken);
    return p;
  }

  @Test
  void validateExitsTwoWithTheLoaderMessageAndNoStackTrace() throws IOException {
    Path broken = brokenKamland();
    Run r = run("datasets", "validate", broken.toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, r.exit());
    assertEquals(
        "vfit: "
            + broken
            + ": /periods/0/observed/0: expected a non-negative number of events, found -23\n",
        r.err());
    assertNoStackTrace(r.err() + r.out());
  }

  @Test
  void validateReportsTruncatedJson() throws IOException {
    Path p = tmp.resolve("truncated.json");
    String json = Datasets.toJson(Datasets.load("homestake"));
    Files.writeString(p, json.substring(0, json.length() / 2));
    Run r = run("datasets", "validate", p.toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, r.exit());
    assertTrue(r.err().startsWith("vfit: " + p + ": /"), r.err());
    assertTrue(r.err().contains("(truncated JSON)"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void validateAcceptsValidFilesAndNamesAndStillFailsOnOneBadFile() throws IOException {
    Path good = tmp.resolve("homestake.json");
    Files.writeString(good, Datasets.toJson(Datasets.load("homestake")));
    Run ok = run("datasets", "validate", good.toString(), "kamland-2011");
    assertEquals(Vfit.EXIT_OK, ok.exit());
    assertEquals(
        "valid: "
            + good
            + " (rates homestake, secondary)\n"
            + "valid: kamland-2011 (reactor-spectrum kamland-2011, secondary)\n",
        ok.out());
    assertEquals("", ok.err());
    Run mixed = run("datasets", "validate", good.toString(), brokenKamland().toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, mixed.exit());
    assertTrue(mixed.out().startsWith("valid: " + good), mixed.out());
    assertEquals(1, mixed.err().lines().count());
  }

  @Test
  void listPrintsOneLinePerBundledDataset() {
    Run r = run("datasets", "list");
    assertEquals(Vfit.EXIT_OK, r.exit());
    var lines = r.out().lines().toList();
    assertEquals(Datasets.names(), lines.stream().map(l -> l.split("\\s+")[0]).toList());
    String kamland = lines.get(Datasets.names().indexOf("kamland-2011"));
    assertTrue(
        kamland.matches(
            "kamland-2011\\s+reactor-spectrum\\s+secondary\\s+A\\. Gando et al\\..*1009\\.4771"),
        kamland);
  }

  @Test
  void showJsonPrintsTheDatasetInAFormThatReadsBack() {
    Run r = run("datasets", "show", "sno-polynomial", "--json");
    assertEquals(Vfit.EXIT_OK, r.exit());
    assertEquals(Datasets.load("sno-polynomial"), DatasetJson.read(r.out(), "stdout"));
  }

  @Test
  void showDescribesADatasetReadFromAFile() throws IOException {
    Path good = tmp.resolve("juno.json");
    Files.writeString(good, Datasets.toJson(Datasets.load("juno-2025")));
    Run r = run("datasets", "show", good.toString());
    assertEquals(Vfit.EXIT_OK, r.exit());
    assertTrue(r.out().startsWith("juno-2025: JUNO first result"), r.out());
    assertTrue(r.out().contains("  data     dm2_21 = 7.5e-05 +- 1.2e-06"), r.out());
  }

  @Test
  void showOfAnUnknownNameExitsTwoWithoutAStackTrace() {
    Run r = run("datasets", "show", "kamland-2099");
    assertEquals(Vfit.EXIT_BAD_INPUT, r.exit());
    assertTrue(
        r.err()
            .startsWith(
                "vfit: kamland-2099: (document): expected the name of a bundled dataset or a path"),
        r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void theDatasetOptionConverterResolvesNamesAndReportsBadFiles() throws IOException {
    DatasetsCommand.Resolver resolver = new DatasetsCommand.Resolver();
    assertEquals("gallium", resolver.convert("gallium").name());
    Path broken = brokenKamland();
    CommandLine.TypeConversionException e =
        assertThrows(
            CommandLine.TypeConversionException.class, () -> resolver.convert(broken.toString()));
    assertTrue(
        e.getMessage().startsWith(broken + ": /periods/0/observed/0: expected"), e.getMessage());
  }
}
