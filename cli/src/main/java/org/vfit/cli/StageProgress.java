package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.vfit.fit.analysis.ProgressListener;

/**
 * The stages of a fit on stderr, one line each with the time since the command started (for example
 * {@code vfit fit [ 3.2 s]: MIGRAD from 5 starts}), for every stage still running after {@value
 * #AFTER_MS} ms — quick fits stay silent; nothing with {@code --quiet}. Use {@link #run} around a
 * {@code Fitter.fit} call: the fitter reports its stages through {@link ProgressListener#report}.
 */
final class StageProgress implements ProgressListener {
  /** A stage is announced once it has run this long. */
  static final long AFTER_MS = 1000;

  private final String prefix;
  private final PrintWriter err;
  private final boolean quiet;
  private final long started;
  private ScheduledExecutorService timer;
  private ScheduledFuture<?> pending;

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

  /** Runs {@code work} (a fit) with its longer stages printed. */
  <T> T run(Supplier<T> work) {
    try {
      return ProgressListener.during(this, work);
    } finally {
      synchronized (this) {
        if (pending != null) pending.cancel(false);
        if (timer != null) timer.shutdownNow();
        // A later run (the next part of the same command) starts its own timer.
        pending = null;
        timer = null;
      }
    }
  }

  @Override
  public void progress(long done, long total) {}

  @Override
  public synchronized void stage(String what) {
    if (quiet) {
      return;
    }
    if (pending != null) {
      pending.cancel(false);
    }
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "vfit-progress");
                t.setDaemon(true);
                return t;
              });
    }
    pending = timer.schedule(() -> print(what), AFTER_MS, TimeUnit.MILLISECONDS);
  }

  private synchronized void print(String what) {
    err.printf(
        Locale.ROOT, "%s [%5.1f s]: %s%n", prefix, (System.nanoTime() - started) / 1e9, what);
    err.flush();
  }
}
