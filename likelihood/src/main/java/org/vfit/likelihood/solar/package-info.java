/**
 * The solar (ν) likelihood: predictions for radiochemical rates (Cl, Ga), SNO's polynomial survival
 * summary, Super-Kamiokande's elastic-scattering spectra by day and night, Borexino's survival
 * probabilities and day–night asymmetries, all from one per-point cache of day and night P_ee on
 * energy grids ({@link org.vfit.likelihood.solar.SolarPoint}). The experiments share the ⁸B flux
 * normalisation; {@link org.vfit.likelihood.solar.SolarTerm} is the likelihood term.
 */
package org.vfit.likelihood.solar;
