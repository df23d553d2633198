package org.vfit.cli;

/** Raised by a subcommand when the analysis ran but its result is not valid (exit code 1). */
public final class AnalysisFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnalysisFailure(String message) {
    super(message);
  }
}
