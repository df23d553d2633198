package org.vfit.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.analysis.WorkRunnerProvider;

/**
 * Finds optional work runners ({@link WorkRunnerProvider}) such as Spark's. A runner already on the
 * class path is used as it is; otherwise its folder is loaded in a class loader of its own — {@code
 * vfit-spark.jar} and {@code spark-lib/*.jar}, by default from {@code spark/target} of the checkout
 * this vfit was built in — so that the default command line neither ships nor loads Spark's ~190 MB
 * of dependencies.
 */
final class RunnerPlugins {
  private RunnerPlugins() {}

  /** Build command that makes the Spark runner available. */
  static final String BUILD_SPARK = "./mvnw -B -q -pl spark -am package -DskipTests";

  static WorkRunner open(String name, String master, int parallelism, Path home) {
    WorkRunnerProvider p =
        find(
            name,
            ServiceLoader.load(WorkRunnerProvider.class, RunnerPlugins.class.getClassLoader()));
    ClassLoader loader = null;
    if (p == null) {
      Path dir = home != null ? home : defaultHome();
      List<URL> jars = jars(dir);
      if (jars.isEmpty()) {
        throw new IllegalArgumentException(
            "--"
                + name
                + ": the "
                + name
                + " runner is not installed (looked in "
                + dir
                + "); build it with '"
                + BUILD_SPARK
                + "' or point --spark-home at its folder");
      }
      loader =
          new URLClassLoader(
              "vfit-" + name, jars.toArray(new URL[0]), RunnerPlugins.class.getClassLoader());
      p = find(name, ServiceLoader.load(WorkRunnerProvider.class, loader));
      if (p == null) {
        throw new IllegalArgumentException("--" + name + ": no " + name + " runner in " + dir);
      }
    }
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    // Engines such as Spark load user classes through the context class loader.
    t.setContextClassLoader(loader != null ? loader : before);
    try {
      return p.open(master, parallelism);
    } finally {
      t.setContextClassLoader(before);
    }
  }

  private static WorkRunnerProvider find(String name, ServiceLoader<WorkRunnerProvider> loader) {
    for (WorkRunnerProvider p : loader) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** {@code spark/target} next to the {@code cli/target} this class was loaded from. */
  static Path defaultHome() {
    try {
      Path here =
          Path.of(RunnerPlugins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // cli/target/vfit.jar or cli/target/classes → the checkout root is three levels up.
      Path root = here.getParent().getParent().getParent();
      return root.resolve("spark").resolve("target");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("spark", "target");
    }
  }

  private static List<URL> jars(Path dir) {
    List<URL> out = new ArrayList<>();
    Path main = dir.resolve("vfit-spark.jar");
    Path lib = dir.resolve("spark-lib");
    if (!Files.isRegularFile(main) || !Files.isDirectory(lib)) {
      return out;
    }
    try (Stream<Path> s = Files.list(lib)) {
      out.add(main.toUri().toURL());
      for (Path p : s.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        out.add(p.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad runner folder " + dir + ": " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read runner folder " + lib + ": " + e.getMessage());
    }
    return out;
  }
}
