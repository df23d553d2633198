package org.vfit.reports.io;

/**
 * A result file could not be read as a {@code TensionResult}. The message names the file, the JSON
 * pointer (RFC 6901) of the offending field and what was wrong with it, in words a user can act on
 * (the CLI prints it as is and exits with code 2).
 */
public final class MalformedResultException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String pointer;
  private final String problem;

  /**
   * @param source the file (or other source) read
   * @param pointer JSON pointer of the offending value; empty for the whole document
   * @param problem what was wrong
   */
  public MalformedResultException(String source, String pointer, String problem) {
    super(source + ": " + (pointer.isEmpty() ? "(whole document)" : pointer) + ": " + problem);
    this.source = source;
    this.pointer = pointer;
    this.problem = problem;
  }

  /** The file (or other source) read. */
  public String source() {
    return source;
  }

  /**
   * JSON pointer of the offending value, e.g. {@code /fits/nu/chi2Min}; empty for the whole
   * document.
   */
  public String pointer() {
    return pointer;
  }

  /** What was wrong with the value. */
  public String problem() {
    return problem;
  }
}
