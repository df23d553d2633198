package org.vfit.fit.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs independent work units somewhere: threads of this JVM ({@link LocalRunner}) or a distributed
 * engine (the optional Spark runner of module {@code vfit-spark}, found through {@link
 * WorkRunnerProvider}). Because each unit's result depends only on the unit, every runner gives the
 * same results; only speed differs.
 */
public interface WorkRunner extends AutoCloseable {

  /**
   * Applies {@code work} to every unit.
   *
   * @param onResult called on the calling thread with each result as it becomes available, in no
   *     particular order (for checkpoints and progress); an exception thrown here stops the run and
   *     is rethrown
   * @return the results in the order of {@code units}
   */
  <T extends Serializable, R extends Serializable> List<R> map(
      List<T> units, WorkFunction<T, R> work, Consumer<? super R> onResult);

  /** How many units run at once. */
  int parallelism();

  /** Short description, e.g. "2 threads" or "Spark local[2]". */
  String description();

  @Override
  void close();
}
