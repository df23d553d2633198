package org.vfit.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.io.AtomicFiles;
import org.vfit.reports.io.MalformedResultException;
import org.vfit.reports.result.TensionResult;

class ReportsTest {
  @TempDir static Path tmp;
  static TensionResult result;
  static Path first;

  /** Kept after the build (in the module's target/) so a person can look at a fixture report. */
  static final Path KEPT = Path.of("target", "fixture-report");

  @BeforeAll
  static void render() throws IOException {
    result = TensionFixtures.standard(11);
    AtomicFiles.deleteRecursively(KEPT);
    first = KEPT;
    Reports.writeReport(result, first);
  }

  static Map<String, byte[]> contents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      Map<String, byte[]> m = new TreeMap<>();
      for (Path p : files.collect(Collectors.toList())) {
        m.put(
            p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
      }
      return m;
    }
  }

  private static List<String> leftovers(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void reportFolderHoldsResultPlotsAndPage() throws IOException {
    Map<String, byte[]> files = contents(first);
    for (String plot :
        List.of(
            "tension",
            "tension-tan2",
            "profile-dm21",
            "profile-sin2theta12",
            "profile-delta-dm21",
            "profile-delta-sin2theta12",
            "toys-chi2pg",
            "pee")) {
      for (String ext : List.of("png", "svg", "pdf")) {
        assertTrue(files.containsKey(plot + "." + ext), plot + "." + ext);
      }
    }
    assertTrue(files.containsKey(Reports.RESULT_FILE));
    assertTrue(files.containsKey(Reports.HTML_FILE));
    assertEquals(8 * 3 + 2, files.size(), "nothing else, no temporary files: " + files.keySet());
    assertTrue(
        leftovers(KEPT.toAbsolutePath().getParent()).stream()
            .noneMatch(n -> n.startsWith(".fixture-report")),
        "no staging folder left beside the report");
  }

  /**
   * Issue 13: contour and profile wrote no plots and report refused their JSON. A scan result is
   * written with its plots and page, and re-renders byte for byte, like a tension run.
   */
  @Test
  void aScanResultIsWrittenAndReRenderedLikeATensionRun() throws Exception {
    org.vfit.reports.result.ScanResult scan = TensionFixtures.scan(8);
    Path dir = tmp.resolve("scan");
    Reports.writeReport(scan, dir, org.vfit.reports.plots.PlotOptions.DEFAULTS);
    assertEquals(
        List.of(
            "contour-nubar.pdf",
            "contour-nubar.png",
            "contour-nubar.svg",
            "profile-dm21-nubar.pdf",
            "profile-dm21-nubar.png",
            "profile-dm21-nubar.svg",
            "report.html",
            "result.json"),
        List.copyOf(contents(dir).keySet()));
    assertEquals(scan, Reports.readAny(dir.resolve(Reports.RESULT_FILE)));
    Path again = tmp.resolve("scan-again");
    Reports.rerender(dir.resolve(Reports.RESULT_FILE), again);
    Map<String, byte[]> a = contents(dir);
    Map<String, byte[]> b = contents(again);
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name + " differs after re-render");
    }
  }

  /** vfit report's drawing options change the plots, never the result file. */
  @Test
  void reRenderingWithOtherPlotOptionsKeepsTheResult() throws Exception {
    Path dir = tmp.resolve("options");
    org.vfit.reports.plots.PlotOptions o =
        org.vfit.reports.plots.PlotOptions.DEFAULTS
            .withSize(640, 480)
            .withDpi(72)
            .withLevels(org.vfit.reports.plots.PlotOptions.Levels.ONE_DOF);
    Reports.rerender(first.resolve(Reports.RESULT_FILE), dir, o);
    assertArrayEquals(
        Files.readAllBytes(first.resolve(Reports.RESULT_FILE)),
        Files.readAllBytes(dir.resolve(Reports.RESULT_FILE)));
    java.awt.image.BufferedImage png =
        javax.imageio.ImageIO.read(dir.resolve("tension.png").toFile());
    assertEquals(640, png.getWidth());
    assertTrue(Files.readString(dir.resolve(Reports.HTML_FILE)).contains("1 dof"));
  }

  /** A result path that is a device or a FIFO is refused at once, not read until it ends. */
  @Test
  void readingAResultIsBounded() throws Exception {
    Path dev = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev));
    org.vfit.reports.io.MalformedResultException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.vfit.reports.io.MalformedResultException.class, () -> Reports.readAny(dev));
    assertEquals(
        "/dev/zero: (whole document): expected a result file, found a device, pipe or socket (only"
            + " regular files are read)",
        e.getMessage());
  }

  @Test
  void resultFileRoundTripsToTheSameResult() throws Exception {
    assertEquals(result, Reports.readResult(first.resolve(Reports.RESULT_FILE)));
  }

  /**
   * Re-rendering from result.json alone gives the same bytes in every file: SVG (the requirement),
   * and also PNG (ImageIO's PNG writer is deterministic for the same image), PDF (its clock-based
   * /ID is replaced by a content hash) and the HTML.
   */
  @Test
  void rerenderFromResultJsonIsByteIdentical() throws Exception {
    Path second = tmp.resolve("run-2");
    Reports.rerender(first.resolve(Reports.RESULT_FILE), second);
    Map<String, byte[]> a = contents(first);
    Map<String, byte[]> b = contents(second);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name + " differs after re-render");
    }
  }

  @Test
  void rerenderIntoTheSameFolderKeepsOtherFiles() throws Exception {
    Path dir = tmp.resolve("run-3");
    Reports.writeReport(TensionFixtures.small(5), dir);
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Files.createDirectories(dir.resolve("toys"));
    Files.writeString(dir.resolve("toys/checkpoint-0.json"), "{}");
    Map<String, byte[]> before = contents(dir);
    Reports.rerender(dir.resolve(Reports.RESULT_FILE), dir);
    Map<String, byte[]> after = contents(dir);
    assertEquals("mine", new String(after.get("notes.txt"), StandardCharsets.UTF_8));
    assertEquals("{}", Files.readString(dir.resolve("toys/checkpoint-0.json")));
    for (String name : before.keySet()) {
      assertArrayEquals(before.get(name), after.get(name), name);
    }
    assertEquals(List.of(), leftovers(tmp));
  }

  @Test
  void malformedResultLeavesTheOutputFolderUntouched() throws Exception {
    Path bad = tmp.resolve("bad.json");
    String json = Files.readString(first.resolve(Reports.RESULT_FILE));
    Files.writeString(bad, json.replaceFirst("\"chi2Min\" : [0-9.eE+-]+", "\"chi2Min\" : \"low\""));

    // An existing report folder: same names, same bytes, same modification times afterwards.
    Path existing = tmp.resolve("existing");
    Reports.writeReport(TensionFixtures.small(6), existing);
    Map<String, byte[]> before = contents(existing);
    Map<String, FileTime> times = mtimes(existing);
    MalformedResultException e =
        assertThrows(MalformedResultException.class, () -> Reports.rerender(bad, existing));
    assertEquals("/fits/nu/chi2Min", e.pointer());
    assertTrue(e.getMessage().startsWith(bad.toString() + ": /fits/nu/chi2Min: "), e.getMessage());
    Map<String, byte[]> after = contents(existing);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    assertEquals(times, mtimes(existing));

    // A folder that did not exist is not created.
    Path fresh = tmp.resolve("never");
    assertThrows(MalformedResultException.class, () -> Reports.rerender(bad, fresh));
    assertFalse(Files.exists(fresh));
    assertEquals(List.of(), leftovers(tmp));
  }

  private static Map<String, FileTime> mtimes(Path dir) throws IOException {
    Map<String, FileTime> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        m.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
      }
    }
    return m;
  }

  @Test
  void summaryJsonIsTheIssueShape() {
    String s = Reports.summaryJson(result);
    assertTrue(s.startsWith("{\"pg\":{\"chi2\":"), s);
    assertTrue(s.contains("\"fits\":{\"nu\":{"), s);
    assertTrue(s.contains("\"H0\":{") && s.contains("\"H1\":{"), s);
  }
}
