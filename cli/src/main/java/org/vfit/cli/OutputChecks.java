package org.vfit.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.vfit.reports.io.AtomicFiles;
import org.vfit.reports.io.UnwritableOutputException;

/**
 * Checks of output locations that every command runs before any fitting, so a bad {@code --out}
 * costs nothing (issue 13: a file given as {@code --out} was refused after 55 s of fitting, an
 * unwritable folder with only a staging path as the message). Each failure is a one-line message
 * naming the option.
 *
 * <p>For {@code vfit tension}: {@code OutputChecks.reportFolder("--out", dir);} right after the
 * options are validated, and {@code OutputChecks.checkpointFile("--checkpoint", cp);} when toys are
 * run.
 */
final class OutputChecks {
  private OutputChecks() {}

  /**
   * A report folder: not a file or link, creatable (the nearest existing folder above it takes a
   * new folder; not /proc or another virtual file system). Staging folders that killed runs left
   * beside it are removed.
   */
  static void reportFolder(String option, Path dir) {
    try {
      AtomicFiles.checkWritableDirectory(dir);
    } catch (UnwritableOutputException e) {
      throw new IllegalArgumentException(option + " " + display(dir) + ": " + e.reason());
    }
  }

  /**
   * A file that is appended to and read back (a toy checkpoint): absent, or a regular file (a FIFO
   * or device would block or never end when read); its folder must take new files.
   */
  static void checkpointFile(String option, Path file) {
    if (file.toString().isEmpty()) {
      throw new IllegalArgumentException(option + ": an empty path (give a file name)");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException(option + " " + file + ": a folder, not a file");
      }
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            option + " " + file + ": a device, pipe or socket, not a regular file");
      }
      if (!Files.isWritable(file)) {
        throw new IllegalArgumentException(option + " " + file + ": not writable");
      }
      return;
    }
    Path parent = file.toAbsolutePath().normalize().getParent();
    try {
      // The folder the file goes into must exist or be creatable, and take new entries.
      AtomicFiles.checkWritableDirectory(parent.resolve(".vfit-checkpoint-probe"));
    } catch (UnwritableOutputException e) {
      throw new IllegalArgumentException(
          option + " " + file + ": its folder cannot take the file (" + e.reason() + ")");
    }
  }

  private static String display(Path dir) {
    return dir.toString().isEmpty() ? "''" : dir.toString();
  }
}
