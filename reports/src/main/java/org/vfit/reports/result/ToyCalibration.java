package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;

/**
 * Toy-MC calibration of χ²_PG: pseudo-experiments generated at the H0 best fit, both hypotheses
 * refitted on each. Either the individual toy values, a histogram of them, or both are kept; the
 * individual values can be dropped for large toy counts to keep the file small.
 *
 * @param toys number of toys
 * @param exceeding toys with χ²_PG ≥ the observed value
 * @param pValue toy p-value
 * @param pValueError binomial standard error of {@code pValue}
 * @param sigma two-sided Gaussian significance of {@code pValue}, or {@code null} when no toy
 *     reached the observed value (p = 0, σ unbounded above)
 * @param sigmaLower significance at p + pValueError, or {@code null} as for {@code sigma}
 * @param sigmaUpper significance at p − pValueError, or {@code null} when that p is ≤ 0
 * @param statistics the toy χ²_PG values, or {@code null}
 * @param histogram histogram of the toy χ²_PG values, or {@code null}
 */
public record ToyCalibration(
    int toys,
    int exceeding,
    double pValue,
    double pValueError,
    Double sigma,
    Double sigmaLower,
    Double sigmaUpper,
    List<Double> statistics,
    Histogram histogram) {
  /**
   * Fewest toys whose σ is quoted without a caution. With N toys p has a binomial error of
   * √(p(1−p)/N): at N = 100 and p near 0.5 that is ±0.05, about ±0.07 in σ; with 4 toys p can only
   * be a multiple of 0.25.
   */
  public static final int FEW_TOYS = 100;

  /**
   * A warning when the toy σ rests on fewer than {@link #FEW_TOYS} toys, else {@code null}; the
   * same sentence appears in the text output, the HTML report and the toy plot.
   */
  @JsonIgnore
  public String caution() {
    return caution(toys, pValue, pValueError);
  }

  /** The caution for a toy count and p-value (see {@link #caution()}). */
  public static String caution(int toys, double pValue, double pValueError) {
    if (toys >= FEW_TOYS) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "only %d toys: p = %.2g +- %.1g, so the toy sigma is indicative only (use at least %d)",
        toys,
        pValue,
        pValueError,
        FEW_TOYS);
  }

  public ToyCalibration {
    if (toys < 1) {
      throw new InvalidFieldException("toys", "must be >= 1, was " + toys);
    }
    if (exceeding < 0 || exceeding > toys) {
      throw new InvalidFieldException(
          "exceeding", "must be between 0 and toys (" + toys + "), was " + exceeding);
    }
    Checks.probability("pValue", pValue);
    Checks.nonNegative("pValueError", pValueError);
    Checks.finiteOrNull("sigma", sigma);
    Checks.finiteOrNull("sigmaLower", sigmaLower);
    Checks.finiteOrNull("sigmaUpper", sigmaUpper);
    if (statistics == null && histogram == null) {
      throw new InvalidFieldException(
          "statistics", "either the toy values or their histogram is required");
    }
    if (statistics != null) {
      statistics = Checks.finiteList("statistics", statistics);
      if (statistics.size() != toys) {
        throw new InvalidFieldException(
            "statistics", "must hold one value per toy (" + toys + "), has " + statistics.size());
      }
    }
  }
}
