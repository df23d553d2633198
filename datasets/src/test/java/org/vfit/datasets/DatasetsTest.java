package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;

/** Loading by name, reading by path, resolving --dataset arguments and checking references. */
class DatasetsTest {

  @TempDir Path tmp;

  private static Path valid(String name) throws URISyntaxException {
    return Path.of(DatasetsTest.class.getResource("/valid/" + name + ".json").toURI());
  }

  @Test
  void resolveTakesABundledNameOrAPath() throws URISyntaxException {
    assertEquals("homestake", Datasets.resolve("homestake").name());
    assertEquals("test-rates", Datasets.resolve(valid("rates").toString()).name());
  }

  @Test
  void resolveSaysWhenANameIsNeitherBundledNorAFile() {
    DatasetException e =
        assertThrows(DatasetException.class, () -> Datasets.resolve("kamland-2099"));
    assertEquals(
        "kamland-2099: (document): expected the name of a bundled dataset or a path to a dataset file, "
            + "found neither (no bundled dataset and no file of that name; see 'vfit datasets list')",
        e.getMessage());
  }

  @Test
  void resolveReportsAMissingFile() {
    String path = tmp.resolve("absent.json").toString();
    DatasetException e = assertThrows(DatasetException.class, () -> Datasets.resolve(path));
    assertEquals(
        path + ": (document): expected a readable dataset file, found no such file",
        e.getMessage());
  }

  @Test
  void aDatasetOfTheWrongKindIsReportedAsSuch() {
    DatasetException e =
        assertThrows(
            DatasetException.class, () -> Datasets.resolve("homestake", ReactorSpectrum.class));
    assertEquals(
        "homestake: /kind: expected a reactor-spectrum dataset, found a rates dataset",
        e.getMessage());
  }

  @Test
  void loadRejectsUnknownNames() {
    DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load("no-such-data"));
    assertTrue(
        e.getMessage()
            .startsWith("no-such-data: (document): expected the name of a bundled dataset"));
  }

  @Test
  void validateFollowsReferencesOfAUserFile() throws IOException, URISyntaxException {
    assertEquals("test-reactor", Datasets.validate(valid("reactor-spectrum").toString()).name());
    Path broken = tmp.resolve("kamland.json");
    Files.writeString(
        broken,
        Files.readString(valid("reactor-spectrum"))
            .replace(
                "\"flux_model\": \"reactor-flux-huber-mueller\"", "\"flux_model\": \"homestake\""));
    DatasetException e =
        assertThrows(DatasetException.class, () -> Datasets.validate(broken.toString()));
    assertEquals(
        broken
            + ": /flux_model: expected the name or path of a reactor-flux-model dataset, "
            + "found \"homestake\", a rates dataset",
        e.getMessage());
  }

  @Test
  void referencesMayBePathsRelativeToTheReferringFile() throws IOException, URISyntaxException {
    Files.copy(valid("reactor-units"), tmp.resolve("my-reactors.json"));
    Path spectrum = tmp.resolve("spectrum.json");
    Files.writeString(
        spectrum,
        Files.readString(valid("reactor-spectrum"))
            .replace(
                "\"tables\": [\"kamland-reactors-kms21\"], \"default\": \"kamland-reactors-kms21\"",
                "\"tables\": [\"my-reactors.json\"], \"default\": \"my-reactors.json\""));
    assertEquals("test-reactor", Datasets.validate(spectrum.toString()).name());
    Files.delete(tmp.resolve("my-reactors.json"));
    DatasetException e =
        assertThrows(DatasetException.class, () -> Datasets.validate(spectrum.toString()));
    assertTrue(
        e.getMessage()
            .startsWith(
                spectrum
                    + ": /reactors/tables/0: expected the name or path of a "
                    + "reactor-baselines or reactor-units dataset, found \"my-reactors.json\", which cannot be loaded"),
        e.getMessage());
  }

  @Test
  void writtenFilesReadBackEqual() throws URISyntaxException {
    Rates rates = Datasets.read(valid("rates"), Rates.class);
    Path out = tmp.resolve("copy.json");
    Datasets.write(rates, out);
    assertEquals(rates, Datasets.read(out));
  }

  @Test
  void theCatalogueHasOneLinePerBundledDataset() {
    assertEquals(Datasets.names().size(), Datasets.catalogue().size());
    assertTrue(
        Datasets.catalogue()
            .get("kamland-2011")
            .startsWith("reactor-spectrum secondary A. Gando et al."));
  }
}
