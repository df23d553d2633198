/**
 * Predictions for every dataset and their −2 ln L terms, with nuisance pulls, priors, and the
 * combination of terms by parameter mapping (ν terms read the ν set, ν̄ terms the ν̄ set). Depends
 * on {@code oscillation} and {@code datasets}.
 *
 * <p>Start at {@link org.vfit.likelihood.Likelihoods}: the terms for a list of dataset names or
 * files; {@link org.vfit.likelihood.CombinedLikelihood} joins them under a {@link
 * org.vfit.likelihood.Hypothesis}.
 */
package org.vfit.likelihood;
