/**
 * The Earth for day–night effects: PREM ({@link org.vfit.oscillation.earth.EarthModel}), chords at
 * a nadir angle ({@link org.vfit.oscillation.earth.EarthChord}), the annual nadir exposure of a
 * detector ({@link org.vfit.oscillation.earth.NadirExposure}), and regeneration of solar mass
 * states into ν_e ({@link org.vfit.oscillation.earth.EarthRegeneration}: exact three-flavour
 * reference and the fast effective two-flavour path used in fits).
 */
package org.vfit.oscillation.earth;
