package org.vfit.datasets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;

/**
 * The small computations the records offer on their data. Tolerances of 1e-12 and below allow only
 * double rounding of the arithmetic; zero compares values that involve no arithmetic.
 */
class ModelTest {

  private static <T extends Dataset> T valid(String name, Class<T> type) throws URISyntaxException {
    return Datasets.read(
        Path.of(ModelTest.class.getResource("/valid/" + name + ".json").toURI()), type);
  }

  @Test
  void chi2TableInterpolatesBilinearly() throws URISyntaxException {
    Chi2Table t = valid("chi2-table", Chi2Table.class); // x = 0.3, 0.4, 0.6; y = 7e-5, 8e-5
    assertEquals(4.0, t.interpolate(0.3, 7.0e-5), 0);
    assertEquals(0.0, t.interpolate(0.4, 8.0e-5), 0);
    // halfway in x between 0.4 and 0.6 on the first row: (2 + 6)/2
    assertEquals(4.0, t.interpolate(0.5, 7.0e-5), 1e-12);
    // cell centre (0.35, 7.5e-5): mean of 4, 2, 8, 0
    assertEquals(3.5, t.interpolate(0.35, 7.5e-5), 1e-12);
    // a quarter of the way in x and y from (0.4, 7e-5): weights 9/16, 3/16, 3/16, 1/16 on 2, 6, 0,
    // 10
    assertEquals((9 * 2 + 3 * 6 + 3 * 0 + 10) / 16.0, t.interpolate(0.45, 7.25e-5), 1e-12);
  }

  @Test
  void chi2TableRefusesToExtrapolate() throws URISyntaxException {
    Chi2Table t = valid("chi2-table", Chi2Table.class);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> t.interpolate(0.7, 7.5e-5));
    assertEquals("value 0.7 outside the tabulated range [0.3, 0.6]", e.getMessage());
  }

  @Test
  void polynomialNightProbabilityFollowsTheAsymmetryDefinition() {
    PolynomialSurvival sno = Datasets.load("sno-polynomial", PolynomialSurvival.class);
    for (double e : new double[] {5, 10, 14}) {
      double day = sno.dayProbability(e);
      double night = sno.nightProbability(e);
      // A = 2 (N - D)/(N + D) must be recovered from the two probabilities
      assertEquals(sno.asymmetry(e), 2 * (night - day) / (night + day), 1e-14);
    }
  }

  @Test
  void meanThermalPowerAveragesUnitYearsOverTheRange() throws URISyntaxException {
    ReactorUnits u = valid("reactor-units", ReactorUnits.class);
    // 2000: 3000 MW x 80 %; 2001: 3000 x 40 % + 1000 x 70 %
    assertEquals((2400 + 1200 + 700) / 2.0, u.meanThermalPower("SITE", 2000, 2001), 1e-9);
    assertEquals(0, u.meanThermalPower("SITE", 1995, 1999), 0);
  }

  @Test
  void rateUncertaintiesCombineSideBySide() throws URISyntaxException {
    Rates r = valid("rates", Rates.class);
    Uncertainty u = r.measurement("b").uncertainty(); // stat 0.04, syst +0.02 -0.03
    assertEquals(Math.hypot(0.04, 0.02), u.plus(), 1e-15);
    assertEquals(Math.hypot(0.04, 0.03), u.minus(), 1e-15);
    assertEquals(0.5 * (u.plus() + u.minus()), r.sigmas().get(1), 0);
  }

  @Test
  void gaussianCovarianceScalesTheCorrelation() throws URISyntaxException {
    GaussianConstraint g = valid("gaussian-constraint", GaussianConstraint.class);
    assertEquals(-0.5 * 0.01 * 2e-6, g.covariance().get(0, 1), 1e-22);
    assertEquals(1e-4, g.covariance().get(0, 0), 1e-18);
  }

  @Test
  void valuesAndMatricesAreImmutableCopies() {
    double[] raw = {1, 2, 3};
    Values v = Values.of(raw);
    raw[0] = 99;
    assertEquals(1, v.get(0), 0);
    v.toArray()[1] = 99;
    assertEquals(2, v.get(1), 0);
    double[][] rows = {{1, 0}, {0, 1}};
    Matrix m = Matrix.of(rows);
    rows[0][0] = 5;
    assertEquals(1, m.get(0, 0), 0);
  }
}
