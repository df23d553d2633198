package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                    + "reactor-baselines or reactor-units dataset, found \""
                    + tmp.toRealPath().resolve("my-reactors.json")
                    + "\", which cannot be loaded"),
        e.getMessage());
  }

  /**
   * Issue 13: validate resolved references against the dataset's folder, the fit against the
   * working directory. Now reading anchors them: the record holds the absolute path, so every
   * consumer (validation, the likelihood) finds the same file from any working directory.
   */
  @Test
  void readingAnchorsPathReferencesAtTheDatasetsFolder() throws IOException, URISyntaxException {
    Path sub = Files.createDirectories(tmp.resolve("data"));
    Files.copy(valid("reactor-units"), sub.resolve("my-reactors.json"));
    Path spectrum = sub.resolve("spectrum.json");
    Files.writeString(
        spectrum,
        Files.readString(valid("reactor-spectrum"))
            .replace(
                "\"tables\": [\"kamland-reactors-kms21\"], \"default\": \"kamland-reactors-kms21\"",
                "\"tables\": [\"my-reactors.json\"], \"default\": \"my-reactors.json\""));
    ReactorSpectrum read = Datasets.read(spectrum, ReactorSpectrum.class);
    String anchored = sub.toAbsolutePath().normalize().resolve("my-reactors.json").toString();
    assertEquals(List.of(anchored), read.reactors().tables());
    assertEquals(anchored, read.reactors().defaultTable());
    // Bundled names stay names.
    assertEquals("reactor-flux-huber-mueller", read.fluxModel());
    // What the likelihood does with the reference: a plain resolve, here from the anchored path.
    assertEquals("test-units", Datasets.resolve(read.reactors().defaultTable()).name());
  }

  /** A reference to a device is refused by the bounded reader, not read until memory runs out. */
  @Test
  void aReferenceToADeviceIsRefusedAtOnce() throws IOException, URISyntaxException {
    Path dev = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev), "needs /dev/zero");
    Path spectrum = tmp.resolve("spectrum.json");
    Files.writeString(
        spectrum,
        Files.readString(valid("reactor-spectrum"))
            .replace(
                "\"flux_model\": \"reactor-flux-huber-mueller\"", "\"flux_model\": \"/dev/zero\""));
    DatasetException e =
        assertThrows(DatasetException.class, () -> Datasets.validate(spectrum.toString()));
    assertTrue(
        e.getMessage()
            .endsWith(
                "found \"/dev/zero\", which cannot be loaded (/dev/zero: (document): expected a "
                    + "readable dataset file, found a device, pipe or socket (only regular files are read))"),
        e.getMessage());
  }

  @Test
  void onlyRegularFilesOfBoundedSizeAreRead() throws Exception {
    // A named pipe would block a reader in open() forever.
    Path fifo = tmp.resolve("fifo.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
    assertEquals(
        fifo
            + ": (document): expected a readable dataset file, found a device, pipe or socket"
            + " (only regular files are read)",
        assertThrows(DatasetException.class, () -> Datasets.resolve(fifo.toString())).getMessage());
    // A symbolic link is followed, and what it points to must be a regular file.
    Path link = Files.createSymbolicLink(tmp.resolve("zero.json"), Path.of("/dev/zero"));
    assertTrue(
        assertThrows(DatasetException.class, () -> Datasets.resolve(link.toString()))
            .getMessage()
            .endsWith("found a device, pipe or socket (only regular files are read)"));
    assertEquals(
        tmp + ": (document): expected a readable dataset file, found a directory",
        assertThrows(DatasetException.class, () -> Datasets.read(tmp)).getMessage());
    // One byte over the limit is refused before parsing (a sparse file: no 16 MiB written).
    Path big = tmp.resolve("big.json");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(org.vfit.datasets.io.BoundedFiles.MAX_DATASET_BYTES + 1);
    }
    assertEquals(
        big
            + ": (document): expected a readable dataset file, found a file larger than the limit"
            + " of 16 MiB for this kind of input",
        assertThrows(DatasetException.class, () -> Datasets.read(big)).getMessage());
  }

  @Test
  void anEmptyNameIsNamedAsSuch() {
    assertEquals(
        "\"\": (document): expected the name of a bundled dataset or a path to a dataset file, "
            + "found an empty name",
        assertThrows(DatasetException.class, () -> Datasets.resolve("")).getMessage());
  }

  @Test
  void aByteOrderMarkBeforeTheDocumentIsAccepted() throws IOException, URISyntaxException {
    Path bom = tmp.resolve("bom.json");
    Files.writeString(bom, "\uFEFF" + Files.readString(valid("rates")));
    assertEquals("test-rates", Datasets.read(bom).name());
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
