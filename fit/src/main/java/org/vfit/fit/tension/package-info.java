/**
 * The main job of vfit: do solar neutrinos (ν) and reactor antineutrinos (ν̄) see the same Δm²₂₁
 * and θ₁₂? {@link org.vfit.fit.tension.TensionAnalysis#run} takes a {@link
 * org.vfit.fit.tension.TensionRequest} (datasets, θ₁₃ treatment, modelling choices, toys, scans)
 * and returns a {@link org.vfit.fit.tension.TensionOutcome}: the ν, ν̄, H0 and H1 fits, the
 * parameter-goodness-of-fit test with its 1-dof companions, toys, contours, profiles, survival
 * curves and, on request, the same test under every one-change variant of the modelling choices
 * (the headline's systematic error). Nothing here prints or writes reports: the command line and
 * the reports module render the outcome.
 */
package org.vfit.fit.tension;
