package org.vfit.fit.tests;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * One-sample Kolmogorov–Smirnov test of toy statistics against χ²(dof), the check that Wilks'
 * theorem holds for the data at hand (commons-math3's implementation: exact p-values for small
 * samples, the Kolmogorov distribution for large ones).
 */
public final class KolmogorovSmirnov {

  /**
   * @param n sample size
   * @param statistic sup |F_n − F|
   * @param pValue probability of a statistic at least this large if the sample follows χ²(dof)
   */
  public record Result(int n, int dof, double statistic, double pValue) {}

  private KolmogorovSmirnov() {}

  public static Result chiSquared(double[] values, int dof) {
    if (values.length < 2) {
      throw new IllegalArgumentException("a KS test needs at least 2 values, got " + values.length);
    }
    ChiSquaredDistribution d = new ChiSquaredDistribution(null, dof);
    KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
    return new Result(
        values.length,
        dof,
        ks.kolmogorovSmirnovStatistic(d, values),
        ks.kolmogorovSmirnovTest(d, values, false));
  }
}
