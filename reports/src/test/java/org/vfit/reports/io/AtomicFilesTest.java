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
}
