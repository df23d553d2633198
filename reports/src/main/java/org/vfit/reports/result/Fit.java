package org.vfit.reports.result;

import java.util.List;

/** What every fit of a tension run reports, whether it has one parameter set or two. */
public sealed interface Fit permits SingleFit, SplitFit {
  /** χ² (−2 ln L) at the minimum. */
  double chi2Min();

  /** Number of function calls the minimiser used. */
  int nfcn();

  /** Minimiser status flags. */
  Validity validity();

  /** All parameters, free and fixed, in the fit's order. */
  List<FitParameter> parameters();

  /** Covariance of the free parameters, or {@code null} when HESSE failed. */
  Covariance covariance();
}
