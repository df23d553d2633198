/**
 * The gallium radioactive-source experiments (GALLEX, SAGE, BEST) and three readings of their
 * deficit, for {@code vfit gallium}: a constant deficit (a cross-section problem), the V-model's
 * intensity dependence (the deficit grows with the source's ν flux density at the target; Shen §4,
 * Appendix C) and a 3+1 sterile oscillation averaged over each geometry. {@link
 * org.vfit.likelihood.gallium.SourceGeometry} does the geometry (distances from the source,
 * volumes, flux densities), {@link org.vfit.likelihood.gallium.GalliumModel} the readings and
 * {@link org.vfit.likelihood.gallium.GalliumChi2} the χ². Minimisation is in {@code fit}.
 */
package org.vfit.likelihood.gallium;
