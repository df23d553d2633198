package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import org.vfit.fit.analysis.ProgressListener;

/**
 * The stages of a fit on stderr, one line each with the time since the command started (for example
 * {@code vfit fit [ 3.2 s]: MIGRAD from 5 starts}); nothing with {@code --quiet}. Use {@link #run}
 * around a {@code Fitter.fit} call: the fitter reports its stages through {@link
 * ProgressListener#report}.
 */
final class StageProgress implements ProgressListener {
  private final String prefix;
  private final PrintWriter err;
  private final boolean quiet;
  private final long started;

  /**
   * @param prefix what the lines start with, e.g. "vfit fit" or "vfit tension: solar fit"
   * @param started {@link System#nanoTime()} the times count from
   */
  StageProgress(String prefix, PrintWriter err, boolean quiet, long started) {
    this.prefix = prefix;
    this.err = err;
    this.quiet = quiet;
    this.started = started;
  }

  /** Runs {@code work} (a fit) with its stages printed. */
  <T> T run(Supplier<T> work) {
    return ProgressListener.during(this, work);
  }

  @Override
  public void progress(long done, long total) {}

  @Override
  public void stage(String what) {
    if (quiet) {
      return;
    }
    err.printf(
        Locale.ROOT, "%s [%5.1f s]: %s%n", prefix, (System.nanoTime() - started) / 1e9, what);
    err.flush();
  }
}
