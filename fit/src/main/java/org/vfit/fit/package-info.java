/**
 * Minimisation (a Minuit-style MIGRAD/HESSE/MINOS written for vfit), profiles, contours, hypothesis
 * tests (parameter goodness of fit) and toy Monte Carlo. Depends on {@code likelihood} and below.
 *
 * <p>Start at {@link org.vfit.fit.analysis.Fitter} to fit a model of likelihood terms (multi-start,
 * HESSE, MINOS; then {@link org.vfit.fit.analysis.Profiles}, {@link org.vfit.fit.analysis.Contours}
 * and {@link org.vfit.fit.tests.ParameterGoodnessOfFit}), or at {@link org.vfit.fit.minuit.Minuit}
 * to minimise any function.
 */
package org.vfit.fit;
