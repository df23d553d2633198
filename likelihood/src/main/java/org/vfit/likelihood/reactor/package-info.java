/**
 * Reactor ν̄_e spectra (KamLAND): the prediction and its −2 ln L term.
 *
 * <ul>
 *   <li>{@link org.vfit.likelihood.reactor.KamLandTerm}: the likelihood term (Baker–Cousins Poisson
 *       χ² plus pulls); {@code Likelihoods.term("kamland-2011")} builds it with the default
 *       options.
 *   <li>{@link org.vfit.likelihood.reactor.KamLandOptions}: the modelling levers (reactor table,
 *       crust matter or vacuum, cross section, neutron recoil, spectral shape, geo-ν treatment,
 *       normalisation from the published column or the reactor history, flux anchor, placement of
 *       annual load factors).
 *   <li>{@link org.vfit.likelihood.reactor.KamLandPrediction}: expected reactor events per bin at
 *       any ν̄ oscillation point and energy scale, precomputed for speed; for KamLAND 2013 each
 *       period's spectrum is built from the reactor operating history, live time and efficiency.
 *   <li>{@link org.vfit.likelihood.reactor.ReactorSurvival}: P(ν̄_e → ν̄_e) in closed form (Δm²₃₁
 *       averaged) and, for checks, through the exact three-flavour propagator.
 *   <li>{@link org.vfit.likelihood.reactor.ReactorSources}, {@link
 *       org.vfit.likelihood.reactor.ReactorFlux}, {@link
 *       org.vfit.likelihood.reactor.IbdCrossSection}: reactor tables (fixed or PRIS time-averaged),
 *       the emitted spectrum, the detection cross section.
 * </ul>
 */
package org.vfit.likelihood.reactor;
