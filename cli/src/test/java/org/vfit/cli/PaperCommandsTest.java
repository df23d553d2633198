package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code vfit table1} and {@code vfit paper} against the bundled printed numbers. */
class PaperCommandsTest {

  private static JsonNode json(CliRun r) throws Exception {
    assertEquals(0, r.exit(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void table1JsonComparesEveryPrintedElementAndLabelsPhasesInDegrees() throws Exception {
    JsonNode t = json(CliRun.of("table1", "--json"));
    assertEquals("degrees", t.path("phaseUnit").asText());
    // arg A_emu (NO) = 163.72° (issue 2's measurement).
    assertEquals(163.72, t.path("offDiagonal").path("emu").path("phaseDeg").asDouble(), 0.005);
    JsonNode rows = t.path("printed").path("rows");
    assertEquals(9, rows.size());
    // As printed: A_ee − mean = −3.957 (1e-4 eV²), computed −3.9244.
    assertEquals(-3.957, rows.get(0).path("printed").asDouble(), 0);
    assertEquals(-3.9244, rows.get(0).path("computed").asDouble(), 5e-5);
    assertFalse(rows.get(0).path("agrees").asBoolean());
    assertTrue(
        t.path("printed").path("findings").toString().contains("diagonal offsets sum to 2.562"));
  }

  @Test
  void paperJsonGivesTheRatioToTheMissingTwentyPercent() throws Exception {
    JsonNode p = json(CliRun.of("paper", "--json"));
    JsonNode c = p.path("appendixC");
    // N = 56 · c · π · 133.5² = 9.39985e16 /s; the missing 20 % of 1.16e17 is printed as 2.3e16.
    assertEquals(9.39985e16 / 2.3e16, c.path("ratioToMissing").asDouble(), 1e-5);
    assertEquals(2.3e16, c.path("missingFluxPerSecond").asDouble(), 0);
    assertTrue(c.path("note").asText().contains("diameter"));
    JsonNode b = p.path("printed").path("appendixB").path("NO");
    // Dm1 = −(7.49e-5 + 2.534e-3)/3 = −8.6963e-4 against the printed −8.60e-4.
    assertEquals(-8.6963e-4, b.get(2).path("computed").asDouble(), 1e-8);
    assertFalse(b.get(2).path("agrees").asBoolean());
  }

  @Test
  void galliumJsonHasTheFourReadingsAndTheAppendixCEstimate() throws Exception {
    JsonNode g = json(CliRun.of("gallium", "--json"));
    JsonNode models = g.path("models");
    assertEquals(4, models.size());
    assertEquals("constant-deficit", models.get(1).path("name").asText());
    // The weighted mean of the six ratios with the side-appropriate errors (GalliumFitTest).
    assertEquals(0.80589, models.get(1).path("parameters").get(0).path("value").asDouble(), 2e-4);
    assertEquals(0.0, models.get(1).path("deltaChi2VsConstant").asDouble(), 0);
    assertEquals(6, g.path("experiments").size());
    assertEquals(9.39985e16 / 2.3e16, g.path("appendixC").path("ratioToMissing").asDouble(), 1e-5);
  }

  @Test
  void galliumRejectsAnUnknownExperimentWithOneLine() {
    CliRun.of("gallium", "--exclude", "best-middle").assertBadInput("--exclude: no experiment");
  }

  @Test
  void baselinesOnReactorDataGiveOneSectorPerBaselineAndThePgTest(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    CliRun r =
        CliRun.of(
            "baselines",
            "--solar",
            "none",
            "--reactor",
            "kamland-2011,juno-2025,daya-bay-theta13",
            "--kappa-profile-points",
            "0",
            "--threads",
            "2",
            "--quiet",
            "--json",
            "--out",
            dir.resolve("b").toString());
    JsonNode b = json(r);
    JsonNode sectors = b.path("sectors");
    assertEquals(3, sectors.size());
    // Ordered by baseline: Daya Bay's far hall, JUNO, KamLAND (<L^-2>^(-1/2) of its reactors).
    assertEquals(1.579, sectors.get(0).path("baselineKm").asDouble(), 0);
    assertEquals(52.5, sectors.get(1).path("baselineKm").asDouble(), 0);
    assertEquals(156.0, sectors.get(2).path("baselineKm").asDouble(), 0.5);
    // Daya Bay constrains theta13 only; JUNO has its own dm21 and theta12.
    assertFalse(sectors.get(0).path("parameters").has("dm21"));
    assertTrue(sectors.get(1).path("parameters").path("dm21").path("ownToClass").asBoolean());
    // Two classes measure dm21 and theta12: dof 2; the same test among the reactors alone.
    assertEquals(2, b.path("pg").path("dof").asInt());
    assertEquals(
        b.path("pg").path("chi2").asDouble(),
        b.path("pgReactorClasses").path("chi2").asDouble(),
        1e-9);
    assertTrue(b.path("kappa").path("valid").asBoolean(), b.path("kappa").toString());
    assertTrue(java.nio.file.Files.exists(dir.resolve("b").resolve("baselines-dm21.svg")));
  }

  @Test
  void baselinesRejectsAnUnknownPerClassParameter() {
    CliRun.of("baselines", "--per-class", "dm31").assertBadInput("--per-class: unknown parameter");
  }
}
