/**
 * Solar neutrinos: the standard solar model ({@link org.vfit.oscillation.solar.SolarModel}), the
 * adiabatic-MSW survival averaged over production regions ({@link
 * org.vfit.oscillation.solar.SolarSurvival}, fast, used in fits), and the full numerical
 * three-flavour evolution through the solar density profile ({@link
 * org.vfit.oscillation.solar.SolarNumericalEvolution}, slow, the reference that validates the fast
 * form).
 */
package org.vfit.oscillation.solar;
