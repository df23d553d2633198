package org.vfit.reports.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes that either complete or leave the previous state: a file is written to a temporary file in
 * its own directory and renamed over the target; a directory is built under a temporary name next
 * to the target and renamed into place. Renames within one directory are atomic on POSIX file
 * systems, so a reader (or a run killed half-way) never sees a half-written file or report.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Fills a directory that will become the target of {@link #writeDirectory}. */
  @FunctionalInterface
  public interface DirectoryWriter {
    void write(Path directory) throws IOException;
  }

  /** Writes {@code content} to {@code target} atomically, creating missing parent directories. */
  public static void write(Path target, byte[] content) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file private (0600), and the rename would carry that
    // over to a report meant to be shared; CREATE_NEW gives the user's usual permissions (umask).
    Path tmp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        // Without the flush a crash after the rename can leave an empty file under the final name.
        ch.force(true);
      }
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /**
   * Produces the directory {@code target} as {@code writer} fills it: the writer works in a fresh
   * staging directory next to the target, which is renamed into place only when the writer returns.
   * If the writer fails, the staging directory is removed and the target is untouched.
   *
   * <p>If the target already exists, the files the writer produced replace their namesakes, and
   * every other file in it is kept (hard-linked, or copied where links are not possible, into the
   * staging directory before the swap), so re-rendering a report into the folder that holds its
   * result, toy checkpoints or notes loses none of them.
   */
  public static void writeDirectory(Path target, DirectoryWriter writer) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(abs.toString(), null, "exists and is not a directory");
    }
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    String name = abs.getFileName().toString();
    // Created by hand rather than with createTempDirectory, which would make the report private
    // (0700).
    Path staging =
        Files.createDirectory(parent.resolve("." + name + ".staging-" + UUID.randomUUID()));
    boolean moved = false;
    try {
      writer.write(staging);
      if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
        keepOthers(abs, staging);
        Path backup = parent.resolve("." + name + ".previous-" + UUID.randomUUID());
        Files.move(abs, backup, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
          moved = true;
        } catch (IOException e) {
          Files.move(backup, abs, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        deleteRecursively(backup);
      } else {
        Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      }
    } finally {
      if (!moved) {
        deleteRecursively(staging);
      }
    }
  }

  private static void keepOthers(Path existing, Path staging) throws IOException {
    try (Stream<Path> walk = Files.walk(existing)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = existing.relativize(p);
        Path dest = staging.resolve(rel.toString());
        if (rel.toString().isEmpty() || Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(dest);
        } else if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(dest, Files.readSymbolicLink(p));
        } else {
          try {
            Files.createLink(dest, p);
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }

  /** Removes a directory tree; a missing directory is not an error. */
  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
