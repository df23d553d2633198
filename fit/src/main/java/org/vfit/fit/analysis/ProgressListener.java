package org.vfit.fit.analysis;

import java.util.function.Supplier;

/**
 * Told how far a long computation (grid, toys, fit) has come; called on the calling thread.
 *
 * <p>Computations with countable units report {@link #progress}; those made of steps of unknown
 * length (the stages of a fit: χ² at the grid of starts, MIGRAD from the best of them, HESSE and
 * MINOS) report {@link #stage}. Code deep inside a computation reports stages with {@link #report},
 * which reaches the listener installed around the computation with {@link #during} on the same
 * thread — so a fit can say what it is doing without every caller passing a listener through.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Nothing. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done units finished so far (including those resumed from a checkpoint)
   * @param total units in the whole computation
   */
  void progress(long done, long total);

  /** A step of unknown length began (e.g. "MIGRAD from 5 starts"). */
  default void stage(String what) {}

  /** Runs {@code work} with {@code listener} receiving this thread's {@link #report}s. */
  static <T> T during(ProgressListener listener, Supplier<T> work) {
    ProgressListener before = Scope.CURRENT.get();
    Scope.CURRENT.set(listener);
    try {
      return work.get();
    } finally {
      if (before == null) {
        Scope.CURRENT.remove();
      } else {
        Scope.CURRENT.set(before);
      }
    }
  }

  /** Reports a stage to the listener of the enclosing {@link #during} on this thread, if any. */
  static void report(String stage) {
    ProgressListener l = Scope.CURRENT.get();
    if (l != null) {
      l.stage(stage);
    }
  }

  /** Holder of the listener installed by {@link #during}. */
  final class Scope {
    private static final ThreadLocal<ProgressListener> CURRENT = new ThreadLocal<>();

    private Scope() {}
  }
}
