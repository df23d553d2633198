/**
 * Minimisation (a Minuit-style MIGRAD/HESSE/MINOS written for vfit), profiles, contours, hypothesis
 * tests (parameter goodness of fit and its 1-dof companions), toy Monte Carlo, and the analyses
 * built from them. Depends on {@code likelihood} and below.
 *
 * <p>Start at {@link org.vfit.fit.GlobalFit}: fit, profile, contour, PG test, toys and the tension
 * analysis, each delegating to the class that does the work ({@link org.vfit.fit.analysis.Fitter},
 * {@link org.vfit.fit.analysis.Profiles}, {@link org.vfit.fit.analysis.Contours}, {@link
 * org.vfit.fit.tests.ParameterGoodnessOfFit}, {@link org.vfit.fit.tension.TensionAnalysis}). To
 * minimise any function use {@link org.vfit.fit.minuit.Minuit}. The paper's own tests (baseline
 * classes, matrix elements, gallium) are in {@code org.vfit.fit.paper}.
 */
package org.vfit.fit;
