package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fitted quantity with its errors: the symmetric HESSE error always, the asymmetric MINOS errors
 * where MINOS was run. vfit quotes MINOS where it was computed and HESSE otherwise, in the text
 * output, the JSON and the HTML alike (see {@link #quoted()}); a fixed quantity has error 0 and no
 * MINOS errors.
 *
 * @param value best-fit value (Δm² in eV²)
 * @param error HESSE (parabolic) 1σ error, {@code >= 0}; 0 when the quantity was fixed
 * @param minosLower MINOS lower error as an offset {@code <= 0}, or {@code null} when not computed
 * @param minosUpper MINOS upper error as an offset {@code >= 0}, or {@code null} when not computed
 */
public record Estimate(double value, double error, Double minosLower, Double minosUpper) {
  public Estimate {
    Checks.finite("value", value);
    Checks.nonNegative("error", error);
    if (Checks.finiteOrNull("minosLower", minosLower) != null && minosLower > 0) {
      throw new InvalidFieldException(
          "minosLower", "is an offset below the value and must be <= 0, was " + minosLower);
    }
    if (Checks.finiteOrNull("minosUpper", minosUpper) != null && minosUpper < 0) {
      throw new InvalidFieldException(
          "minosUpper", "is an offset above the value and must be >= 0, was " + minosUpper);
    }
  }

  /** An estimate with only a HESSE error. */
  public Estimate(double value, double error) {
    this(value, error, null, null);
  }

  /** Whether both MINOS errors were computed. */
  @JsonIgnore
  public boolean hasMinos() {
    return minosLower != null && minosUpper != null;
  }

  /** Whether the quantity was held fixed in the fit (no error of any kind). */
  @JsonIgnore
  public boolean isFixed() {
    return error == 0 && minosLower == null && minosUpper == null;
  }

  /** Which error vfit quotes for this estimate. */
  public enum ErrorKind {
    @JsonProperty("MINOS")
    MINOS,
    @JsonProperty("HESSE")
    HESSE,
    @JsonProperty("fixed")
    FIXED
  }

  /**
   * MINOS where computed, HESSE otherwise, nothing for a fixed quantity. Written into the JSON as
   * {@code "quoted"} (ignored when reading: it follows from the other fields).
   */
  @JsonProperty(value = "quoted", access = JsonProperty.Access.READ_ONLY)
  public ErrorKind quoted() {
    return hasMinos() ? ErrorKind.MINOS : isFixed() ? ErrorKind.FIXED : ErrorKind.HESSE;
  }
}
