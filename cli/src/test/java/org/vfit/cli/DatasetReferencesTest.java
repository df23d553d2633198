package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.datasets.Datasets;
import org.vfit.likelihood.Likelihoods;

/**
 * Issue 13: `datasets validate` resolved a dataset's file references against the dataset's folder,
 * `fit` against the working directory, and a `response` path was refused even when absolute. One
 * rule now, for both: relative to the file that holds the reference. The files here sit in a folder
 * that is not the working directory, so the old `fit` rule would not find them.
 */
class DatasetReferencesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void validateAndFitFollowTheSameRelativeReferences() throws Exception {
    Path sub = Files.createDirectories(tmp.resolve("my-data"));
    Files.writeString(
        sub.resolve("kamland.json"),
        Datasets.toJson(Datasets.load("kamland-2011"))
            .replace(
                "\"flux_model\": \"reactor-flux-huber-mueller\"", "\"flux_model\": \"flux.json\"")
            .replace(
                "\"kamland-reactors-kms21\", \"japan-korea-reactors-pris\", \"kamland-reactors-gefan22\"",
                "\"tables/kms21.json\"")
            .replace(
                "\"default\": \"kamland-reactors-kms21\"", "\"default\": \"tables/kms21.json\""));
    Files.writeString(
        sub.resolve("flux.json"), Datasets.toJson(Datasets.load("reactor-flux-huber-mueller")));
    Files.createDirectories(sub.resolve("tables"));
    Files.writeString(
        sub.resolve("tables/kms21.json"), Datasets.toJson(Datasets.load("kamland-reactors-kms21")));
    String mine = sub.resolve("kamland.json").toString();

    CliRun valid = CliRun.of("datasets", "validate", mine);
    assertEquals(0, valid.exit(), valid.err());
    CliRun fit = CliRun.of("fit", "--datasets", mine + ",daya-bay-theta13", "--json", "--quiet");
    assertEquals(0, fit.exit(), fit.err());
    CliRun bundled =
        CliRun.of("fit", "--datasets", "kamland-2011,daya-bay-theta13", "--json", "--quiet");
    // The same inputs through files: the same χ², bit for bit.
    assertEquals(
        JSON.readTree(bundled.out()).at("/fit/chi2Min").asDouble(),
        JSON.readTree(fit.out()).at("/fit/chi2Min").asDouble());

    // Both commands name the same missing file, resolved the same way.
    Files.delete(sub.resolve("flux.json"));
    String missing = sub.toAbsolutePath().normalize().resolve("flux.json").toString();
    CliRun.of("datasets", "validate", mine).assertBadInput(missing);
    CliRun.of("fit", "--datasets", mine + ",daya-bay-theta13").assertBadInput(missing);
  }

  /** A rates measurement's response (a cross section) may be a path too, relative or absolute. */
  @Test
  void aResponseMayBeAPath() throws Exception {
    Path sub = Files.createDirectories(tmp.resolve("ga"));
    Files.writeString(sub.resolve("ga71.json"), Datasets.toJson(Datasets.load("ga71-capture")));
    Path gallium = sub.resolve("gallium.json");
    Files.writeString(
        gallium,
        Datasets.toJson(Datasets.load("gallium"))
            .replace("\"response\": \"ga71-capture\"", "\"response\": \"ga71.json\""));
    assertEquals(0, CliRun.of("datasets", "validate", gallium.toString()).exit());
    assertEquals(org.vfit.likelihood.Sector.NU, Likelihoods.term(gallium.toString()).sector());
    Path absolute = sub.resolve("gallium-absolute.json");
    Files.writeString(
        absolute,
        Datasets.toJson(Datasets.load("gallium"))
            .replace(
                "\"response\": \"ga71-capture\"",
                "\"response\": \"" + sub.resolve("ga71.json").toAbsolutePath() + "\""));
    assertEquals(org.vfit.likelihood.Sector.NU, Likelihoods.term(absolute.toString()).sector());
    Files.delete(sub.resolve("ga71.json"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Likelihoods.term(gallium.toString()));
    assertTrue(
        e.getMessage().contains(sub.toAbsolutePath().normalize().resolve("ga71.json").toString()),
        e.getMessage());
  }
}
