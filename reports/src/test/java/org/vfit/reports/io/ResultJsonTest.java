package org.vfit.reports.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.result.TensionResult;

class ResultJsonTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String FILE = "runs/x/result.json";
  private final TensionResult result = TensionFixtures.small(3);

  @Test
  void roundTripIsIdenticalAndStable() throws Exception {
    byte[] json = ResultJson.toBytes(result);
    TensionResult back = ResultJson.fromBytes(json, FILE);
    assertEquals(
        result, back, "every double survives: Jackson writes the shortest round-tripping form");
    assertArrayEquals(json, ResultJson.toBytes(back), "writing is deterministic");
  }

  @Test
  void roundTripKeepsAbsentOptionalValues() throws Exception {
    TensionResult noToys = TensionFixtures.withoutToys(3);
    assertEquals(noToys, ResultJson.fromBytes(ResultJson.toBytes(noToys), FILE));
    assertTrue(
        new String(ResultJson.toBytes(noToys), StandardCharsets.UTF_8).contains("\"toys\" : null"));
  }

  /** The shape the CLI's --json output promises (issue 5), with values copied from the result. */
  @Test
  void summaryHasTheIssueShape() throws Exception {
    JsonNode s = TREE.readTree(ResultJson.summary(result));
    assertEquals(result.pg().chi2(), s.at("/pg/chi2").asDouble());
    assertEquals(result.pg().dof(), s.at("/pg/dof").asInt());
    assertEquals(result.pg().pValue(), s.at("/pg/pValue").asDouble());
    assertEquals(result.pg().sigma(), s.at("/pg/sigma").asDouble());
    assertEquals(result.pg().toys().pValue(), s.at("/pg/toyPValue").asDouble());
    for (String fit : new String[] {"nu", "nubar", "H0"}) {
      for (String p : new String[] {"dm21", "sin2theta12", "sin2theta13"}) {
        assertTrue(s.at("/fits/" + fit + "/" + p + "/value").isNumber(), fit + "." + p);
        assertTrue(s.at("/fits/" + fit + "/" + p + "/error").isNumber(), fit + "." + p + " error");
      }
    }
    assertEquals(result.fits().nubar().dm21().value(), s.at("/fits/nubar/dm21/value").asDouble());
    assertEquals(
        result.fits().h1().nubar().dm21().value(), s.at("/fits/H1/nubar/dm21/value").asDouble());
    assertEquals(result.fits().h0().chi2Min(), s.at("/fits/H0/chi2Min").asDouble());
    assertFalse(ResultJson.summary(result).contains("\n"), "one line on stdout");
    // The full result holds the same paths, so scripts can read either.
    JsonNode full = TREE.readTree(ResultJson.toBytes(result));
    assertEquals(s.at("/pg/chi2"), full.at("/pg/chi2"));
    assertEquals(s.at("/fits/H0/dm21"), full.at("/fits/H0/dm21"));
  }

  // ---- malformed files: each names the file and the JSON pointer, in plain words ----

  private MalformedResultException malformed(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode tree = (ObjectNode) TREE.readTree(ResultJson.toBytes(result));
    edit.accept(tree);
    return malformed(TREE.writeValueAsString(tree));
  }

  private static MalformedResultException malformed(String json) {
    MalformedResultException e =
        assertThrows(MalformedResultException.class, () -> ResultJson.fromString(json, FILE));
    String m = e.getMessage();
    assertTrue(m.startsWith(FILE + ": "), m);
    for (String leak :
        new String[] {"jackson", "fasterxml", "Exception", "\tat ", "`", "Source:", "Feature"}) {
      assertFalse(m.contains(leak), "message leaks '" + leak + "': " + m);
    }
    return e;
  }

  private static void expect(MalformedResultException e, String pointer, String problemPart) {
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problem().contains(problemPart), "problem was: " + e.problem());
    assertTrue(e.getMessage().contains(pointer), e.getMessage());
  }

  @Test
  void wrongTypeNamesTheField() throws Exception {
    expect(
        malformed(t -> ((ObjectNode) t.at("/fits/nu")).put("chi2Min", "abc")),
        "/fits/nu/chi2Min",
        "expected a number");
    expect(
        malformed(t -> ((ObjectNode) t.at("/fits/nu")).put("chi2Min", "1.5")),
        "/fits/nu/chi2Min",
        "expected a number");
    expect(
        malformed(t -> ((ObjectNode) t.at("/pg")).put("dof", 2.5)),
        "/pg/dof",
        "expected an integer");
    expect(
        malformed(t -> ((ObjectNode) t.at("/pg")).putArray("chi2")),
        "/pg/chi2",
        "expected a number");
  }

  @Test
  void missingAndNullFieldsAreNamed() throws Exception {
    expect(malformed(t -> ((ObjectNode) t.at("/fits")).remove("H0")), "/fits/H0", "missing");
    expect(malformed(t -> ((ObjectNode) t.at("/pg")).remove("dof")), "/pg/dof", "missing");
    expect(malformed(t -> ((ObjectNode) t.at("/pg")).putNull("dof")), "/pg/dof", "null");
    expect(
        malformed(t -> ((ObjectNode) t.at("/fits/nubar")).putNull("dm21")),
        "/fits/nubar/dm21",
        "required");
  }

  @Test
  void unknownFieldIsNamed() throws Exception {
    expect(
        malformed(t -> ((ObjectNode) t.at("/fits/nu")).put("chi2min", 1.0)),
        "/fits/nu/chi2min",
        "unknown field");
  }

  @Test
  void schemaRuleViolationsPointIntoArrays() throws Exception {
    expect(
        malformed(t -> ((ArrayNode) t.at("/grids/1/dm21")).set(3, 0.0)),
        "/grids/1/dm21/3",
        "strictly increasing");
    expect(
        malformed(t -> ((ArrayNode) t.at("/grids/0/deltaChi2/2")).remove(0)),
        "/grids/0/deltaChi2/2",
        "values");
    expect(
        malformed(t -> ((ObjectNode) t.at("/grids/2")).put("sector", "solar")),
        "/grids/2/sector",
        "\"nu\", \"nubar\", \"combined\"");
    expect(
        malformed(t -> ((ObjectNode) t.at("/pg")).put("pValue", 1.5)), "/pg/pValue", "probability");
    expect(
        malformed(t -> ((ObjectNode) t.at("/potentials/nu/emu")).put("phaseDeg", 10.0)),
        "/potentials/nu/emu/phaseDeg",
        "atan2");
    expect(
        malformed(t -> ((ObjectNode) t.at("/fits/H1/parameters/0")).put("minosLower", 0.1)),
        "/fits/H1/parameters/0/minosLower",
        "<= 0");
    expect(
        malformed(t -> ((ObjectNode) t.at("/run")).put("timestamp", "yesterday")),
        "/run/timestamp",
        "ISO-8601");
  }

  @Test
  void otherSchemaVersionIsRefused() throws Exception {
    expect(
        malformed(t -> t.put("schema", "vfit-tension-result/3")),
        "/schema",
        "vfit-tension-result/2");
    // Through the reader of any result: a file of the first schema is named as older.
    ObjectNode tree = (ObjectNode) TREE.readTree(ResultJson.toBytes(result));
    tree.put("schema", "vfit-tension-result/1");
    MalformedResultException old =
        assertThrows(
            MalformedResultException.class,
            () -> ResultJson.fromBytesAny(TREE.writeValueAsBytes(tree), FILE));
    expect(old, "/schema", "\"vfit-tension-result/1\" (an older vfit; rerun it)");
  }

  @Test
  void syntaxErrorsGiveTheLine() throws Exception {
    String json = new String(ResultJson.toBytes(result), StandardCharsets.UTF_8);
    MalformedResultException e = malformed(json.substring(0, json.length() / 2));
    assertTrue(e.problem().startsWith("not valid JSON: the end of the file at line "), e.problem());
    MalformedResultException nan =
        malformed(json.replaceFirst("\"chi2\" : [0-9.eE+-]+", "\"chi2\" : NaN"));
    assertEquals("/pg/chi2", nan.pointer());
    assertTrue(nan.problem().contains("not valid JSON"), nan.problem());
    expect(malformed(""), "", "empty");
    expect(malformed(json + "{}"), "", "after the end");
    MalformedResultException dup = malformed(json.replaceFirst("\\{", "{ \"schema\" : \"x\","));
    assertTrue(dup.problem().contains("twice"), dup.problem());
  }

  /**
   * Issue 13: a grid value of 1e308 passed the schema and then failed in the plots with only
   * "Infinite or NaN". The schema now bounds Δχ² and the axes, and names the field.
   */
  @Test
  void deltaChi2BeyondWhatPlotsCanDrawIsRefusedByField() throws Exception {
    MalformedResultException e =
        malformed(t -> ((ArrayNode) t.at("/grids/0/deltaChi2/3")).set(2, 1e308));
    expect(e, "/grids/0/deltaChi2/3/2", "must be a Delta chi2 in [-0.01, 1e9], was 1.0E308");
    expect(
        malformed(
            t -> {
              ArrayNode dm = (ArrayNode) t.at("/grids/1/dm21");
              dm.set(dm.size() - 1, 7.5); // 10⁻⁵ eV² written as eV²
            }),
        "/grids/1/dm21/24",
        "must lie in [0.0, 1.0]");
    expect(
        malformed(t -> ((ArrayNode) t.at("/profiles/0/deltaChi2")).set(0, -2.0)),
        "/profiles/0/deltaChi2/0",
        "must be a Delta chi2");
  }

  /** A file that is not JSON at all (a secret, /etc/shadow) is refused without quoting it. */
  @Test
  void syntaxErrorsQuoteNothingFromTheFile() {
    MalformedResultException e = malformed("sk_live_51HqLyjWDarjtT1zdp7dc");
    assertFalse(e.getMessage().contains("sk_live"), e.getMessage());
    assertEquals(
        "not valid JSON: a word that is not a JSON value at line 1, column 30", e.problem());
    MalformedResultException deep =
        assertThrows(
            MalformedResultException.class,
            () -> ResultJson.fromBytesAny(("{\"a\": " + "[".repeat(1500)).getBytes(), FILE));
    assertFalse(deep.getMessage().contains("StreamReadConstraints"), deep.getMessage());
    assertTrue(deep.problem().contains("nested more than 1000 levels"), deep.problem());
  }

  @Test
  void scanResultsRoundTripAndAreReadByTheirSchema() throws Exception {
    org.vfit.reports.result.ScanResult scan = TensionFixtures.scan(6);
    byte[] json = ResultJson.toBytes(scan);
    assertEquals(scan, ResultJson.fromBytesAny(json, FILE));
    assertEquals(result, ResultJson.fromBytesAny(ResultJson.toBytes(result), FILE));
    MalformedResultException e =
        assertThrows(
            MalformedResultException.class,
            () -> ResultJson.fromBytesAny("{\"schema\": \"something-else\"}".getBytes(), FILE));
    expect(e, "/schema", "the file has another schema");
  }
}
