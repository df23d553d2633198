package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vfit.fit.testing.Golden;

/**
 * The boxed text summary against golden files in src/test/resources/org/vfit/fit/minuit. The fits
 * use StrictMath in their functions so that the text is the same on every platform. On a mismatch
 * the actual text is written to target/ for diffing; {@code -Dvfit.regenerateGoldens=true} rewrites
 * the golden files instead (src/test/resources/README.md).
 */
class SummaryTest {

  static Minuit poissonFit() {
    double[] t = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
    double[] n = {9, 5, 4, 1, 2, 0};
    Fcn nll =
        x -> {
          double s = 0;
          for (int i = 0; i < t.length; i++) {
            double mu = x[0] * StrictMath.exp(-t[i] / x[1]);
            s += mu - n[i] * StrictMath.log(mu);
          }
          return 2 * s;
        };
    Minuit m = new Minuit(nll, new String[] {"A", "tau"}, new double[] {10, 2}).tolerance(1e-6);
    m.migrad();
    m.hesse();
    m.minos();
    return m;
  }

  static Minuit limitFixedFit() {
    Fcn f =
        x ->
            StrictMath.pow((x[0] + 1.0) / 0.5, 2)
                + StrictMath.pow((x[1] - 2.0) / 0.8, 2)
                + 0.6 * (x[0] + 1.0) * (x[1] - 2.0)
                + StrictMath.pow((x[2] - 3e-5) / 2e-6, 2);
    Minuit m =
        new Minuit(f, new String[] {"a", "b", "scale"}, new double[] {1.0, 0.0, 3e-5})
            .limits("a", 0.0, 5.0)
            .fix("scale");
    m.migrad();
    m.minos("b");
    return m;
  }

  static Minuit callLimitFit() {
    Fcn f = x -> StrictMath.pow(1 - x[0], 2) + 100 * StrictMath.pow(x[1] - x[0] * x[0], 2);
    Minuit m = new Minuit(f, new String[] {"x", "y"}, new double[] {-1.2, 1.0}).maxCalls(30);
    m.migrad();
    return m;
  }

  private static void assertGolden(String file, String actual) throws IOException {
    if (Golden.regenerating()) {
      Golden.write(SummaryTest.class, file, actual);
      return;
    }
    String expected = Golden.read(SummaryTest.class, file);
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "summary-actual", file);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertEquals(
        expected, actual, "summary differs from golden " + file + " (actual written to target/)");
  }

  @Test
  void poissonFitWithMinos() throws IOException {
    assertGolden("summary-poisson.txt", poissonFit().summary());
  }

  @Test
  void limitAndFixedParameter() throws IOException {
    assertGolden("summary-limit-fixed.txt", limitFixedFit().summary());
  }

  @Test
  void invalidFitSaysWhy() throws IOException {
    String s = callLimitFit().summary();
    assertTrue(s.contains("INVALID minimum") && s.contains("ABOVE call limit"));
    assertGolden("summary-call-limit.txt", s);
  }

  @Test
  void pdgRoundingOfValueAndError() {
    // PDG rule: three leading digits of the error 100–354 → two significant digits,
    // 355–949 → one, 950–999 → round up to 1000 and keep two.
    assertArrayEquals(new String[] {"1.234", "0.023"}, Summary.valueAndError(1.23449, 0.0234));
    assertArrayEquals(new String[] {"1.23", "0.05"}, Summary.valueAndError(1.23449, 0.0456));
    assertArrayEquals(new String[] {"1.23", "0.10"}, Summary.valueAndError(1.23449, 0.0987));
    assertArrayEquals(new String[] {"12", "4"}, Summary.valueAndError(12.0466, 4.1519));
    assertArrayEquals(new String[] {"1.8", "0.5"}, Summary.valueAndError(1.83458, 0.54653));
    assertArrayEquals(new String[] {"1235", "12"}, Summary.valueAndError(1234.56, 12.3));
    assertArrayEquals(new String[] {"1230", "40"}, Summary.valueAndError(1234.56, 43.0));
    // Up to six decimals stay in fixed notation; beyond, scientific with the same last digit.
    assertArrayEquals(
        new String[] {"0.000550", "0.000007"}, Summary.valueAndError(5.5015643e-4, 7.2668e-6));
    assertArrayEquals(
        new String[] {"1.235e-07", "3.2e-09"}, Summary.valueAndError(1.23456e-7, 3.2e-9));
  }
}
