/**
 * Interaction cross sections the predictions need: ν–e elastic scattering (tree level and with the
 * radiative corrections of Bahcall, Kamionkowski & Sirlin 1995) and inverse beta decay on protons.
 * Capture cross sections (Cl, Ga) are tabulated data and live in the datasets module.
 */
package org.vfit.likelihood.xsec;
