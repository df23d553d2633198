/**
 * Predictions for every dataset and their −2 ln L terms, with nuisance pulls, priors, and the
 * combination of terms by parameter mapping (ν terms read the ν set, ν̄ terms the ν̄ set). Depends
 * on {@code oscillation} and {@code datasets}.
 */
package org.vfit.likelihood;
