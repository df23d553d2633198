package org.vfit.fit.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: recorded outputs that a test compares against, kept under src/test/resources next
 * to the test's package. With {@code -Dvfit.regenerateGoldens=true} a test writes what it computed
 * into the source tree instead of comparing (see src/test/resources/README.md); review the diff
 * before committing it.
 */
public final class Golden {
  /** The system property that switches tests from comparing to rewriting their golden files. */
  public static final String REGENERATE = "vfit.regenerateGoldens";

  private Golden() {}

  /** Whether this run rewrites golden files rather than comparing with them. */
  public static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE);
  }

  /** The recorded text of a golden file next to {@code anchor}'s package. */
  public static String read(Class<?> anchor, String file) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      assertNotNull(
          in, "golden file " + sourcePath(anchor, file) + " (create it with -D" + REGENERATE + ")");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code text} as the golden file in the source tree (the test runs with the module as its
   * working directory, as Maven runs it).
   */
  public static void write(Class<?> anchor, String file, String text) {
    Path p = sourcePath(anchor, file);
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the golden file of {@code anchor} lives in the module's source tree. */
  public static Path sourcePath(Class<?> anchor, String file) {
    return Path.of("src", "test", "resources", anchor.getPackageName().replace('.', '/'), file);
  }
}
