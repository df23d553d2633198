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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vfit fit|profile|contour|toys} on the real JUNO and Daya Bay constraints plus a ν-sector
 * Gaussian written here: results, exit codes 0/1/2, one-line errors without stack traces.
 */
class AnalysisCommandsTest {

  private static final String REACTOR = "juno-2025,daya-bay-theta13";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private String solar;

  private record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Vfit.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static void assertOneLineError(Run r) {
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(r.err().startsWith("vfit: "), r.err());
    assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("vfit: ")).count(), r.err());
  }

  /**
   * A ν-sector Gaussian constraint: Δm²₂₁ = (6.1 ± 1.0)e-5 eV², sin²θ₁₂ = 0.306 ± 0.013,
   * uncorrelated.
   */
  @BeforeEach
  void writeSolarConstraint() throws IOException {
    Path p = tmp.resolve("solar-test.json");
    Files.writeString(
        p,
        """
        {
          "kind": "gaussian-constraint",
          "name": "solar-test",
          "title": "Test input for the analysis commands (nu sector); not a measurement",
          "status": "unverified",
          "provenance": {"authors": "vfit tests", "title": "synthetic", "year": 2025,
            "table_or_figure": "none", "read_in": "written by AnalysisCommandsTest"},
          "units": {"sin2_theta12": "dimensionless", "dm2_21": "eV^2"},
          "notes": ["synthetic"],
          "sector": "neutrino",
          "mass_ordering": "any",
          "parameters": [
            {"name": "sin2_theta12", "value": 0.306, "sigma": 0.013},
            {"name": "dm2_21", "value": 6.1e-05, "sigma": 1.0e-05}
          ],
          "correlation": [[1.0, 0.0], [0.0, 1.0]]
        }
        """);
    solar = p.toString();
  }

  @Test
  void fitOfTheReactorConstraintsIsValidAndReturnsThem() throws IOException {
    Run r = run("fit", "--datasets", REACTOR, "--json", "--threads", "2");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode fit = r.json().get("fit");
    assertTrue(fit.get("valid").asBoolean());
    JsonNode nubar = fit.get("sectors").get("nubar");
    // Gaussian constraints on the fitted quantities: the fit lands on the published centres (1e-4
    // relative, the Asimov closure the fit tests demand) with their errors (1e-3, HESSE).
    assertEquals(7.5e-5, nubar.get("dm21").get("value").asDouble(), 1e-4 * 7.5e-5);
    assertEquals(1.2e-6, nubar.get("dm21").get("error").asDouble(), 1e-3 * 1.2e-6);
    assertEquals(0.3092, nubar.get("sin2theta12").get("value").asDouble(), 1e-4 * 0.3092);
    assertTrue(fit.get("sectors").get("nu") == null, "no nu data, no nu sector");
    assertEquals(
        0.0,
        fit.get("potentials").get("nubar").get("ee").asDouble()
            + fit.get("potentials").get("nubar").get("mumu").asDouble()
            + fit.get("potentials").get("nubar").get("tautau").asDouble(),
        1e-9,
        "traceless diagonal");
    Run text = run("fit", "--datasets", REACTOR);
    assertEquals(Vfit.EXIT_OK, text.exit());
    assertTrue(text.out().contains("valid minimum"), text.out());
    assertTrue(text.out().contains("Migrad"), "Minuit's summary box");
  }

  @Test
  void anInvalidFitExitsOneWithItsFlags() {
    // The ν constraint does not depend on θ₁₃; freed under H1, ν's θ₁₃ is a flat direction.
    Run flat =
        run("fit", "--datasets", solar + "," + REACTOR, "--hypothesis", "H1", "--free-theta13");
    assertEquals(Vfit.EXIT_ANALYSIS_FAILURE, flat.exit(), flat.err());
    assertTrue(flat.out().contains("NOT A VALID MINIMUM"), flat.out());
    assertTrue(
        flat.err().contains("analysis failed") && flat.err().contains("HESSE failed"), flat.err());
    assertOneLineError(flat);
    Run starved = run("fit", "--datasets", REACTOR, "--max-calls", "8", "--json");
    assertEquals(Vfit.EXIT_ANALYSIS_FAILURE, starved.exit(), starved.err());
    assertTrue(starved.out().contains("\"valid\" : false"), starved.out());
    assertOneLineError(starved);
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    Run unknown = run("fit", "--datasets", "juno-2025,no-such-dataset");
    assertEquals(Vfit.EXIT_BAD_INPUT, unknown.exit());
    assertTrue(unknown.err().contains("no-such-dataset"), unknown.err());
    assertOneLineError(unknown);
    Run contradictory = run("fit", "--datasets", REACTOR, "--hypothesis", "H0", "--free-theta13");
    assertEquals(Vfit.EXIT_BAD_INPUT, contradictory.exit());
    assertTrue(contradictory.err().contains("contradicts"), contradictory.err());
    assertOneLineError(contradictory);
    assertEquals(
        Vfit.EXIT_BAD_INPUT, run("fit", "--datasets", REACTOR, "--hypothesis", "H2").exit());
    // a prediction input (a cross-section table), not a measurement: no likelihood term
    Run kind = run("fit", "--datasets", "cl37-capture");
    assertEquals(Vfit.EXIT_BAD_INPUT, kind.exit(), "a dataset that is not a measurement");
    assertOneLineError(kind);
    Run outside = run("profile", "--datasets", REACTOR, "--parameter", "dm21", "--grid", "0:200:5");
    assertEquals(Vfit.EXIT_BAD_INPUT, outside.exit());
    assertTrue(outside.err().contains("allowed range"), outside.err());
    Run badGrid = run("profile", "--datasets", REACTOR, "--parameter", "dm21", "--grid", "7:6:5");
    assertEquals(Vfit.EXIT_BAD_INPUT, badGrid.exit());
    assertOneLineError(badGrid);
    Run deltaUnderH0 =
        run(
            "profile",
            "--datasets",
            solar + "," + REACTOR,
            "--parameter",
            "delta.dm21",
            "--grid",
            "0:3:4",
            "--hypothesis",
            "H0");
    assertEquals(Vfit.EXIT_BAD_INPUT, deltaUnderH0.exit());
    assertOneLineError(deltaUnderH0);
    Run noNu = run("contour", "--datasets", REACTOR, "--sector", "nu");
    assertEquals(Vfit.EXIT_BAD_INPUT, noNu.exit());
    assertOneLineError(noNu);
    Run oneSector =
        run(
            "toys",
            "--datasets",
            REACTOR,
            "--n",
            "3",
            "--seed",
            "1",
            "--checkpoint",
            tmp.resolve("x.jsonl").toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, oneSector.exit());
    assertTrue(oneSector.err().contains("both sectors"), oneSector.err());
    assertFalse(Files.exists(tmp.resolve("x.jsonl")), "nothing written on bad input");
    Run homeWithoutSpark =
        run(
            "toys",
            "--datasets",
            solar + "," + REACTOR,
            "--n",
            "3",
            "--seed",
            "1",
            "--checkpoint",
            tmp.resolve("y.jsonl").toString(),
            "--spark-home",
            tmp.toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, homeWithoutSpark.exit());
    Run noSpark =
        run(
            "toys",
            "--datasets",
            solar + "," + REACTOR,
            "--n",
            "3",
            "--seed",
            "1",
            "--quiet",
            "--checkpoint",
            tmp.resolve("z.jsonl").toString(),
            "--spark",
            "local[2]",
            "--spark-home",
            tmp.toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, noSpark.exit(), noSpark.err());
    assertTrue(noSpark.err().contains("not installed"), noSpark.err());
    assertOneLineError(noSpark);
  }

  /**
   * Regression (0cb4231): a checkpoint that cannot be written (its folder is a file) is bad input:
   * exit 2 with one line naming the checkpoint, not a stack trace.
   */
  @Test
  void anUnwritableCheckpointExitsTwoWithOneLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "");
    Run r =
        run(
            "toys",
            "--datasets",
            solar + "," + REACTOR,
            "--n",
            "2",
            "--seed",
            "1",
            "--quiet",
            "--checkpoint",
            file.resolve("toys.jsonl").toString());
    assertEquals(Vfit.EXIT_BAD_INPUT, r.exit(), r.err());
    assertTrue(r.err().contains("checkpoint"), r.err());
    // One line and no stack trace (the line ends with the I/O error's kind in parentheses, so the
    // stricter assertOneLineError, which refuses the word "Exception", does not apply).
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("vfit: "), r.err());
  }

  @Test
  void profileOfTheDm21DifferenceHasTheAnalyticInterval() throws IOException {
    Run r =
        run(
            "profile",
            "--datasets",
            solar + "," + REACTOR,
            "--parameter",
            "delta.dm21",
            "--grid",
            "-3:6:37",
            "--json",
            "--quiet");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode p = r.json();
    // δ = 7.5 − 6.1 = 1.4e-5 eV², σ = √(1.0² + 0.12²)e-5 eV²; ends to 1e-3 σ (see the fit module's
    // ScanTest).
    double sigma = Math.hypot(1.0, 0.12) * 1e-5;
    JsonNode one = p.get("oneSigma").get(0);
    assertEquals(1.4e-5 - sigma, one.get("lower").asDouble(), 1e-3 * sigma);
    assertEquals(1.4e-5 + sigma, one.get("upper").asDouble(), 1e-3 * sigma);
    JsonNode three = p.get("threeSigma").get(0);
    assertEquals(1.4e-5 - 3 * sigma, three.get("lower").asDouble(), 1e-3 * sigma);
    assertEquals(1.4e-5 + 3 * sigma, three.get("upper").asDouble(), 1e-3 * sigma);
    assertEquals("eV^2", p.get("unit").asText());
  }

  @Test
  void contourJsonHasTheGridAndLevels() throws IOException {
    Run r =
        run(
            "contour",
            "--datasets",
            REACTOR,
            "--sector",
            "nubar",
            "--grid",
            "0.28:0.34:7,7.2:7.8:5",
            "--json",
            "--quiet");
    assertEquals(Vfit.EXIT_OK, r.exit(), r.err());
    JsonNode c = r.json();
    assertEquals(5, c.get("deltaChi2").size());
    assertEquals(7, c.get("deltaChi2").get(0).size());
    assertEquals(2.30, c.get("levels").get(0).asDouble(), 0.005);
    assertEquals(0, c.get("invalidPoints").asInt());
    // At (0.3092 − 0.0087·√2.3, 7.5e-5): the 1σ (2 dof) boundary along sin²θ₁₂ is Δχ² = 2.30 by
    // construction;
    // here check the centre row: Δχ² = ((s − 0.3092)/0.0087)² at Δm²₂₁ = 7.5e-5 (row 2), to 1e-3.
    double s = 0.28;
    assertEquals(
        Math.pow((s - 0.3092) / 0.0087, 2), c.get("deltaChi2").get(2).get(0).asDouble(), 1e-3);
  }

  @Test
  void toysResumeAndDoNotDependOnThreads() throws IOException {
    String data = solar + "," + REACTOR;
    Path cp = tmp.resolve("toys.jsonl");
    Run a =
        run(
            "toys",
            "--datasets",
            data,
            "--n",
            "40",
            "--seed",
            "5",
            "--checkpoint",
            cp.toString(),
            "--threads",
            "2",
            "--json",
            "--quiet");
    assertEquals(Vfit.EXIT_OK, a.exit(), a.err());
    JsonNode ja = a.json();
    assertEquals(40, ja.get("toys").get("counted").asInt());
    assertEquals(2, ja.get("pg").get("dof").asInt());
    Run resumed =
        run(
            "toys",
            "--datasets",
            data,
            "--n",
            "40",
            "--seed",
            "5",
            "--checkpoint",
            cp.toString(),
            "--threads",
            "1",
            "--json",
            "--quiet");
    assertEquals(40, resumed.json().get("toys").get("resumed").asInt());
    assertEquals(ja.get("toys").get("statistics"), resumed.json().get("toys").get("statistics"));
    Run fresh =
        run(
            "toys",
            "--datasets",
            data,
            "--n",
            "40",
            "--seed",
            "5",
            "--checkpoint",
            tmp.resolve("fresh.jsonl").toString(),
            "--threads",
            "1",
            "--json",
            "--quiet");
    for (String field : new String[] {"statistics", "pValue", "pValueError", "sigma", "ks"}) {
      assertEquals(
          ja.get("toys").get(field),
          fresh.json().get("toys").get(field),
          field + ": 2 threads vs 1");
    }
    Run otherSeed =
        run(
            "toys",
            "--datasets",
            data,
            "--n",
            "40",
            "--seed",
            "6",
            "--checkpoint",
            cp.toString(),
            "--quiet");
    assertEquals(Vfit.EXIT_BAD_INPUT, otherSeed.exit());
    assertTrue(otherSeed.err().contains("seed"), otherSeed.err());
    assertOneLineError(otherSeed);
  }

  @Test
  void progressGoesToStderrInPlainLinesAndNotWithQuiet() {
    String[] args = {
      "contour", "--datasets", REACTOR, "--sector", "nubar", "--grid", "0.28:0.34:10,7.2:7.8:10"
    };
    Run loud = run(args);
    assertEquals(Vfit.EXIT_OK, loud.exit(), loud.err());
    // Not a terminal under the test runner: whole lines, the last one at 100%.
    assertTrue(loud.err().lines().allMatch(l -> l.startsWith("contour nubar: ")), loud.err());
    assertTrue(
        loud.err().strip().endsWith("elapsed") && loud.err().contains("100/100 (100%)"),
        loud.err());
    assertFalse(loud.err().contains("\r"));
    assertFalse(loud.out().contains("contour nubar: "), "progress stays off stdout");
    String[] quiet = java.util.Arrays.copyOf(args, args.length + 1);
    quiet[args.length] = "--quiet";
    assertEquals("", run(quiet).err());
  }
}
