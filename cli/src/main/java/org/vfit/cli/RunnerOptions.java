package org.vfit.cli;

import java.nio.file.Path;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.WorkRunner;
import picocli.CommandLine.Option;

/**
 * Where the work units of a command (toys, grid points, profile points) run: threads of this JVM by
 * default, or Apache Spark with {@code --spark} — embedded local mode, or a cluster such as the
 * standalone one {@code spark/cluster/cluster.sh} starts on loopback. Units are pure functions of
 * their input, so the numbers are the same bit for bit on either; only the speed differs.
 */
final class RunnerOptions {
  @Option(
      names = "--spark",
      arity = "0..1",
      paramLabel = "MASTER",
      fallbackValue = "",
      description =
          "Run the work units on Apache Spark: embedded local mode by default (local[T]), or a "
              + "master URL such as spark://127.0.0.1:7077 (spark/cluster/cluster.sh starts one). "
              + "Needs the vfit-spark module ("
              + RunnerPlugins.BUILD_SPARK
              + ").")
  String spark;

  @Option(
      names = "--spark-home",
      paramLabel = "DIR",
      description =
          "Folder with vfit-spark.jar and spark-lib/ (default: spark/target of this checkout).")
  Path sparkHome;

  /** Opens the runner the options ask for; {@code threads} for the local kinds. */
  WorkRunner open(int threads) {
    if (sparkHome != null && spark == null) {
      throw new IllegalArgumentException("--spark-home is only used with --spark");
    }
    if (spark == null) {
      return new LocalRunner(threads);
    }
    if (!spark.isEmpty() && !spark.matches("(local(\\[(\\d+|\\*)\\])?|spark://.+|yarn|k8s://.+)")) {
      throw new IllegalArgumentException(
          "--spark: expected local[N] or a master URL such as spark://host:7077, got '"
              + spark
              + "'");
    }
    return RunnerPlugins.open("spark", spark.isEmpty() ? null : spark, threads, sparkHome);
  }

  /** Fails early (before any fit) on options that cannot work together. */
  void validate() {
    if (sparkHome != null && spark == null) {
      throw new IllegalArgumentException("--spark-home is only used with --spark");
    }
  }
}
