/**
 * Contour lines of gridded functions (marching squares), used for the Δχ² regions of the tension
 * plot because the plotting library has none. Start at {@link
 * org.vfit.reports.contour.MarchingSquares#contour}; it returns plain {@link
 * org.vfit.reports.contour.Polyline}s that any renderer can draw.
 */
package org.vfit.reports.contour;
