package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's hostile inputs through the command line: devices, pipes, secrets, empty values,
 * impossible grids, contradictory run cards and unwritable outputs. Each gives exit 2 and one line
 * that names the file or option, quotes nothing from the file, and comes before any fitting. The
 * timeouts only guard against the hangs these inputs used to cause (a FIFO blocked for ever).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
  @TempDir Path tmp;
  private Path secret;
  private Path fifo;
  private Path zero;

  @BeforeEach
  void files() throws Exception {
    secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "sk_live_51HqLyjWDarjtT1zdp7dc do not share\n");
    fifo = tmp.resolve("pipe.json");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    zero = Files.createSymbolicLink(tmp.resolve("zero.json"), Path.of("/dev/zero"));
  }

  private static void noSecret(CliRun r) {
    assertFalse(r.err().contains("sk_live") || r.out().contains("sk_live"), r.err());
  }

  @Test
  void devicesAndPipesAreRefusedAtOnceEverywhereAFileIsRead() {
    String device = "found a device, pipe or socket (only regular files are read)";
    for (Path p : List.of(zero, fifo)) {
      CliRun.of("fit", "--datasets", p.toString()).assertBadInput(device);
      CliRun.of("datasets", "validate", p.toString()).assertBadInput(device);
      CliRun.of("run", p.toString()).assertBadInput(device);
      CliRun.of("report", p.toString(), "--out", tmp.resolve("r").toString())
          .assertBadInput(device);
      CliRun.of("export", p.toString(), "--out", tmp.resolve("t").toString())
          .assertBadInput(device);
    }
  }

  @Test
  void aFileThatIsNotJsonIsNeverQuoted() throws IOException {
    CliRun fit = CliRun.of("fit", "--datasets", secret.toString());
    fit.assertBadInput("a word that is not a JSON value");
    noSecret(fit);
    CliRun card = CliRun.of("run", secret.toString());
    card.assertBadInput("a word that is not a JSON value");
    noSecret(card);
    CliRun report = CliRun.of("report", secret.toString(), "--out", tmp.resolve("r").toString());
    report.assertBadInput("a word that is not a JSON value");
    noSecret(report);
    // Through a run card and through a dataset's reference.
    Path viaCard = tmp.resolve("card.json");
    Files.writeString(
        viaCard,
        "{\"vfitRunCard\": 1, \"command\": \"fit\", \"options\": {\"datasets\": [\""
            + secret
            + "\"]}}");
    CliRun carded = CliRun.of("run", viaCard.toString());
    carded.assertBadInput("a word that is not a JSON value");
    noSecret(carded);
    String spectrum =
        org.vfit.datasets.Datasets.toJson(org.vfit.datasets.Datasets.load("kamland-2011"))
            .replace("\"reactor-flux-huber-mueller\"", "\"secret.txt\"");
    Path ref = tmp.resolve("kamland-ref.json");
    Files.writeString(ref, spectrum);
    CliRun validate = CliRun.of("datasets", "validate", ref.toString());
    validate.assertBadInput("/flux_model");
    noSecret(validate);
  }

  /** Issue 13: "--datasets ''" gave ": (document): … Is a directory"; --out '' wrote into cwd. */
  @Test
  void emptyValuesAreRefusedByName() {
    CliRun.of("fit", "--datasets", "").assertBadInput("--datasets: an empty value");
    CliRun.of("fit", "--datasets", "kamland-2011,,juno-2025")
        .assertBadInput("--datasets: an empty value");
    CliRun.of("tension", "--out", "").assertBadInput("--out: an empty value (give DIR)");
    CliRun.of("report", "").assertBadInput("RESULT.json: an empty value");
    // An option whose value may be left off is not an empty value: toys --spark means local mode.
    picocli.CommandLine cl =
        Vfit.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()));
    EmptyValues.refuse(
        cl.parseArgs(
            "toys",
            "--datasets",
            "juno-2025",
            "--n",
            "1",
            "--seed",
            "1",
            "--checkpoint",
            "c",
            "--spark"));
  }

  /** Issue 13: a 10¹⁰-point grid was accepted and hung without output. */
  @Test
  void gridSizesAreBoundedBeforeAnyFit() {
    CliRun.of(
            "contour",
            "--datasets",
            "juno-2025",
            "--sector",
            "nubar",
            "--grid",
            "0.2:0.45:100000,5:10:100000")
        .assertBadInput("needs 2 <= n <= 1001 points");
    CliRun.of(
            "contour",
            "--datasets",
            "juno-2025",
            "--sector",
            "nubar",
            "--grid",
            "0.2:0.45:1000,5:10:1000")
        .assertBadInput("the most a grid may have is 160801 (401 x 401)");
    CliRun.of("profile", "--datasets", "juno-2025", "--parameter", "dm21", "--grid", "6:9:5000")
        .assertBadInput("needs 2 <= n <= 1001 points");
  }

  @Test
  void runCardsAreUnambiguous() throws IOException {
    Path both = tmp.resolve("both.json");
    Files.writeString(
        both,
        "{\"vfitRunCard\": 1, \"command\": \"tension\", \"runs\": [{\"command\": \"fit\","
            + " \"options\": {\"datasets\": \"juno-2025\"}}]}");
    CliRun.of("run", both.toString())
        .assertBadInput("/command: expected only vfitRunCard and runs");
    Path twice = tmp.resolve("twice.json");
    Files.writeString(
        twice, "{\"vfitRunCard\": 1, \"command\": \"toys\", \"options\": {\"n\": 5, \"n\": 500}}");
    CliRun.of("run", twice.toString()).assertBadInput("the field \"n\" a second time");
    // A value picocli refuses stops the card before its first run, not when its turn comes.
    Path later = tmp.resolve("later.json");
    Files.writeString(
        later,
        "{\"vfitRunCard\": 1, \"runs\": ["
            + "{\"command\": \"prob\", \"options\": {\"from\": \"e\", \"to\": \"e\","
            + " \"baseline-km\": 180, \"energy-mev\": 4}},"
            + "{\"command\": \"toys\", \"options\": {\"datasets\": \"juno-2025\", \"n\": \"many\","
            + " \"seed\": 1, \"checkpoint\": \"x.jsonl\"}}]}");
    CliRun r = CliRun.of("run", later.toString());
    r.assertBadInput("/runs/1/options");
    assertEquals("", r.out(), "the first run did not run");
    Path blank = tmp.resolve("blank.json");
    Files.writeString(
        blank, "{\"vfitRunCard\": 1, \"command\": \"tension\", \"options\": {\"out\": \" \"}}");
    CliRun.of("run", blank.toString()).assertBadInput("/options/out: expected a non-empty value");
  }

  /**
   * Issue 13: a --out that is a file was refused after 55 s of fitting, /proc gave only a staging
   * path. The checks now run first: the commands fail before loading the data (a missing dataset
   * would be the next error, and it is not reached).
   */
  @Test
  void outputFoldersAreCheckedBeforeAnyWork() throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    CliRun.of("contour", "--datasets", "juno-2025", "--sector", "nubar", "--out", file.toString())
        .assertBadInput("--out " + file + ": exists and is a file, not a folder");
    CliRun.of(
            "profile",
            "--datasets",
            "juno-2025",
            "--parameter",
            "dm21",
            "--grid",
            "6:9:5",
            "--out",
            "/proc/vfit")
        .assertBadInput("--out /proc/vfit: /proc is on the virtual file system 'proc'");
    CliRun.of(
            "toys",
            "--datasets",
            "juno-2025",
            "--n",
            "2",
            "--seed",
            "1",
            "--checkpoint",
            fifo.toString())
        .assertBadInput("--checkpoint " + fifo + ": a device, pipe or socket");
    CliRun.of("report", file.toString(), "--out", file.resolve("sub").toString())
        .assertBadInput("is a file, so no folder can be made inside it");
  }

  /** Issue 13: σ = 1e-320 validated, then failed in the fit; now validation refuses it. */
  @Test
  void anUncertaintyTooSmallToComputeWithFailsValidation() throws IOException {
    Path g = tmp.resolve("tiny.json");
    Files.writeString(
        g,
        org.vfit.datasets.Datasets.toJson(org.vfit.datasets.Datasets.load("juno-2025"))
            .replaceFirst("\"sigma\": [0-9.eE+-]+", "\"sigma\": 1e-320"));
    CliRun.of("datasets", "validate", g.toString()).assertBadInput("too small to compute with");
    CliRun.of("fit", "--datasets", g.toString()).assertBadInput("too small to compute with");
  }
}
