package org.vfit.cli;

import java.util.Locale;

/** Option validation with one-line messages that name the option and the allowed range. */
final class Check {
  private Check() {}

  static double positive(String option, double v, String unit) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          option + " must be a positive finite number" + unitSuffix(unit) + ", got " + fmt(v));
    }
    return v;
  }

  static double nonNegative(String option, double v, String unit) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          option + " must be a finite number >= 0" + unitSuffix(unit) + ", got " + fmt(v));
    }
    return v;
  }

  static double nonZero(String option, double v, String unit) {
    if (v == 0 || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          option + " must be a finite non-zero number" + unitSuffix(unit) + ", got " + fmt(v));
    }
    return v;
  }

  static double range(String option, double v, double lo, double hi, String unit) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(
          option
              + " must lie in ["
              + fmt(lo)
              + ", "
              + fmt(hi)
              + "]"
              + unitSuffix(unit)
              + ", got "
              + fmt(v));
    }
    return v;
  }

  static double finite(String option, double v, String unit) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          option + " must be a finite number" + unitSuffix(unit) + ", got " + fmt(v));
    }
    return v;
  }

  private static String unitSuffix(String unit) {
    return unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
