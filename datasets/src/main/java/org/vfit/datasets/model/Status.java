package org.vfit.datasets.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far a dataset's numbers were checked, in the vocabulary of the project's data sources
 * (shared/data SOURCES.md): the weakest status of any number in the file.
 */
public enum Status implements Term {
  /** Read in the paper itself (abstract, text or table) or the collaboration's own data file. */
  VERIFIED("verified"),
  /** Read in a third-party repository or page quoting the paper, not in the paper. */
  SECONDARY("secondary"),
  /** Read off a figure (digitised); figure readings, not published numbers. */
  DIGITISED("digitised"),
  /** Computed from other numbers (the method is in the file's notes), e.g. toys and Asimov data. */
  DERIVED("derived"),
  /** Recalled, not read anywhere. Accepted in user files; never bundled. */
  UNVERIFIED("unverified");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<Status> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Status::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
