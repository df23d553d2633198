package org.vfit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code org/vfit/cli/version.properties}: the Maven
 * version and the git commit ({@code git describe --always --dirty --abbrev=12}; "-dirty" when the
 * tree had uncommitted changes, "unknown" when built outside a git checkout).
 */
final class BuildInfo {
  private BuildInfo() {}

  private static final Properties PROPERTIES = load();

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build's version.properties", e);
    }
    return p;
  }

  static String version() {
    return PROPERTIES.getProperty("version", "unknown");
  }

  static String commit() {
    String c = PROPERTIES.getProperty("commit", "").strip();
    return c.isEmpty() || c.startsWith("${") ? "unknown" : c;
  }

  /** "0.1.0-SNAPSHOT (commit 1a2b3c4d5e6f)". */
  static String describe() {
    return version() + " (commit " + commit() + ")";
  }
}
