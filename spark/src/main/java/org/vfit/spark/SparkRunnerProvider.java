package org.vfit.spark;

import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.analysis.WorkRunnerProvider;

/** Registers {@link SparkRunner} under the name {@code spark}. */
public final class SparkRunnerProvider implements WorkRunnerProvider {

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public WorkRunner open(String master, int parallelism) {
    return new SparkRunner(master, parallelism);
  }
}
