package org.vfit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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
 * Spark local[2] against the in-JVM runner: the same toys and the same grid, bit for bit. The work
 * units travel through Spark's Java serialisation and rebuild their likelihood from dataset names
 * on the executor, as they would on a cluster.
 */
class SparkRunnerTest {

  @TempDir static Path tmp;
  private static SparkRunner spark;
  private static Model h0;
  private static PgResult observed;

  @BeforeAll
  static void start() throws IOException {
    Path solar = tmp.resolve("solar-test.json");
    Files.writeString(
        solar,
        """
            {"kind": "gaussian-constraint", "name": "solar-test",
             "title": "Test input (nu sector); not a measurement", "status": "unverified",
             "provenance": {"authors": "vfit tests", "title": "synthetic", "year": 2025,
               "table_or_figure": "none", "read_in": "written by SparkRunnerTest"},
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
    spark = new SparkRunner("local[2]", 2);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void toysOnSparkAreTheToysOfTheLocalRunner() {
    FitOptions toyFit = FitOptions.defaults().forToys();
    ToyStudy.Result local = new ToyStudy(observed, 99L, toyFit).run(48, new LocalRunner(2));
    ToyStudy study = new ToyStudy(observed, 99L, toyFit);
    ToyStudy.Result onSpark = study.run(48, tmp.resolve("spark.jsonl"), spark, (done, total) -> {});
    // Record equality compares every double bit for bit.
    assertEquals(local.outcomes(), onSpark.outcomes());
    assertEquals(local.summary().pValue(), onSpark.summary().pValue());
    assertEquals("Spark local[2]", spark.description());
    assertEquals(2, spark.parallelism());
    // Results reach the caller in unit order.
    List<Long> order = new ArrayList<>();
    spark.map(List.of(3L, 1L, 2L), new Square(), r -> order.add(r));
    assertEquals(List.of(9L, 1L, 4L), order);
  }

  /** A trivial serialisable work function. */
  private static final class Square implements org.vfit.fit.analysis.WorkFunction<Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long apply(Long x) {
      return x * x;
    }
  }

  @Test
  void gridOnSparkIsTheGridOfTheLocalRunner() {
    Model h1 = h0.withHypothesis(Hypothesis.h1SharedTheta13());
    FitOptions options = FitOptions.defaults().withMinos(false);
    FitResult fit = Fitter.fit(h1, options);
    double[] s12 = Profiles.linspace(0.28, 0.34, 6);
    double[] dm = Profiles.linspace(7.2, 7.8, 9);
    ContourResult local =
        Contours.contour(
            h1, fit, Sector.NUBAR, s12, dm, options, new LocalRunner(2), ProgressListener.NONE);
    ContourResult onSpark =
        Contours.contour(h1, fit, Sector.NUBAR, s12, dm, options, spark, ProgressListener.NONE);
    double[][] a = local.chi2();
    double[][] b = onSpark.chi2();
    for (int j = 0; j < a.length; j++) {
      assertArrayEquals(a[j], b[j], 0.0, "row " + j);
    }
    assertEquals(0, onSpark.invalidPoints());
  }
}
