package org.vfit.reports.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output folder that cannot be written, found before any work is done ({@link
 * AtomicFiles#checkWritableDirectory}). {@link #reason()} says why in plain words, for a one-line
 * message that names the option.
 */
public final class UnwritableOutputException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path target;
  private final String reason;

  public UnwritableOutputException(Path target, String reason) {
    super(target + ": " + reason);
    this.target = target;
    this.reason = reason;
  }

  public Path target() {
    return target;
  }

  public String reason() {
    return reason;
  }
}
