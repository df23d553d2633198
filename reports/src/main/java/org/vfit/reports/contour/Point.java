package org.vfit.reports.contour;

/** A point in the plane of a contoured grid, in the grid's own coordinates. */
public record Point(double x, double y) {}
