package org.vfit.datasets.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads input files that a user names (datasets, run cards, result files) so that no input can hang
 * or exhaust the JVM: only regular files are opened (a FIFO would block in {@code open}, a device
 * such as {@code /dev/zero} never ends), and at most a fixed number of bytes is read, checked both
 * from the file's size and while reading (files under {@code /proc} report size 0).
 *
 * <p>Every refusal is an {@link UnreadableFileException} whose {@link
 * UnreadableFileException#found()} describes the file in a few words — never its content, and never
 * an exception class — so callers can put it into their own one-line messages.
 */
public final class BoundedFiles {
  private BoundedFiles() {}

  /** Largest dataset file read: 16 MiB, ~160 times the largest bundled dataset (98 kB). */
  public static final long MAX_DATASET_BYTES = 16L << 20;

  /** Largest run card read: 1 MiB (a card is a few hundred bytes per run). */
  public static final long MAX_RUN_CARD_BYTES = 1L << 20;

  /**
   * Largest result file read: 64 MiB. A result at the largest grids vfit writes (three grids of 401
   * × 401 points, profiles of 1001 points) is about 12 MB.
   */
  public static final long MAX_RESULT_BYTES = 64L << 20;

  /** A file that cannot be used as input; {@link #found()} says why in plain words. */
  public static final class UnreadableFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String found;

    UnreadableFileException(Path file, String found) {
      super(file + ": expected a readable regular file, found " + found);
      this.file = file;
      this.found = found;
    }

    public Path file() {
      return file;
    }

    /** What the file is instead of a readable file of acceptable size, e.g. "a directory". */
    public String found() {
      return found;
    }
  }

  /**
   * The bytes of a regular file of at most {@code maxBytes} bytes (symbolic links are followed).
   *
   * @throws UnreadableFileException if the file is missing, not a regular file, unreadable or too
   *     large
   */
  public static byte[] read(Path file, long maxBytes) {
    if (file.toString().isEmpty()) {
      throw new UnreadableFileException(file, "an empty file name");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UnreadableFileException(file, describe(e));
    }
    if (attributes.isDirectory()) {
      throw new UnreadableFileException(file, "a directory");
    }
    if (!attributes.isRegularFile()) {
      throw new UnreadableFileException(
          file, "a device, pipe or socket (only regular files are read)");
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(file, maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(file, maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableFileException(file, describe(e));
    }
  }

  private static UnreadableFileException tooLarge(Path file, long maxBytes) {
    return new UnreadableFileException(
        file, "a file larger than the limit of " + size(maxBytes) + " for this kind of input");
  }

  /** "16 MiB", "1 MiB", "512 KiB". */
  static String size(long bytes) {
    if (bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }

  /**
   * The reason an I/O operation failed, in words: the operating system's reason where it gives one
   * (e.g. "Permission denied", "Read-only file system"), which names no content and no class.
   */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "a file it may not read (permission denied)";
    }
    if (e instanceof NotDirectoryException) {
      return "a path through something that is not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "a file that cannot be read (" + f.getReason().toLowerCase(Locale.ROOT) + ")";
    }
    return "a file that cannot be read (an input/output error)";
  }
}
