package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.vfit.fit.analysis.ProgressListener;

/**
 * Progress of a long computation on stderr: one self-overwriting line with an ETA on a terminal, a
 * plain line at every tenth of the way (and at least once a minute) otherwise, nothing with {@code
 * --quiet}. The ETA extrapolates the rate of this run, not counting units resumed from a
 * checkpoint.
 */
final class Progress implements ProgressListener {
  private final String what;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long baseline = -1;
  private long lastPrint;
  private int lastTenth = -1;

  private Progress(String what, PrintWriter err, boolean quiet, boolean terminal) {
    this.what = what;
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
  }

  /** Progress on {@code err}, in terminal form when the process has a console. */
  static Progress of(String what, PrintWriter err, boolean quiet) {
    return new Progress(what, err, quiet, System.console() != null);
  }

  @Override
  public void progress(long done, long total) {
    if (quiet || total <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (baseline < 0) {
      baseline = done;
    }
    boolean finished = done >= total;
    String line = line(done, total, now);
    if (terminal) {
      // At most ten redraws a second.
      if (finished || now - lastPrint > 100_000_000L) {
        err.print("\r" + line + "   " + (finished ? "\n" : ""));
        err.flush();
        lastPrint = now;
      }
      return;
    }
    int tenth = (int) (10 * done / total);
    if (tenth > lastTenth || now - lastPrint > 60_000_000_000L) {
      err.println(line);
      err.flush();
      lastTenth = tenth;
      lastPrint = now;
    }
  }

  private String line(long done, long total, long now) {
    double elapsed = (now - started) / 1e9;
    String s =
        String.format(
            Locale.ROOT,
            "%s: %d/%d (%d%%), %s elapsed",
            what,
            done,
            total,
            100 * done / total,
            duration(elapsed));
    long fresh = done - baseline;
    if (done < total && fresh > 0 && elapsed > 0) {
      s += ", ETA " + duration(elapsed / fresh * (total - done));
    }
    return s;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d h", s / 3600, (s % 3600) / 60);
  }
}
