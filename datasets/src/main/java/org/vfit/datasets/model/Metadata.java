package org.vfit.datasets.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every dataset file carries besides its numbers.
 *
 * @param name lower-case letters, digits and dashes, e.g. {@code kamland-2011}; a bundled dataset
 *     is loaded by this name
 * @param units unit of each quantity field, from the fixed vocabulary of the kind (e.g. {@code
 *     energy → MeV})
 * @param notes free-text remarks: re-binning, sums, caveats, what was left out
 */
public record Metadata(
    Kind kind,
    String name,
    String title,
    Status status,
    Provenance provenance,
    Map<String, String> units,
    List<String> notes) {

  /** The pattern of a dataset name (so that names never look like file paths). */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public Metadata {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad dataset name: " + name);
    }
    units = Checks.orderedMap(units, "units");
    notes = Checks.list(notes, "notes");
  }

  /** A copy for derived data (toys, Asimov): new name and status, one more note. */
  public Metadata derive(String newName, Status newStatus, String note) {
    List<String> n = new java.util.ArrayList<>(notes);
    n.add(note);
    return new Metadata(kind, newName, title, newStatus, provenance, units, n);
  }

  public String unit(String field) {
    String u = units.get(field);
    if (u == null) {
      throw new IllegalArgumentException("no unit for field " + field + " in " + name);
    }
    return u;
  }
}
