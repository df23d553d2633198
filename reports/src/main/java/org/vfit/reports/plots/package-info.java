/**
 * Plots of a result with XChart, each encoded as PNG, SVG and PDF: the tension plot (Δχ² regions of
 * ν, ν̄ and combined fits; contours from {@link org.vfit.reports.contour}), 1-D Δχ² profiles, the
 * ν̄ − ν difference profiles, the toy distribution of χ²_PG and P_ee(E). Start at {@link
 * org.vfit.reports.plots.Plots#render}.
 */
package org.vfit.reports.plots;
