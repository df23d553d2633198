package org.vfit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.ProgressListener;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * A real Spark standalone cluster — a master and two single-core workers in their own JVMs on
 * loopback, executors launched by the workers — against the in-JVM runner: the same toys and the
 * same grid, bit for bit. Skipped (not failed) when the cluster cannot be started here, e.g.
 * without free ports or process spawning; spark/cluster/check.sh does the same at full size.
 */
class SparkClusterTest {
  private static final List<String> OPENS =
      List.of(
          "java.base/java.lang",
          "java.base/java.lang.invoke",
          "java.base/java.nio",
          "java.base/java.util",
          "java.base/java.util.concurrent",
          "java.base/sun.nio.ch",
          "java.base/sun.util.calendar");

  @TempDir static Path tmp;
  private static final List<Process> daemons = new ArrayList<>();
  private static SparkRunner cluster;
  private static Model h0;
  private static PgResult observed;

  @BeforeAll
  static void start() throws Exception {
    Path home = tmp.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createFile(home.resolve("RELEASE"));
    List<Path> classDirs = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        classDirs.add(p);
      } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        Path link = jars.resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p);
        }
      }
    }
    // vfit's classes come from module folders in the build: ship them as one jar.
    Path vfitJar = tmp.resolve("vfit-classes.jar");
    writeJar(vfitJar, classDirs);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String master = "spark://127.0.0.1:" + port;
    Path logs = Files.createDirectories(tmp.resolve("logs"));
    daemons.add(
        daemon(
            home,
            logs.resolve("master.log"),
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(port),
            "--webui-port",
            "0"));
    Assumptions.assumeTrue(
        waitFor(logs.resolve("master.log"), "I have been elected leader", 1, 90),
        "Spark master did not start here; see " + logs);
    for (int w = 1; w <= 2; w++) {
      Path work = Files.createDirectories(tmp.resolve("work-" + w));
      daemons.add(
          daemon(
              home,
              logs.resolve("worker-" + w + ".log"),
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--cores",
              "1",
              "--memory",
              "1g",
              "--webui-port",
              "0",
              "--work-dir",
              work.toString(),
              master));
    }
    Assumptions.assumeTrue(
        waitFor(logs.resolve("master.log"), "Registering worker", 2, 120),
        "Spark workers did not register here; see " + logs);

    Path solar = tmp.resolve("solar-test.json");
    Files.writeString(
        solar,
        """
            {"kind": "gaussian-constraint", "name": "solar-test",
             "title": "Test input (nu sector); not a measurement", "status": "unverified",
             "provenance": {"authors": "vfit tests", "title": "synthetic", "year": 2025,
               "table_or_figure": "none", "read_in": "written by SparkClusterTest"},
             "units": {"sin2_theta12": "dimensionless", "dm2_21": "eV^2"}, "notes": ["synthetic"],
             "sector": "neutrino", "mass_ordering": "any",
             "parameters": [{"name": "sin2_theta12", "value": 0.306, "sigma": 0.013},
                            {"name": "dm2_21", "value": 6.1e-05, "sigma": 1.0e-05}],
             "correlation": [[1.0, 0.0], [0.0, 1.0]]}
            """);
    h0 =
        Model.of(
            TermSource.datasets(List.of(solar.toString(), "juno-2025", "daya-bay-theta13")),
            Hypothesis.h0(),
            MixingParameters.ofSin2(7.4e-5, 2.5e-3, 0.31, 0.022, 0.5, 0));
    observed =
        ParameterGoodnessOfFit.test(
            h0,
            h0.withHypothesis(Hypothesis.h1SharedTheta13()),
            FitOptions.defaults().withMinos(false));
    assertTrue(observed.isValid());
    System.setProperty("spark.jars", vfitJar.toString());
    try {
      cluster = new SparkRunner(master, 2);
    } finally {
      System.clearProperty("spark.jars");
    }
  }

  private static Process daemon(Path home, Path log, String cls, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String o : OPENS) cmd.add("--add-opens=" + o + "=ALL-UNNAMED");
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(home.resolve("jars") + File.separator + "*");
    cmd.add(cls);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("VFIT_CACHE", "off");
    return pb.start();
  }

  /** Whether {@code text} appears {@code count} times in the log within the time limit. */
  private static boolean waitFor(Path log, String text, int count, int seconds) throws Exception {
    for (int i = 0; i < 2 * seconds; i++) {
      if (Files.exists(log)) {
        String s = Files.readString(log);
        int n = 0;
        for (int at = s.indexOf(text); at >= 0; at = s.indexOf(text, at + 1)) n++;
        if (n >= count) return true;
      }
      for (Process p : daemons) {
        if (!p.isAlive()) return false;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static void writeJar(Path jar, List<Path> dirs) throws IOException {
    try (OutputStream f = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(f)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Path dir : dirs) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
            String name = dir.relativize(p).toString().replace(File.separatorChar, '/');
            if (!seen.add(name)) continue;
            out.putNextEntry(new JarEntry(name));
            Files.copy(p, out);
            out.closeEntry();
          }
        }
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    for (Process p : daemons) {
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
      for (ProcessHandle c : children) c.destroyForcibly();
      p.destroyForcibly();
    }
  }

  @Test
  void toysOnAStandaloneClusterAreTheToysOfTheLocalRunner() {
    FitOptions toyFit = FitOptions.defaults().forToys();
    ToyStudy.Result local = new ToyStudy(observed, 5L, toyFit).run(40, new LocalRunner(2));
    ToyStudy.Result onCluster =
        new ToyStudy(observed, 5L, toyFit)
            .run(40, tmp.resolve("cluster.jsonl"), cluster, ProgressListener.NONE);
    // Record equality compares every double bit for bit.
    assertEquals(local.outcomes(), onCluster.outcomes());
    assertTrue(cluster.description().startsWith("Spark spark://127.0.0.1:"));
    assertEquals(2, cluster.parallelism(), "two workers of one core each");
  }

  @Test
  void gridOnAStandaloneClusterIsTheGridOfTheLocalRunner() {
    Model h1 = h0.withHypothesis(Hypothesis.h1SharedTheta13());
    FitOptions options = FitOptions.defaults().withMinos(false);
    FitResult fit = Fitter.fit(h1, options);
    double[] s12 = Profiles.linspace(0.28, 0.34, 5);
    double[] dm = Profiles.linspace(7.2, 7.8, 7);
    ContourResult local =
        Contours.contour(
            h1, fit, Sector.NUBAR, s12, dm, options, new LocalRunner(2), ProgressListener.NONE);
    ContourResult onCluster =
        Contours.contour(h1, fit, Sector.NUBAR, s12, dm, options, cluster, ProgressListener.NONE);
    for (int j = 0; j < dm.length; j++) {
      assertArrayEquals(local.chi2()[j], onCluster.chi2()[j], 0.0, "row " + j);
    }
  }
}
