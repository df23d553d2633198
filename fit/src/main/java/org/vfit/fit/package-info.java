/**
 * Minimisation (a Minuit-style MIGRAD/HESSE/MINOS written for vfit), profiles, contours, hypothesis
 * tests (parameter goodness of fit) and toy Monte Carlo. Depends on {@code likelihood} and below.
 */
package org.vfit.fit;
