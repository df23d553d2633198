package org.vfit.spark;

import java.io.Serial;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.vfit.fit.analysis.WorkFunction;
import org.vfit.fit.analysis.WorkRunner;

/**
 * Work units as Spark tasks. Units are sent in batches (one Spark job each; 16 per core at first,
 * then sized to last about five seconds), so that results reach the caller — and a toy checkpoint —
 * while the run goes on rather than only at its end; a killed run loses at most the batch in
 * flight. Within a batch, results come back in unit order.
 *
 * <p>Local masters ({@code local[N]}) run embedded in this JVM, bound to the loopback interface.
 * For a cluster master the jars holding vfit's classes are shipped to the executors, which must run
 * the same Java version so that the same code gives the same bits.
 */
public final class SparkRunner implements WorkRunner {

  /**
   * JDK packages Spark reaches into on Java 17 (the subset of Spark's own JavaModuleOptions that
   * local mode needs): without them it fails on first use with an IllegalAccessError.
   */
  static final List<String> OPENS =
      List.of(
          "java.base/java.lang",
          "java.base/java.lang.invoke",
          "java.base/java.nio",
          "java.base/java.util",
          "java.base/sun.nio.ch");

  private final JavaSparkContext context;
  private final String master;
  private final ClassLoader loader;

  /**
   * @param master a Spark master URL, or null for {@code local[parallelism]}
   * @param parallelism cores of the embedded local mode
   * @throws IllegalArgumentException if this JVM lacks the options Spark needs on Java 17
   */
  public SparkRunner(String master, int parallelism) {
    requireOpenPackages();
    this.master = master == null ? "local[" + Math.max(1, parallelism) + "]" : master;
    this.loader = Thread.currentThread().getContextClassLoader();
    SparkConf conf =
        new SparkConf().setMaster(this.master).setAppName("vfit").set("spark.ui.enabled", "false");
    if (this.master.startsWith("local") || onLoopback(this.master)) {
      // An embedded or loopback cluster: nothing should listen beyond this machine.
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    if (!this.master.startsWith("local")) {
      conf.setJars(codeSources(conf));
    }
    this.context = new JavaSparkContext(conf);
  }

  private static void requireOpenPackages() {
    Module base = Object.class.getModule();
    Module me = SparkRunner.class.getModule();
    List<String> missing = new ArrayList<>();
    for (String p : OPENS) {
      String pkg = p.substring(p.indexOf('/') + 1);
      if (!base.isOpen(pkg, me)) {
        missing.add("--add-opens=" + p + "=ALL-UNNAMED");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Spark needs JDK packages opened on Java 17; run java with "
              + String.join(" ", missing)
              + " (./vfit's jar carries them; otherwise set VFIT_JAVA_OPTS)");
    }
  }

  /** Whether a master URL names this machine's loopback interface (spark://127.0.0.1:7077). */
  static boolean onLoopback(String master) {
    return master.matches("spark://(127\\.0\\.0\\.1|localhost)(:\\d+)?");
  }

  /**
   * The jars holding vfit's classes and this runner, for a cluster's executors. When vfit runs from
   * class folders (tests in the build), the jars must have been given as {@code spark.jars}.
   */
  private static String[] codeSources(SparkConf conf) {
    if (conf.contains("spark.jars") && !conf.get("spark.jars").isBlank()) {
      return conf.get("spark.jars").split(",");
    }
    Set<String> jars = new LinkedHashSet<>();
    for (Class<?> c : new Class<?>[] {WorkRunner.class, SparkRunner.class}) {
      try {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
          throw new IllegalArgumentException(
              "a Spark cluster needs vfit packaged as jars; "
                  + c.getName()
                  + " comes from "
                  + p
                  + " (build with ./mvnw -B package and run ./vfit)");
        }
        jars.add(p.toString());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "cannot locate the jar of " + c.getName() + ": " + e.getMessage());
      }
    }
    return jars.toArray(new String[0]);
  }

  /**
   * Applies a broadcast vfit work function as a Spark function. The work function travels as a
   * broadcast variable, deserialised once per executor JVM and map call rather than once per task:
   * work functions carry models whose likelihood terms are rebuilt (from dataset names) on first
   * use, which costs far more than a toy.
   */
  private static final class Apply<T, R> implements Function<T, R>, Serializable {
    @Serial private static final long serialVersionUID = 2L;
    private final Broadcast<WorkFunction<T, R>> work;

    Apply(Broadcast<WorkFunction<T, R>> work) {
      this.work = work;
    }

    @Override
    public R call(T unit) {
      return work.value().apply(unit);
    }
  }

  /** Seconds a batch (one Spark job) should last once its units' cost is known. */
  static final double TARGET_BATCH_SECONDS = 5.0;

  /** Units per core of the first batch, and the most per core of any batch. */
  static final int FIRST_BATCH_PER_CORE = 16;

  static final int MAX_BATCH_PER_CORE = 1024;

  @Override
  public <T extends Serializable, R extends Serializable> List<R> map(
      List<T> units, WorkFunction<T, R> work, Consumer<? super R> onResult) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    // Spark resolves task classes through the context class loader, which must see this module.
    t.setContextClassLoader(loader);
    Broadcast<WorkFunction<T, R>> shared = context.broadcast(work);
    try {
      int cores = parallelism();
      Apply<T, R> f = new Apply<>(shared);
      List<R> out = new ArrayList<>(units.size());
      int batch = FIRST_BATCH_PER_CORE * cores;
      for (int start = 0; start < units.size(); ) {
        List<T> part = new ArrayList<>(units.subList(start, Math.min(units.size(), start + batch)));
        long t0 = System.nanoTime();
        List<R> results = context.parallelize(part, Math.min(part.size(), cores)).map(f).collect();
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (R r : results) {
          onResult.accept(r);
          out.add(r);
        }
        start += part.size();
        batch = nextBatch(batch, part.size(), seconds, cores);
      }
      return out;
    } finally {
      shared.destroy();
      t.setContextClassLoader(before);
    }
  }

  /**
   * The next batch size: aim at {@link #TARGET_BATCH_SECONDS} per job (Spark's per-job overhead is
   * ~0.1 s, a toy can take milliseconds) and at most double per step, between {@link
   * #FIRST_BATCH_PER_CORE} and {@link #MAX_BATCH_PER_CORE} units per core. A killed run loses at
   * most the batch in flight. Batch sizes change only the speed: each unit's result is the same.
   */
  static int nextBatch(int batch, int done, double seconds, int cores) {
    double perUnit = seconds / Math.max(1, done);
    int wanted =
        perUnit > 0 ? (int) Math.min(Integer.MAX_VALUE, TARGET_BATCH_SECONDS / perUnit) : 2 * batch;
    int next = Math.min(2 * batch, Math.max(batch / 2, wanted));
    return Math.max(FIRST_BATCH_PER_CORE * cores, Math.min(MAX_BATCH_PER_CORE * cores, next));
  }

  @Override
  public int parallelism() {
    return context.defaultParallelism();
  }

  @Override
  public String description() {
    return "Spark " + master;
  }

  @Override
  public void close() {
    context.close();
  }
}
