package org.vfit.reports.html;

import java.util.Locale;

/**
 * Number formats of the report: values rounded to their error, p-values to 3 significant digits.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * "value ± error" with the error rounded to two significant digits and the value to the same
   * decimal place (the Particle Data Group's habit), e.g. {@code 7.54 ± 0.19}.
   */
  public static String pm(double value, double error) {
    if (!(error > 0) || !Double.isFinite(error)) {
      return plain(value);
    }
    int decimals = decimals(error);
    return fixed(value, decimals) + " ± " + fixed(error, decimals);
  }

  /** "value +upper −lower" for asymmetric (MINOS) errors, rounded like {@link #pm}. */
  public static String asymmetric(double value, double lower, double upper) {
    double smaller = Math.min(Math.abs(lower), Math.abs(upper));
    if (!(smaller > 0)) {
      smaller = Math.max(Math.abs(lower), Math.abs(upper));
    }
    if (!(smaller > 0)) {
      return plain(value);
    }
    int decimals = decimals(smaller);
    return fixed(value, decimals)
        + " +"
        + fixed(Math.abs(upper), decimals)
        + " −"
        + fixed(Math.abs(lower), decimals);
  }

  /** Decimal places that show two significant digits of {@code error}. */
  static int decimals(double error) {
    return Math.max(0, 1 - (int) Math.floor(Math.log10(error)));
  }

  static String fixed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  /** Four significant digits, no exponent for ordinary magnitudes. */
  public static String plain(double v) {
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    String s =
        a >= 1e-3 && a < 1e6
            ? String.format(
                Locale.ROOT, "%." + Math.max(0, 3 - (int) Math.floor(Math.log10(a))) + "f", v)
            : String.format(Locale.ROOT, "%.3e", v);
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  /** p-values: three significant digits, scientific notation below 10⁻³. */
  public static String p(double p) {
    if (p == 0) {
      return "0";
    }
    return p >= 1e-3
        ? String.format(Locale.ROOT, "%.3g", p)
        : String.format(Locale.ROOT, "%.2e", p);
  }

  /** Significances: two decimals, with σ. */
  public static String sigma(double s) {
    return String.format(Locale.ROOT, "%.2fσ", s);
  }
}
