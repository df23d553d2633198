package org.vfit.fit.tension;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import org.vfit.likelihood.OscillationParameter;

/**
 * How θ₁₃ enters a fit: free (the data decide), constrained by a reactor dataset (Daya Bay's
 * measurement, the default of {@code vfit tension}), or fixed at a value — the reference (NuFIT
 * 6.0's 0.0222, as the paper uses) or any other, 0 included (the two-flavour analyses of the
 * KamLAND and older solar papers). DESIGN §5: the choice moves sin²θ₁₂ by ~0.01 and the tension by
 * a few tenths of σ, so it is a lever, recorded in every result.
 *
 * @param mode which treatment
 * @param dataset the constraining dataset (bundled name or file) for {@link Mode#CONSTRAINED}, else
 *     null
 * @param sin2Theta13 the fixed value for {@link Mode#FIXED}, NaN for "the reference", unused
 *     otherwise
 */
public record Theta13Treatment(Mode mode, String dataset, double sin2Theta13)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The treatments. */
  public enum Mode {
    /** Free, constrained only by the datasets in the fit. */
    FREE,
    /** Free, with a constraining dataset added to the reactor (ν̄) side. */
    CONSTRAINED,
    /** Held at a value. */
    FIXED
  }

  public Theta13Treatment {
    if (mode == null) {
      throw new IllegalArgumentException("theta13 treatment needs a mode");
    }
    if (mode == Mode.CONSTRAINED && (dataset == null || dataset.isBlank())) {
      throw new IllegalArgumentException("a theta13 constraint needs a dataset");
    }
    if (mode == Mode.FIXED && !Double.isNaN(sin2Theta13)) {
      double hi = OscillationParameter.SIN2_THETA13.upper();
      if (!(sin2Theta13 >= 0 && sin2Theta13 <= hi)) {
        throw new IllegalArgumentException(
            "sin^2 theta13 must lie in [0, " + hi + "] (the fit range), got " + sin2Theta13);
      }
    }
  }

  /** Constrained by the given dataset. */
  public static Theta13Treatment constrainedBy(String dataset) {
    return new Theta13Treatment(Mode.CONSTRAINED, dataset, Double.NaN);
  }

  /** Free without a constraint. */
  public static Theta13Treatment free() {
    return new Theta13Treatment(Mode.FREE, null, Double.NaN);
  }

  /** Fixed at the reference parameters' value. */
  public static Theta13Treatment fixedAtReference() {
    return new Theta13Treatment(Mode.FIXED, null, Double.NaN);
  }

  /** Fixed at sin²θ₁₃ = {@code value}. */
  public static Theta13Treatment fixedAt(double value) {
    return new Theta13Treatment(Mode.FIXED, null, value);
  }

  /**
   * Parses the command-line and run-card form: {@code free}, {@code reference} (fixed at the
   * reference), a number (sin²θ₁₃ fixed there, e.g. {@code 0} or {@code 0.0219}), or a dataset name
   * or file (constrained by it). {@code none} is accepted for "reference" (the form of vfit 0.1).
   *
   * @throws IllegalArgumentException for an empty text or a number outside the fit range
   */
  public static Theta13Treatment parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          "expected free, reference, a value of sin^2 theta13 or a dataset, got nothing");
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("free")) {
      return free();
    }
    if (lower.equals("reference") || lower.equals("none")) {
      return fixedAtReference();
    }
    if (looksNumeric(t)) {
      double v;
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + t + "' is not a number");
      }
      return fixedAt(v);
    }
    return constrainedBy(t);
  }

  private static boolean looksNumeric(String t) {
    char c = t.charAt(0);
    return Character.isDigit(c) || c == '.' || c == '-' || c == '+';
  }

  /** Whether θ₁₃ is a fixed parameter of the fit. */
  public boolean fixed() {
    return mode == Mode.FIXED;
  }

  /** The fixed value, given the reference value; NaN unless fixed. */
  public double fixedValue(double referenceSin2Theta13) {
    if (mode != Mode.FIXED) {
      return Double.NaN;
    }
    return Double.isNaN(sin2Theta13) ? referenceSin2Theta13 : sin2Theta13;
  }

  /** The text form, which {@link #parse} reads back. */
  public String label() {
    return switch (mode) {
      case FREE -> "free";
      case CONSTRAINED -> dataset;
      case FIXED -> Double.isNaN(sin2Theta13) ? "reference" : Double.toString(sin2Theta13);
    };
  }

  /** A sentence for reports. */
  public String describe(double referenceSin2Theta13) {
    return switch (mode) {
      case FREE -> "free (constrained only by the datasets)";
      case CONSTRAINED -> "free, constrained by " + dataset;
      case FIXED ->
          "fixed at sin^2 theta13 = "
              + fixedValue(referenceSin2Theta13)
              + (Double.isNaN(sin2Theta13) ? " (the reference)" : "");
    };
  }
}
