package org.vfit.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfit.datasets.DatasetException;
import org.vfit.datasets.Datasets;

/**
 * One broken file per validation rule (src/test/resources/malformed, listed with its rule and exact
 * message in expected.tsv): each is rejected with a one-line message naming the file, the JSON
 * pointer, what was expected and what was found.
 */
class MalformedFilesTest {

  static Path dir(String name) throws URISyntaxException {
    return Path.of(MalformedFilesTest.class.getResource("/" + name + "/").toURI());
  }

  record Case(String file, String rule, String message) {}

  static List<Case> cases() throws IOException, URISyntaxException {
    List<Case> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(dir("malformed").resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Case(f[0], f[1], f[2]));
    }
    return out;
  }

  static Stream<Arguments> rules() throws IOException, URISyntaxException {
    return cases().stream().map(c -> Arguments.of(Named.of(c.rule(), c.file()), c.message()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachBrokenFileGivesItsExactMessage(String file, String expected) throws URISyntaxException {
    Path p = dir("malformed").resolve(file);
    DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(p));
    assertEquals(p + ": " + expected, e.getMessage());
    assertEquals(p.toString(), e.source());
  }

  @Test
  void theCorpusHasAllItsFilesListed() throws IOException, URISyntaxException {
    Set<String> files;
    try (Stream<Path> s = Files.list(dir("malformed"))) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(files, listed);
    // 64 files from issue 3, 10 more from issue 13's hostile inputs; none may be dropped.
    assertTrue(files.size() >= 74, "corpus size " + files.size());
  }

  @Test
  void messagesAreSingleLinesWithoutParserInternals() throws IOException, URISyntaxException {
    for (Case c : cases()) {
      String m = c.message();
      assertFalse(m.contains("\n"), c.file());
      for (String internal :
          List.of(
              "fasterxml",
              "Jackson",
              "Exception",
              "JsonParser",
              "JsonNode",
              "Feature",
              "StreamReadConstraints",
              "[Source:",
              "REDACTED",
              "(code ")) {
        assertFalse(m.contains(internal), c.file() + " mentions " + internal + ": " + m);
      }
      assertTrue(
          m.startsWith("/") || m.startsWith("(document)"),
          c.file() + " starts with a pointer: " + m);
      assertTrue(m.contains(": expected ") && m.contains(", found "), c.file() + ": " + m);
    }
  }

  /**
   * A file that is not JSON may be anything readable (an API key, /etc/shadow): no message may
   * quote any of it. Before issue 13 the parser's "Unrecognized token 'sk_live_…'" reached the
   * user.
   */
  @Test
  void syntaxErrorsQuoteNothingFromTheFile() throws URISyntaxException {
    for (String[] c :
        List.of(
            new String[] {"secret-first-token.json", "sk_live", "secret", "API"},
            new String[] {"secret-as-kind.json", "sk_live", "51Hq"},
            new String[] {"not-json-at-all.json", "KamLAND", "76 bins"})) {
      Path p = dir("malformed").resolve(c[0]);
      // The file name itself is allowed (here it says "secret"); the rest must quote nothing.
      String message =
          assertThrows(DatasetException.class, () -> Datasets.read(p))
              .getMessage()
              .substring(p.toString().length());
      for (int k = 1; k < c.length; k++) {
        assertFalse(message.contains(c[k]), c[0] + " message quotes '" + c[k] + "': " + message);
      }
    }
  }

  @Test
  void theValidBaseFilesOfTheCorpusRead() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(dir("valid"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".json")).toList();
      assertEquals(7, files.size());
      for (Path p : files) {
        assertEquals(
            p.getFileName().toString().replace(".json", ""),
            Datasets.read(p).kind().id(),
            p.toString());
      }
    }
  }
}
