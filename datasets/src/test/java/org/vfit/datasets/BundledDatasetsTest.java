package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfit.datasets.io.DatasetJson;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Status;

/** Every bundled dataset loads, survives a write/read round trip, and its references resolve. */
class BundledDatasetsTest {

  static List<String> names() {
    return Datasets.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void roundTripLoadWriteLoadIsIdentical(String name) {
    Dataset loaded = Datasets.load(name);
    String json = Datasets.toJson(loaded);
    Dataset reread = DatasetJson.read(json, name + " (rewritten)");
    assertEquals(loaded, reread);
    assertEquals(json, Datasets.toJson(reread), "writing is deterministic");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void referencesResolveToDatasetsOfTheRightKind(String name) {
    assertDoesNotThrow(() -> Datasets.validate(name));
  }

  /**
   * The links between bundled files as tools/build_bundled.py writes them (response cross sections
   * and spectra, reactor tables, flux model), found again by reading the files: a reference the
   * reader missed would make validation pass without checking anything.
   */
  @Test
  void everyBundledLinkIsFoundWithItsKind() {
    Map<String, Map<String, Kind>> expected =
        Map.of(
            "homestake", Map.of("cl37-capture", Kind.CROSS_SECTION),
            "gallium", Map.of("ga71-capture", Kind.CROSS_SECTION),
            "gallium-separate", Map.of("ga71-capture", Kind.CROSS_SECTION),
            "sno-polynomial", Map.of("sno-predicted-spectra", Kind.PREDICTED_SPECTRA),
            "kamland-2011", REACTOR_LINKS,
            "kamland-2013-periods", REACTOR_LINKS);
    Map<String, Map<String, Kind>> found = new TreeMap<>();
    for (String name : Datasets.names()) {
      for (Datasets.Reference r : Datasets.references(Datasets.load(name))) {
        found
            .computeIfAbsent(name, k -> new TreeMap<>())
            .put(r.target(), Datasets.load(r.target()).kind());
      }
    }
    assertEquals(new TreeMap<>(expected), found);
  }

  private static final Map<String, Kind> REACTOR_LINKS =
      Map.of(
          "kamland-reactors-kms21", Kind.REACTOR_BASELINES,
          "japan-korea-reactors-pris", Kind.REACTOR_UNITS,
          "kamland-reactors-gefan22", Kind.REACTOR_BASELINES,
          "reactor-flux-huber-mueller", Kind.REACTOR_FLUX_MODEL);

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void nothingUnverifiedIsBundled(String name) {
    assertNotEquals(Status.UNVERIFIED, Datasets.load(name).status());
  }

  @Test
  void indexListsExactlyTheBundledFiles() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Datasets.class.getResource("/org/vfit/datasets/bundled/index.txt").toURI())
            .getParent();
    Set<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .map(f -> f.substring(0, f.length() - ".json".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(files, new TreeSet<>(Datasets.names()));
  }

  @Test
  void theIssueNamesAreAllBundled() {
    for (String n :
        List.of(
            "kamland-2011",
            "kamland-2013-periods",
            "kamland-reactors-kms21",
            "japan-korea-reactors-pris",
            "reactor-flux-huber-mueller",
            "homestake",
            "gallium",
            "sno-polynomial",
            "sno-nc",
            "superk",
            "superk-day-night",
            "borexino",
            "cl37-capture",
            "ga71-capture",
            "sno-predicted-spectra",
            "juno-2025",
            "daya-bay-theta13")) {
      assertTrue(Datasets.isBundled(n), n);
    }
  }
}
