package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The short answer of a tension run, shaped as issue 5's {@code --json} stdout: {@code
 * {"pg":{"chi2":..,"dof":..,"pValue":..,"sigma":..},"fits":{"nu":{..},"nubar":{..},"H0":{..},"H1":{..}}}}.
 * Every value is copied from a {@link TensionResult}; nothing is recomputed.
 *
 * @param pg the test statistic and its significance
 * @param fits best fits
 */
public record Summary(Pg pg, SummaryFits fits) {

  /**
   * @param chi2 χ²_PG
   * @param dof its degrees of freedom
   * @param pValue Wilks p-value
   * @param sigma Wilks two-sided significance
   * @param toys number of toys, absent without toys
   * @param toyPValue toy p-value, absent without toys
   * @param toyPValueError its binomial error, absent without toys
   * @param toySigma toy significance, absent without toys or when no toy reached χ²_PG
   * @param oneDof the 1-dof significances of δ(Δm²₂₁) = 0 and δ(sin²θ₁₂) = 0, absent in results
   *     that lack them
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Pg(
      double chi2,
      int dof,
      double pValue,
      double sigma,
      Integer toys,
      Double toyPValue,
      Double toyPValueError,
      Double toySigma,
      OneDofSigmas oneDof) {}

  /**
   * @param dm21Sigma √Δχ² of δ(Δm²₂₁) = 0 (compare with the ~1.5σ of NuFIT 6.0 and Super-K 2024)
   * @param sin2theta12Sigma √Δχ² of δ(sin²θ₁₂) = 0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OneDofSigmas(Double dm21Sigma, Double sin2theta12Sigma) {
    static OneDofSigmas of(OneDof o) {
      if (o == null) {
        return null;
      }
      return new OneDofSigmas(
          o.dm21() == null ? null : o.dm21().sigma(),
          o.sin2theta12() == null ? null : o.sin2theta12().sigma());
    }
  }

  /**
   * @param chi2Min χ² at the minimum
   * @param valid the minimiser's validity flag
   * @param dm21 Δm²₂₁ in eV²
   * @param sin2theta12 sin²θ₁₂
   * @param sin2theta13 sin²θ₁₃
   */
  public record SingleFitSummary(
      double chi2Min, boolean valid, Estimate dm21, Estimate sin2theta12, Estimate sin2theta13) {
    static SingleFitSummary of(SingleFit f) {
      return new SingleFitSummary(
          f.chi2Min(), f.validity().valid(), f.dm21(), f.sin2theta12(), f.sin2theta13());
    }
  }

  /**
   * @param chi2Min χ² at the minimum
   * @param valid the minimiser's validity flag
   * @param nu ν-sector parameters
   * @param nubar ν̄-sector parameters
   */
  public record SplitFitSummary(
      double chi2Min, boolean valid, OscillationEstimate nu, OscillationEstimate nubar) {}

  /** The four fits under the names the issue uses. */
  public record SummaryFits(
      SingleFitSummary nu,
      SingleFitSummary nubar,
      @JsonProperty("H0") SingleFitSummary h0,
      @JsonProperty("H1") SplitFitSummary h1) {}

  /** The summary of a result. */
  public static Summary of(TensionResult result) {
    PgTest pg = result.pg();
    ToyCalibration toys = pg.toys();
    Pg pgSummary =
        new Pg(
            pg.chi2(),
            pg.dof(),
            pg.pValue(),
            pg.sigma(),
            toys == null ? null : toys.toys(),
            toys == null ? null : toys.pValue(),
            toys == null ? null : toys.pValueError(),
            toys == null ? null : toys.sigma(),
            OneDofSigmas.of(pg.oneDof()));
    Fits f = result.fits();
    SplitFit h1 = f.h1();
    return new Summary(
        pgSummary,
        new SummaryFits(
            SingleFitSummary.of(f.nu()),
            SingleFitSummary.of(f.nubar()),
            SingleFitSummary.of(f.h0()),
            new SplitFitSummary(h1.chi2Min(), h1.validity().valid(), h1.nu(), h1.nubar())));
  }
}
