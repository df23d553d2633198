package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The four fits of a tension run. H0 and H1 are spelled as in the paper and the stdout
 * summary ({@code fits.H0}, {@code fits.H1}).
 *
 * @param nu solar data only
 * @param nubar reactor data only
 * @param h0 all data, one shared parameter set
 * @param h1 all data, separate ν and ν̄ parameter sets
 */
public record Fits(
    SingleFit nu,
    SingleFit nubar,
    @JsonProperty("H0") SingleFit h0,
    @JsonProperty("H1") SplitFit h1) {
  public Fits {
    Checks.required("nu", nu);
    Checks.required("nubar", nubar);
    Checks.required("H0", h0);
    Checks.required("H1", h1);
  }

  /** The single-set fit of that name; H1 has two sets and is read from {@link #h1()}. */
  public SingleFit single(FitName name) {
    return switch (name) {
      case NU -> nu;
      case NUBAR -> nubar;
      case H0 -> h0;
      case H1 ->
          throw new IllegalArgumentException("H1 has separate ν and ν̄ parameters; use h1()");
    };
  }
}
