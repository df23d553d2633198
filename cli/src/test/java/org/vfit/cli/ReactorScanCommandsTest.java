package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vfit contour} and {@code profile} on the reactor data of issue 10: a grid that reaches far
 * from the minimum finishes (exit 0) and says which regions stay open, log and tan²θ₁₂ axes, a
 * plot, and one-line refusals of bad axis options.
 */
class ReactorScanCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * Issue 10: this grid stopped with "energy scale 1.1 outside the supported range" and exit 2. It
   * must finish, and its 3σ region reaches sin²θ₁₂ = 0.45, the grid's upper edge, which the output
   * says.
   */
  @Test
  void issueTenContourFinishesAndSaysTheRegionIsOpen() throws IOException {
    CliRun r =
        CliRun.of(
            "contour",
            "--datasets",
            "kamland-2011,daya-bay-theta13",
            "--sector",
            "nubar",
            "--grid",
            "0.2:0.45:11,2:12:21",
            "--quiet",
            "--json",
            "--threads",
            "2");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    JsonNode three = j.get("regions").get("3sigma");
    assertFalse(three.get("closed").asBoolean(), three.toString());
    assertTrue(three.get("openEdges").toString().contains("high sin2theta12"), three.toString());
    assertTrue(j.get("regions").get("1sigma").get("closed").asBoolean());
    assertEquals(0, j.get("failures").size(), j.get("failures").toString());
    assertTrue(j.get("restartedFrom").isArray());
  }

  /**
   * A log-spaced tan²θ₁₂ × Δm²₂₁ scan of KamLAND 2011 across both octants and from 3e-5 to 2e-4
   * eV²: the 1σ region is two islands (θ₁₂ and π/2 − θ₁₂), and the 14.9e-5 eV² island joins at 3σ
   * (Δχ² ≈ 10.6 there). The plot file is written.
   */
  @Test
  void wideReactorScanShowsTheIslands() throws IOException {
    Path png = tmp.resolve("wide.png");
    CliRun r =
        CliRun.of(
            "contour",
            "--datasets",
            "kamland-2011",
            "--sector",
            "nubar",
            "--x",
            "tan2theta12",
            "--grid",
            "0.1:10:21:log,3:20:81:log",
            "--plot",
            png.toString(),
            "--quiet",
            "--json",
            "--threads",
            "2");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals("tan2theta12", j.get("x").asText());
    assertEquals("log", j.get("xScale").asText());
    assertEquals("log", j.get("dm21Scale").asText());
    assertEquals(2, j.get("regions").get("1sigma").get("islands").asInt());
    assertTrue(j.get("regions").get("3sigma").get("islands").asInt() >= 3, r.out());
    assertTrue(j.get("regions").get("3sigma").get("closed").asBoolean());
    assertTrue(Files.size(png) > 1000);
  }

  @Test
  void badAxisOptionsAreRefusedInOneLine() {
    CliRun.of("contour", "--datasets", "kamland-2011", "--sector", "nubar", "--x", "theta12")
        .assertBadInput("--x must be sin2theta12 or tan2theta12");
    CliRun.of(
            "contour",
            "--datasets",
            "kamland-2011",
            "--sector",
            "nubar",
            "--grid",
            "0:0.5:11:log,5:10:11")
        .assertBadInput("with :log needs lo > 0");
    CliRun.of(
            "contour",
            "--datasets",
            "kamland-2011",
            "--sector",
            "nubar",
            "--plot",
            tmp.resolve("regions.gif").toString())
        .assertBadInput("must end in .png, .svg or .pdf");
    CliRun.of(
            "profile", "--datasets", "kamland-2011", "--parameter", "dm21", "--grid", "1:10:5:lin")
        .assertBadInput("--grid must be lo:hi:n or lo:hi:n:log");
    assertFalse(Files.exists(tmp.resolve("regions.gif")));
  }

  /** A log-spaced profile across KamLAND's islands: the 1σ interval sits in the main one. */
  @Test
  void logProfileAcrossTheIslands() throws IOException {
    CliRun r =
        CliRun.of(
            "profile",
            "--datasets",
            "kamland-2011",
            "--parameter",
            "dm21",
            "--grid",
            "1:20:41:log",
            "--quiet",
            "--json",
            "--threads",
            "2");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode j = JSON.readTree(r.out());
    JsonNode one = j.get("oneSigma");
    assertEquals(1, one.size(), one.toString());
    assertTrue(
        one.get(0).get("lower").asDouble() > 6.5e-5 && one.get(0).get("upper").asDouble() < 8.5e-5);
    assertEquals(0, j.get("failures").size());
  }
}
