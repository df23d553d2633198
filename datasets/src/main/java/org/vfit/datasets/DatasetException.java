package org.vfit.datasets;

/**
 * A dataset file (or name) that cannot be used. The message names the file, the JSON pointer of the
 * offending value, what was expected and what was found, e.g.
 *
 * <pre>kamland.json: /periods/0/observed/12: expected a non-negative number of events, found -3
 * </pre>
 *
 * It is an {@link IllegalArgumentException} so that command-line front ends report it as bad input.
 */
public final class DatasetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String pointer;
  private final String expected;
  private final String found;

  public DatasetException(String source, String pointer, String expected, String found) {
    super(format(source, pointer, expected, found));
    this.source = source;
    this.pointer = pointer;
    this.expected = expected;
    this.found = found;
  }

  /** The file (or resource) the problem is in, as given to the reader. */
  public String source() {
    return source;
  }

  /** The RFC 6901 JSON pointer of the offending value; "" for the whole document. */
  public String pointer() {
    return pointer;
  }

  public String expected() {
    return expected;
  }

  public String found() {
    return found;
  }

  private static String format(String source, String pointer, String expected, String found) {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return source + ": " + where + ": expected " + expected + ", found " + found;
  }
}
