package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensionCommandTest {
  @TempDir Path tmp;

  /**
   * A small but complete run: SNO and Borexino (ν) against JUNO 2025 (ν̄), θ₁₃ fixed, coarse grids.
   * Everything the default run does, in seconds.
   */
  private CliRun smallRun(Path out, String... extra) {
    String[] base = {
      "tension",
      "--solar",
      "sno-polynomial,borexino",
      "--reactor",
      "juno-2025",
      "--theta13",
      "none",
      "--grid-points",
      "7",
      "--profile-points",
      "7",
      "--out",
      out.toString(),
      "--quiet",
      "--json"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRun.of(all);
  }

  @Test
  void smallRunWritesTheReportAndASummaryThatMatchesIt() throws Exception {
    Path out = tmp.resolve("run");
    CliRun r = smallRun(out);
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    for (String f :
        new String[] {
          "result.json", "report.html", "tension.png", "tension.svg", "profile-dm21.png"
        }) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    JsonNode summary = new ObjectMapper().readTree(r.out());
    // dof 2: H1 frees Δm²21 and θ12, θ13 shared (fixed here)
    assertEquals(2, summary.at("/pg/dof").asInt());
    double chi2 = summary.at("/pg/chi2").asDouble();
    assertTrue(chi2 >= 0, r.out());
    // Wilks for 2 dof: p = exp(−χ²/2)
    assertEquals(Math.exp(-chi2 / 2), summary.at("/pg/pValue").asDouble(), 1e-9);
    // The ν̄ fit of JUNO alone returns JUNO's central value (its Gaussian likelihood's minimum),
    // and H1's ν̄ part equals it.
    assertEquals(7.50e-5, summary.at("/fits/nubar/dm21/value").asDouble(), 1e-9);
    assertEquals(0.3092, summary.at("/fits/nubar/sin2theta12/value").asDouble(), 1e-5);
    JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
    assertEquals(summary.at("/pg/chi2").asDouble(), result.at("/pg/chi2").asDouble(), 0.0);
    assertEquals(3, result.at("/grids").size());
    assertEquals(8, result.at("/profiles").size());
    assertTrue(result.at("/potentials/nu/ee").isNumber());
    // Both figures of merit: the 1-dof significance of delta dm21 = 0 is sqrt of its delta chi2,
    // and (one of the two tied parameters) never more than chi2_PG.
    double dm = summary.at("/pg/oneDof/dm21Sigma").asDouble();
    assertEquals(
        Math.sqrt(Math.max(0, result.at("/pg/oneDof/dm21/deltaChi2").asDouble())), dm, 1e-12);
    assertTrue(dm * dm <= chi2 + 1e-3, dm + " vs " + chi2);
    assertTrue(summary.at("/pg/oneDof/sin2theta12Sigma").isNumber());
    // The V-model reading: the elements of A_nubar - A_nu* with errors, rendered in the report.
    assertEquals(12, result.at("/matrixElements/difference").size());
    assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"vmodel\""));
  }

  @Test
  void reRenderingFromTheResultFileGivesTheSamePlots() throws Exception {
    Path out = tmp.resolve("run");
    assertEquals(Vfit.EXIT_OK, smallRun(out).exit());
    Path again = tmp.resolve("again");
    CliRun r =
        CliRun.of(
            "report", out.resolve("result.json").toString(), "--out", again.toString(), "--quiet");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    // SVG is deterministic text: a re-render from result.json must give identical bytes.
    assertArrayEquals(
        Files.readAllBytes(out.resolve("tension.svg")),
        Files.readAllBytes(again.resolve("tension.svg")));
    assertArrayEquals(
        Files.readAllBytes(out.resolve("result.json")),
        Files.readAllBytes(again.resolve("result.json")));
  }

  @Test
  void badInputExitsTwoAndWritesNothing() {
    Path out = tmp.resolve("never");
    CliRun.of("tension", "--solar", "kamland-2011", "--out", out.toString())
        .assertBadInput("not a solar");
    CliRun.of("tension", "--reactor", "sno-polynomial", "--out", out.toString())
        .assertBadInput("not a reactor");
    CliRun.of("tension", "--solar", "no-such-set", "--out", out.toString())
        .assertBadInput("no-such-set");
    CliRun.of("tension", "--toys", "-3", "--out", out.toString()).assertBadInput("--toys");
    CliRun.of("tension", "--grid-points", "2", "--out", out.toString())
        .assertBadInput("--grid-points");
    CliRun.of("tension", "--checkpoint", "x.jsonl", "--out", out.toString())
        .assertBadInput("--checkpoint");
    assertFalse(Files.exists(out));
  }

  @Test
  void badLeverValuesAndOverlapsExitTwoNamingTheOptionOrTheDatasets() {
    Path out = tmp.resolve("never");
    CliRun.of("tension", "--theta13", "1.5", "--out", out.toString()).assertBadInput("--theta13");
    CliRun.of("tension", "--theta13", "-0.01", "--out", out.toString()).assertBadInput("--theta13");
    CliRun.of("tension", "--geo", "sometimes", "--out", out.toString()).assertBadInput("--geo");
    CliRun.of("tension", "--propagation", "tunnel", "--out", out.toString())
        .assertBadInput("--propagation");
    CliRun.of("tension", "--solar-model", "bs05", "--out", out.toString())
        .assertBadInput("--solar-model");
    CliRun.of("tension", "--superk", "both", "--out", out.toString()).assertBadInput("--superk");
    CliRun.of(
            "tension", "--superk", "spectra", "--solar", "sno-polynomial", "--out", out.toString())
        .assertBadInput("--superk");
    CliRun.of(
            "tension",
            "--pris-window",
            "2009-01-01:2002-01-01",
            "--reactor-table",
            "pris",
            "--out",
            out.toString())
        .assertBadInput("--pris-window");
    // Super-K's SK-IV day-night asymmetry twice: refused before any fit, naming both datasets.
    CliRun.of(
            "tension",
            "--solar",
            "sno-polynomial,superk-day-night,superk-iv-day-night",
            "--out",
            out.toString())
        .assertBadInput("superk-iv-day-night");
    CliRun.of("fit", "--datasets", "superk-i,superk-i-spectrum").assertBadInput("SK-I");
    CliRun.of("fit", "--datasets", "juno-2025", "--theta13", "2").assertBadInput("--theta13");
    assertFalse(Files.exists(out));
  }

  @Test
  void aRunCardWithABadLeverInItsSecondRunIsRefusedBeforeTheFirstRuns() throws Exception {
    Path out = tmp.resolve("first");
    Path card = tmp.resolve("card.json");
    Files.writeString(
        card,
        "{\"vfitRunCard\": 1, \"runs\": ["
            + "{\"command\": \"fit\", \"options\": {\"datasets\": [\"juno-2025\"], \"quiet\": true}},"
            + "{\"command\": \"tension\", \"options\": {\"geo\": \"sometimes\", \"out\": \""
            + out.toString().replace("\\", "/")
            + "\"}}]}");
    CliRun r = CliRun.of("run", card.toString());
    r.assertBadInput("/runs/1/options");
    assertTrue(r.err().contains("--geo"), r.err());
    // Nothing ran: the first run (a fit) would have printed its result.
    assertTrue(r.out().isBlank(), r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void malformedRunCardOrResultFileExitsTwoNamingTheField() throws Exception {
    Path card = tmp.resolve("card.json");
    Files.writeString(
        card,
        "{\"vfitRunCard\": 1, \"command\": \"tension\", \"options\": {\"toys\": {\"n\": 3}}}");
    CliRun.of("run", card.toString()).assertBadInput("/options/toys");
    Path result = tmp.resolve("result.json");
    Files.writeString(result, "{\"schema\": \"vfit-tension-result/2\", \"run\": 42}");
    Path out = tmp.resolve("rendered");
    CliRun.of("report", result.toString(), "--out", out.toString()).assertBadInput("/run");
    assertFalse(Files.exists(out));
  }
}
