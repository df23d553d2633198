package org.vfit.fit.tests;

import java.io.Serial;
import java.io.Serializable;

/**
 * One pseudo-experiment: both hypotheses refitted to toy data.
 *
 * @param index toy number; its random numbers depend only on (seed, index)
 * @param chi2H0 χ²_min of H0 on the toy
 * @param chi2H1 χ²_min of H1 on the toy
 * @param validH0 whether the H0 fit converged
 * @param validH1 whether the H1 fit converged
 * @param nfcn function calls of both fits
 */
public record ToyOutcome(
    long index, double chi2H0, double chi2H1, boolean validH0, boolean validH1, long nfcn)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** χ²_PG of the toy. */
  public double chi2Pg() {
    return chi2H0 - chi2H1;
  }

  public boolean isValid() {
    return validH0 && validH1;
  }
}
