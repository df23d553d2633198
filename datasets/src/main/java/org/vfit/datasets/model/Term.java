package org.vfit.datasets.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A value from a fixed vocabulary, written in files as its {@link #id()}. */
public interface Term {
  String id();

  static <E extends Enum<E> & Term> Optional<E> lookup(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  static <E extends Enum<E> & Term> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Term::id).toList();
  }
}
