package org.vfit.fit.analysis;

/**
 * A {@link WorkRunner} implementation found with {@link java.util.ServiceLoader}, so that heavy
 * engines (Spark: ~190 MB of dependencies) stay out of the default build and classpath and cost
 * nothing unless asked for.
 */
public interface WorkRunnerProvider {

  /** Name the command line selects it by, e.g. "spark". */
  String name();

  /**
   * Opens a runner.
   *
   * @param master engine-specific address (for Spark a master URL such as {@code local[2]} or
   *     {@code spark://host:7077}); null for the engine's embedded default
   * @param parallelism units to run at once when the engine does not decide (local mode)
   */
  WorkRunner open(String master, int parallelism);
}
