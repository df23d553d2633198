package org.vfit.datasets.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shape checks shared by the record constructors (programming errors, not file errors). */
final class Checks {
  private Checks() {}

  static <T> List<T> list(List<T> list, String what) {
    return List.copyOf(Objects.requireNonNull(list, what));
  }

  /** An unmodifiable copy that keeps the insertion order (files are written back in that order). */
  static <K, V> Map<K, V> orderedMap(Map<K, V> map, String what) {
    Objects.requireNonNull(map, what);
    map.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, what + " key");
          Objects.requireNonNull(v, what + " value");
        });
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static void sameLength(String what, int expected, Values values) {
    if (values != null && values.size() != expected) {
      throw new IllegalArgumentException(
          what + " has " + values.size() + " values, expected " + expected);
    }
  }

  static void squareOfSize(String what, int n, Matrix m) {
    if (m != null && (m.rows() != n || m.cols() != n)) {
      throw new IllegalArgumentException(
          what + " is " + m.rows() + "x" + m.cols() + ", expected " + n + "x" + n);
    }
  }
}
