package org.vfit.fit.tension;

/**
 * A fit or test the tension analysis needs did not converge (an analysis failure, not bad input).
 */
public final class TensionFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TensionFailure(String message) {
    super(message);
  }
}
