package org.vfit.fit.analysis;

/** Told how far a long computation (grid, toys) has come; called on the calling thread. */
@FunctionalInterface
public interface ProgressListener {

  /** Nothing. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done units finished so far (including those resumed from a checkpoint)
   * @param total units in the whole computation
   */
  void progress(long done, long total);
}
