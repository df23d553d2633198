package org.vfit.reports.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Validation shared by the result records; every failure names the field it refused. */
final class Checks {
  private Checks() {}

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidFieldException(field, "is required");
    }
    return value;
  }

  static String text(String field, String value) {
    required(field, value);
    if (value.isBlank()) {
      throw new InvalidFieldException(field, "must not be blank");
    }
    return value;
  }

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidFieldException(field, "must be a finite number, was " + value);
    }
    return value;
  }

  static Double finiteOrNull(String field, Double value) {
    return value == null ? null : finite(field, value);
  }

  static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new InvalidFieldException(field, "must be >= 0, was " + value);
    }
    return value;
  }

  static double positive(String field, double value) {
    finite(field, value);
    if (value <= 0) {
      throw new InvalidFieldException(field, "must be > 0, was " + value);
    }
    return value;
  }

  static double probability(String field, double value) {
    finite(field, value);
    if (value < 0 || value > 1) {
      throw new InvalidFieldException(field, "must be a probability in [0, 1], was " + value);
    }
    return value;
  }

  static <T> List<T> list(String field, List<T> values) {
    required(field, values);
    for (int i = 0; i < values.size(); i++) {
      required(field + "/" + i, values.get(i));
    }
    return List.copyOf(values);
  }

  /**
   * Largest Δχ² a result may hold. A Δχ² of 10⁹ is a likelihood ratio of e^(−5·10⁸), far beyond
   * anything a scan needs, while values near the largest double (10³⁰⁸) overflow the arithmetic of
   * the plots (axis ranges, interpolation).
   */
  static final double MAX_DELTA_CHI2 = 1e9;

  /**
   * Lowest Δχ² a result may hold: a scan point re-minimised a little deeper than the best fit sits
   * slightly below it (seen: −6e-10); the scans re-base Δχ² on their own lowest point only when it
   * is more than 0.01 below the fit's minimum, so −0.01 is the most negative value they write.
   */
  static final double MIN_DELTA_CHI2 = -0.01;

  /** Δχ² values: finite, in [{@link #MIN_DELTA_CHI2}, {@link #MAX_DELTA_CHI2}]. */
  static List<Double> deltaChi2(String field, List<Double> values) {
    List<Double> copy = finiteList(field, values);
    for (int i = 0; i < copy.size(); i++) {
      double v = copy.get(i);
      if (v < MIN_DELTA_CHI2 || v > MAX_DELTA_CHI2) {
        throw new InvalidFieldException(
            field + "/" + i, "must be a Delta chi2 in [-0.01, 1e9], was " + v);
      }
    }
    return copy;
  }

  /** Values in [lo, hi] (e.g. sin²θ₁₂ in [0, 1], Δm² in eV² up to 1). */
  static List<Double> within(String field, List<Double> values, double lo, double hi) {
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      if (v < lo || v > hi) {
        throw new InvalidFieldException(
            field + "/" + i, "must lie in [" + lo + ", " + hi + "], was " + v);
      }
    }
    return values;
  }

  static List<Double> finiteList(String field, List<Double> values) {
    List<Double> copy = list(field, values);
    for (int i = 0; i < copy.size(); i++) {
      finite(field + "/" + i, copy.get(i));
    }
    return copy;
  }

  /** Grid axes must increase strictly: contouring and interpolation rely on it. */
  static List<Double> increasing(String field, List<Double> values, int minSize) {
    List<Double> copy = finiteList(field, values);
    if (copy.size() < minSize) {
      throw new InvalidFieldException(
          field, "needs at least " + minSize + " values, has " + copy.size());
    }
    for (int i = 1; i < copy.size(); i++) {
      if (!(copy.get(i) > copy.get(i - 1))) {
        throw new InvalidFieldException(
            field + "/" + i,
            "must be strictly increasing, " + copy.get(i) + " follows " + copy.get(i - 1));
      }
    }
    return copy;
  }

  static List<List<Double>> finiteMatrix(
      String field, List<List<Double>> rows, int nRows, int nCols) {
    required(field, rows);
    if (rows.size() != nRows) {
      throw new InvalidFieldException(field, "must have " + nRows + " rows, has " + rows.size());
    }
    List<List<Double>> copy = new ArrayList<>(nRows);
    for (int r = 0; r < nRows; r++) {
      List<Double> row = finiteList(field + "/" + r, rows.get(r));
      if (row.size() != nCols) {
        throw new InvalidFieldException(
            field + "/" + r, "must have " + nCols + " values, has " + row.size());
      }
      copy.add(row);
    }
    return List.copyOf(copy);
  }

  /** Sorted so that the JSON is written in the same order on every run. */
  static SortedMap<String, String> sortedMap(String field, Map<String, String> map) {
    required(field, map);
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      copy.put(required(field, e.getKey()), required(field + "/" + e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
