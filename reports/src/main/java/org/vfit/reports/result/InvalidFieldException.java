package org.vfit.reports.result;

/**
 * A result value broke one of the schema's rules. {@link #field()} is a JSON-pointer fragment
 * relative to the record that refused the value (e.g. {@code deltaChi2/3/7}), so a reader of a
 * result file can append it to the pointer of the enclosing object and name the exact field.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  public InvalidFieldException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** Pointer fragment relative to the refusing record, without a leading slash. */
  public String field() {
    return field;
  }

  /** What was wrong, without the field name. */
  public String problem() {
    return problem;
  }
}
