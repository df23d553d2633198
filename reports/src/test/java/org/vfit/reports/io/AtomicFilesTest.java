package org.vfit.reports.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writeReplacesAndLeavesNoTemporaryFile() throws IOException {
    Path f = tmp.resolve("a/b/result.json");
    AtomicFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
    assertEquals("two", Files.readString(f));
    assertEquals(List.of("result.json"), names(f.getParent()));
  }

  @Test
  void failedDirectoryWriteLeavesNothing() throws IOException {
    Path target = tmp.resolve("report");
    IOException boom =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.writeDirectory(
                    target,
                    dir -> {
                      AtomicFiles.write(dir.resolve("result.json"), new byte[] {1});
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", boom.getMessage());
    assertFalse(Files.exists(target));
    assertEquals(List.of(), names(tmp), "staging folder removed");
  }

  @Test
  void failedDirectoryWriteKeepsThePreviousFolder() throws IOException {
    Path target = tmp.resolve("report");
    AtomicFiles.writeDirectory(
        target,
        dir -> AtomicFiles.write(dir.resolve("x.txt"), "old".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFiles.writeDirectory(
                target,
                dir -> {
                  AtomicFiles.write(dir.resolve("x.txt"), "new".getBytes(StandardCharsets.UTF_8));
                  throw new IllegalStateException("renderer bug");
                }));
    assertEquals("old", Files.readString(target.resolve("x.txt")));
    assertEquals(List.of("report"), names(tmp));
  }

  @Test
  void refusesToReplaceAFileWithAFolder() throws IOException {
    Path target = tmp.resolve("report");
    Files.writeString(target, "a file");
    assertThrows(IOException.class, () -> AtomicFiles.writeDirectory(target, dir -> {}));
    assertEquals("a file", Files.readString(target));
  }

  /** Issue 13: killed runs left ".report.staging-<uuid>" folders that were never cleaned. */
  @Test
  void foldersLeftByKilledRunsAreCleanedAndAPreviousReportIsRestored() throws IOException {
    Path target = tmp.resolve("report");
    // A staging folder of an earlier vfit (no process id) and one of a process that is gone: no
    // live process has a pid above the kernel's pid_max (at most 2^22 on Linux).
    Files.createDirectories(tmp.resolve(".report.staging-1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    Files.createDirectories(
        tmp.resolve(".report.staging-99999999-1b4e28ba-2fa1-11d2-883f-0016d3cca427/sub"));
    // A report moved aside just before the final rename, by a run killed at that moment.
    Path aside = tmp.resolve(".report.previous-99999999-0b4e28ba-2fa1-11d2-883f-0016d3cca427");
    Files.createDirectories(aside);
    Files.writeString(aside.resolve("result.json"), "{}");
    // A staging folder of this (live) process is someone's work in progress: kept.
    Path mine =
        tmp.resolve(
            ".report.staging-"
                + ProcessHandle.current().pid()
                + "-2b4e28ba-2fa1-11d2-883f-0016d3cca427");
    Files.createDirectories(mine);
    assertEquals(3, AtomicFiles.cleanStale(target));
    assertEquals("{}", Files.readString(target.resolve("result.json")), "previous report back");
    assertEquals(
        List.of(mine.getFileName().toString(), "report"),
        names(tmp),
        "stale staging folders gone, the live one kept");
    // A normal write leaves nothing beside its target.
    Files.delete(mine);
    AtomicFiles.writeDirectory(target, dir -> AtomicFiles.write(dir.resolve("x"), new byte[] {1}));
    assertEquals(List.of("report"), names(tmp));
  }

  /**
   * Issue 13: an output that is a file was refused only after the fit, an empty --out wrote into
   * the working directory, and /proc gave only a staging path. The pre-flight check says why at
   * once, and leaves nothing behind.
   */
  @Test
  void preflightRefusesOutputsThatCannotBeWritten() throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    assertEquals(
        "exists and is a file, not a folder",
        assertThrows(
                UnwritableOutputException.class, () -> AtomicFiles.checkWritableDirectory(file))
            .reason());
    assertEquals(
        file + " is a file, so no folder can be made inside it",
        assertThrows(
                UnwritableOutputException.class,
                () -> AtomicFiles.checkWritableDirectory(file.resolve("report")))
            .reason());
    assertEquals(
        "an empty path (give a folder name)",
        assertThrows(
                UnwritableOutputException.class,
                () -> AtomicFiles.checkWritableDirectory(Path.of("")))
            .reason());
    Path proc = Path.of("/proc");
    if (Files.isDirectory(proc)) {
      String reason =
          assertThrows(
                  UnwritableOutputException.class,
                  () -> AtomicFiles.checkWritableDirectory(proc.resolve("vfit-report")))
              .reason();
      assertEquals("/proc is on the virtual file system 'proc'", reason);
    }
    Path fine = tmp.resolve("new/deeper/report");
    AtomicFiles.checkWritableDirectory(fine);
    assertEquals(List.of("a-file"), names(tmp), "the check creates nothing");
  }
}
