package org.vfit.cli;

import org.junit.jupiter.api.Test;

class RunnerOptionsTest {
  private static final String REACTOR = "juno-2025,daya-bay-theta13";

  @Test
  void aMalformedSparkMasterIsBadInputNamingTheOption() {
    CliRun.of("contour", "--datasets", REACTOR, "--sector", "nubar", "--spark", "bogus://x")
        .assertBadInput("--spark");
  }

  @Test
  void sparkHomeWithoutSparkIsBadInput() {
    CliRun.of(
            "profile",
            "--datasets",
            REACTOR,
            "--parameter",
            "dm21",
            "--grid",
            "7:8:5",
            "--spark-home",
            System.getProperty("java.io.tmpdir"))
        .assertBadInput("--spark-home");
  }
}
