package org.vfit.reports.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    cleanStale(abs);
    // Created by hand rather than with createTempDirectory, which would make the report private
    // (0700).
    Path staging = Files.createDirectory(parent.resolve(tempName(name, STAGING)));
    boolean moved = false;
    try {
      writer.write(staging);
      if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
        keepOthers(abs, staging);
        Path backup = parent.resolve(tempName(name, PREVIOUS));
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

  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";

  /**
   * {@code .NAME.staging-PID-UUID}: the process id lets a later run tell a folder left by a killed
   * run (its process is gone) from one another run is filling right now.
   */
  private static String tempName(String name, String what) {
    return "." + name + what + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  }

  /**
   * Removes what killed runs left beside {@code target}: staging folders (a half-written report)
   * are deleted; a previous report moved aside just before the final rename is put back if the
   * target is missing, otherwise deleted. Folders of a process that is still running are left
   * alone. Names without a process id come from vfit versions before the id was added and are
   * treated as left behind.
   *
   * @return the number of folders removed or restored
   */
  public static int cleanStale(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return 0;
    }
    String name = abs.getFileName().toString();
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent, "." + name + ".*")) {
      dir.forEach(found::add);
    }
    int cleaned = 0;
    for (Path p : found) {
      String rest = p.getFileName().toString().substring(name.length() + 1);
      boolean staging = rest.startsWith(STAGING);
      boolean previous = rest.startsWith(PREVIOUS);
      if (!(staging || previous) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String id = rest.substring((staging ? STAGING : PREVIOUS).length());
      if (alive(id)) {
        continue;
      }
      if (previous && !Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, abs, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteRecursively(p);
      }
      cleaned++;
    }
    return cleaned;
  }

  /** Whether the process named in {@code PID-UUID} still runs (a bare UUID: no owner known). */
  private static boolean alive(String id) {
    int dash = id.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(id.substring(0, dash));
    } catch (NumberFormatException e) {
      return false;
    }
    // A UUID's first group is hex and may parse as a number; a real pid is below 2^22 on Linux.
    return id.length() > dash + 36
        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Virtual file systems where a report folder can never be made. */
  private static final Set<String> VIRTUAL =
      Set.of("proc", "sysfs", "devtmpfs", "cgroup", "cgroup2", "debugfs", "securityfs", "tracefs");

  /**
   * Checks, before any work, that {@link #writeDirectory} could produce {@code target}: it is not
   * an existing file or link, the nearest existing folder above it is a real, writable folder, and
   * a folder can actually be created there (a probe folder is made and removed). Stale staging
   * folders of killed runs are cleaned on the way.
   *
   * @throws UnwritableOutputException saying in words why not
   */
  public static void checkWritableDirectory(Path target) throws UnwritableOutputException {
    if (target.toString().isEmpty()) {
      throw new UnwritableOutputException(target, "an empty path (give a folder name)");
    }
    Path abs = target.toAbsolutePath().normalize();
    if (abs.getParent() == null) {
      throw new UnwritableOutputException(target, "the root folder cannot be replaced");
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new UnwritableOutputException(
          target,
          Files.isSymbolicLink(abs)
              ? "exists and is a symbolic link, not a folder"
              : "exists and is a file, not a folder");
    }
    Path existing = abs.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new UnwritableOutputException(
          target, existing + " is a file, so no folder can be made inside it");
    }
    String type;
    try {
      type = Files.getFileStore(existing).type();
    } catch (IOException e) {
      type = ""; // no file store information: the probe below decides
    }
    if (VIRTUAL.contains(type)) {
      throw new UnwritableOutputException(
          target, existing + " is on the virtual file system '" + type + "'");
    }
    Path probe = existing.resolve(tempName("vfit-probe", STAGING));
    try {
      Files.createDirectory(probe);
      Files.delete(probe);
    } catch (IOException e) {
      throw new UnwritableOutputException(
          target, "no folder can be created in " + existing + " (" + reason(e) + ")");
    }
    try {
      cleanStale(abs);
    } catch (IOException e) {
      // Leftovers that cannot be removed now are removed by the write, or stay harmlessly.
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the file system refuses new entries there";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return "an input/output error";
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
