package org.vfit.fit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.Fixtures;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.TermSource;
import org.vfit.likelihood.Hypothesis;

/** Toys: χ²(dof) under H0, identical for any thread count, and after a kill and resume. */
class ToyStudyTest {

  private static final long SEED = 20260101L;
  private static PgResult observed;

  @TempDir Path tmp;

  @BeforeAll
  static void fitTheData() {
    observed =
        ParameterGoodnessOfFit.test(
            TermSource.of(Fixtures.both()),
            Fixtures.reference(),
            Hypothesis.h1SharedTheta13(),
            FitOptions.defaults().withMinos(false));
    assertTrue(observed.isValid());
  }

  private static ToyStudy study(long seed) {
    return new ToyStudy(observed, seed, FitOptions.defaults().forToys());
  }

  @Test
  void toyChi2PgFollowsChiSquaredWithTheTestsDof() {
    // 300 toys: the KS test then tells χ²(2) from χ²(1) or χ²(4) with p < 1e-6, yet the run
    // stays well under a second. The seed is fixed, so this is one definite sample.
    ToyStudy.Result r = study(SEED).run(300, new LocalRunner(2));
    ToySummary s = r.summary();
    assertEquals(300, s.toys(), "every toy converged");
    assertEquals(0, s.failed());
    // Acceptance at 1%: a correct χ²(2) sample fails this one time in a hundred seeds, and this
    // seed is fixed.
    KolmogorovSmirnov.Result ks = s.ks();
    assertTrue(ks.pValue() > 0.01, "KS against chi2(2): " + ks);
    // The same sample is rejected against the wrong dof, so the test has power.
    assertTrue(
        KolmogorovSmirnov.chiSquared(s.statistics(), 1).pValue() < 1e-3, "chi2(1) not rejected");
    assertTrue(
        KolmogorovSmirnov.chiSquared(s.statistics(), 4).pValue() < 1e-3, "chi2(4) not rejected");
    // The toy p-value estimates Wilks' p within a few binomial errors (5σ: this cannot flake).
    assertEquals(
        observed.pValue(),
        s.pValue(),
        5 * Math.sqrt(observed.pValue() * (1 - observed.pValue()) / 300));
    // χ²_PG ≥ 0 on every toy, up to convergence (H1 starts at the toy's H0 minimum).
    for (double x : s.statistics()) {
      assertTrue(x > -PgResult.NEGATIVE_TOLERANCE, "negative toy chi2_PG " + x);
    }
  }

  @Test
  void toysAreTheSameOnOneAndTwoThreads() {
    List<ToyOutcome> one = study(SEED).run(24, new LocalRunner(1)).outcomes();
    List<ToyOutcome> two = study(SEED).run(24, new LocalRunner(2)).outcomes();
    // Record equality compares the doubles bit for bit.
    assertEquals(one, two);
    List<ToyOutcome> other = study(SEED + 1).run(24, new LocalRunner(1)).outcomes();
    assertTrue(!one.get(0).equals(other.get(0)), "another seed gives other toys");
  }

  @Test
  void aKilledRunResumesToTheSameNumbers() throws IOException {
    int n = 24;
    ToyStudy.Result reference =
        study(SEED).run(n, tmp.resolve("fresh.jsonl"), new LocalRunner(1), (d, t) -> {});

    Path cp = tmp.resolve("killed.jsonl");
    RuntimeException kill = new RuntimeException("killed");
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                study(SEED)
                    .run(
                        n,
                        cp,
                        new LocalRunner(2),
                        (done, total) -> {
                          if (done == 9) {
                            throw kill;
                          }
                        }));
    assertEquals(kill, thrown);
    List<String> lines = Files.readAllLines(cp);
    assertEquals(1 + 9, lines.size(), "header and the 9 toys recorded before the kill");
    // A kill in the middle of a write leaves half a line behind.
    Files.writeString(
        cp, "{\"toy\":17,\"chi2H0\":1.2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    ToyStudy.Result resumed = study(SEED).run(n, cp, new LocalRunner(2), (d, t) -> {});
    assertEquals(9, resumed.resumed());
    assertEquals(reference.outcomes(), resumed.outcomes());
    assertEquals(reference.summary().pValue(), resumed.summary().pValue());
    assertEquals(reference.summary().ks(), resumed.summary().ks());
    assertEquals(
        1 + n, Files.readAllLines(cp).size(), "the torn line was dropped, every toy recorded once");

    // Resuming a finished study computes nothing and changes nothing.
    ToyStudy.Result again = study(SEED).run(n, cp, new LocalRunner(1), (d, t) -> {});
    assertEquals(n, again.resumed());
    assertEquals(reference.outcomes(), again.outcomes());
  }

  @Test
  void aCheckpointOfAnotherStudyIsRefused() {
    Path cp = tmp.resolve("other.jsonl");
    study(SEED).run(2, cp, new LocalRunner(1), (d, t) -> {});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> study(SEED + 1).run(2, cp, new LocalRunner(1), (d, t) -> {}));
    assertTrue(e.getMessage().contains("seed"), e.getMessage());
  }

  @Test
  void aCorruptLineInTheMiddleIsReportedWithItsNumber() throws IOException {
    Path cp = tmp.resolve("corrupt.jsonl");
    study(SEED).run(3, cp, new LocalRunner(1), (d, t) -> {});
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cp));
    lines.set(2, "not json");
    Files.write(cp, lines);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> study(SEED).run(3, cp, new LocalRunner(1), (d, t) -> {}));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }
}
