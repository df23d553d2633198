package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.oscillation.MixingParameters;
import picocli.CommandLine;

/** Issue 13's everyday surface: help, version, suggestions, conventions, defaults, cautions. */
class SurfaceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REACTOR = "juno-2025,daya-bay-theta13";

  @TempDir Path tmp;

  /**
   * `vfit --help` cut every description mid-sentence ("(H-model:"): the command list showed the
   * first line of each description. Every entry is now a whole sentence.
   */
  @Test
  void theCommandListShowsWholeSentences() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.exit());
    CommandLine cl =
        Vfit.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (var e : cl.getSubcommands().entrySet()) {
      String summary = HelpText.summary(e.getValue().getCommandSpec());
      assertTrue(summary.endsWith("."), e.getKey() + ": '" + summary + "'");
      // The first words of the summary follow the command's name in the list.
      String start = summary.substring(0, Math.min(25, summary.length()));
      assertTrue(r.out().contains("  " + e.getKey()), e.getKey());
      assertTrue(r.out().replaceAll("\\s+", " ").contains(start.replaceAll("\\s+", " ")), start);
    }
    assertFalse(r.out().contains("(H-model:\n"), r.out());
  }

  /** Issue 13: `SET[,SET...][,SET[,SET...]...]...` for comma-separated options. */
  @Test
  void listOptionsReadAsTheyAreTyped() {
    for (String cmd : new String[] {"tension", "fit", "contour", "toys"}) {
      String help = CliRun.of(cmd, "--help").out();
      assertFalse(help.contains("...][,"), cmd + " help:\n" + help);
      assertFalse(help.contains("...]...]"), cmd + " help:\n" + help);
    }
    assertTrue(CliRun.of("tension", "--help").out().contains("--solar=SET[,SET...]  "));
    assertTrue(CliRun.of("fit", "--help").out().contains("--datasets=NAME[,NAME...]"));
  }

  @Test
  void helpLinesFitTheHelpWidth() {
    for (String cmd : new String[] {"tension", "fit", "contour", "report", "export", "run"}) {
      for (String line : CliRun.of(cmd, "--help").out().split("\n")) {
        assertTrue(line.length() <= Vfit.HELP_WIDTH, cmd + ": " + line.length() + ": " + line);
      }
    }
  }

  /**
   * A bare '%' in a description ("the solar model's 12 % prior") made picocli print a format
   * warning to the terminal above every `tension --help`: every subcommand's help formats cleanly.
   */
  @Test
  void everyHelpFormatsWithoutPicocliWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String cmd :
          Vfit.commandLine(
                  new java.io.PrintWriter(java.io.Writer.nullWriter()),
                  new java.io.PrintWriter(java.io.Writer.nullWriter()))
              .getSubcommands()
              .keySet()) {
        CliRun.of(cmd, "--help");
      }
    } finally {
      System.setErr(saved);
    }
    String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(warnings.contains("picocli WARN"), warnings);
  }

  /** Issue 13: "vfit vfit development build" with no commit. */
  @Test
  void theVersionNamesTheCommit() {
    CliRun r = CliRun.of("--version");
    assertEquals(0, r.exit());
    Matcher m =
        Pattern.compile("^vfit (\\S+) \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)\\n$")
            .matcher(r.out());
    assertTrue(m.find(), r.out());
    assertFalse(r.out().contains("vfit vfit"), r.out());
    // Built from a git checkout (as the tests are), the commit is known.
    assertFalse(r.out().contains("unknown"), r.out());
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun r = CliRun.of("tensoin");
    r.assertBadInput("Unmatched argument");
    assertTrue(r.err().contains("Did you mean: tension"), r.err());
    assertTrue(r.err().contains("Try 'vfit --help'."), r.err());
    CliRun option = CliRun.of("fit", "--datasets", REACTOR, "--hypotesis", "H1");
    assertTrue(option.err().contains("Did you mean: --hypothesis?"), option.err());
  }

  /**
   * Issue 13: A_eμ read −163.7° in the report and 196.3° in `fit`. Both now use (−180°, 180°], in
   * text and JSON, and the value is the argument of the printed Re and Im.
   */
  @Test
  void phasesAreInOneConventionInTextAndJson() throws IOException {
    Path solar = solarConstraint();
    CliRun json =
        CliRun.of("fit", "--datasets", solar + "," + REACTOR, "--hypothesis", "H1", "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode pots = JSON.readTree(json.out()).at("/fit/potentials");
    for (String sector : new String[] {"nu", "nubar"}) {
      assertEquals("degrees in (-180, 180]", pots.at("/" + sector + "/phaseUnit").asText());
      for (String el : new String[] {"emu", "etau", "mutau"}) {
        JsonNode e = pots.at("/" + sector + "/" + el);
        double phase = e.get("phaseDeg").asDouble();
        assertTrue(phase > -180 && phase <= 180, sector + " " + el + " " + phase);
        // Independent check: atan2 of the element's own parts (1e-12: degrees of doubles).
        assertEquals(
            Math.toDegrees(Math.atan2(e.get("im").asDouble(), e.get("re").asDouble())),
            phase,
            1e-12);
      }
    }
    CliRun text = CliRun.of("fit", "--datasets", solar + "," + REACTOR, "--hypothesis", "H1");
    double emu = pots.at("/nu/emu/phaseDeg").asDouble();
    assertTrue(
        text.out().contains(String.format(java.util.Locale.ROOT, "phase %.2f deg", emu)),
        text.out());
  }

  /** One error convention: JSON says which error it quotes, and the text labels it. */
  @Test
  void errorsAreLabelledInTextAndJson() throws IOException {
    CliRun json = CliRun.of("fit", "--datasets", REACTOR, "--json");
    JsonNode dm21 = JSON.readTree(json.out()).at("/fit/sectors/nubar/dm21");
    assertEquals(dm21.get("minosLower").isNull() ? "HESSE" : "MINOS", dm21.get("quoted").asText());
    CliRun text = CliRun.of("fit", "--datasets", REACTOR);
    assertTrue(text.out().contains("(MINOS)") || text.out().contains("(HESSE)"), text.out());
    assertFalse(text.out().contains("+- 0 "), text.out());
  }

  /** Issue 13: `prob` and `solar-pee` defaulted to different reference parameters. */
  @Test
  void probAndSolarPeeDefaultToTheSameReference() throws IOException {
    JsonNode pee =
        JSON.readTree(
            CliRun.of("solar-pee", "--component", "8B", "--energy-mev", "10", "--json").out());
    MixingParameters ref = AnalysisReference.nufit();
    MixingParameters prob = new MixingOptions().toMixing();
    // The same numbers, not just close: one source (the paper's NuFit-6.0 NO inputs).
    assertEquals(ref.dm21EV2(), pee.at("/parameters/dm21").asDouble());
    assertEquals(ref.sin2Theta12(), pee.at("/parameters/sin2theta12").asDouble());
    assertEquals(ref.sin2Theta13(), pee.at("/parameters/sin2theta13").asDouble());
    assertEquals(ref.dm31EV2(), pee.at("/parameters/dm31").asDouble());
    assertEquals(ref.dm21EV2(), prob.dm21EV2());
    // 1e-15: sin² of the same angle in degrees, converted once here and once there.
    assertEquals(ref.sin2Theta12(), prob.sin2Theta12(), 1e-15);
    assertEquals(ref.sin2Theta13(), prob.sin2Theta13(), 1e-15);
  }

  /** Issue 13: a 4-toy result printed a σ without warning. */
  @Test
  void aFewToysComeWithACaution() throws IOException {
    Path cp = tmp.resolve("toys.jsonl");
    Path solar = solarConstraint();
    CliRun r =
        CliRun.of(
            "toys",
            "--datasets",
            solar + "," + REACTOR,
            "--n",
            "4",
            "--seed",
            "3",
            "--checkpoint",
            cp.toString(),
            "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("caution: only 4 toys"), r.out());
    CliRun json =
        CliRun.of(
            "toys",
            "--datasets",
            solar + "," + REACTOR,
            "--n",
            "4",
            "--seed",
            "3",
            "--checkpoint",
            cp.toString(),
            "--quiet",
            "--json");
    assertTrue(
        JSON.readTree(json.out()).at("/toys/caution").asText().startsWith("only 4 toys"),
        json.out());
  }

  /** A ν-sector Gaussian constraint, as in AnalysisCommandsTest. */
  private Path solarConstraint() throws IOException {
    Path p = tmp.resolve("solar-test.json");
    Files.writeString(
        p,
        """
        {
          "kind": "gaussian-constraint",
          "name": "solar-test",
          "title": "Test input (nu sector); not a measurement",
          "status": "unverified",
          "provenance": {"authors": "vfit tests", "title": "synthetic", "year": 2025,
            "table_or_figure": "none", "read_in": "written by SurfaceTest"},
          "units": {"sin2_theta12": "dimensionless", "dm2_21": "eV^2"},
          "sector": "neutrino",
          "mass_ordering": "any",
          "parameters": [
            {"name": "sin2_theta12", "value": 0.306, "sigma": 0.013},
            {"name": "dm2_21", "value": 6.1e-05, "sigma": 1.0e-05}
          ],
          "correlation": [[1.0, 0.0], [0.0, 1.0]]
        }
        """);
    return p;
  }
}
