/**
 * Δχ² tables for other tools: one text file per projection (each 2-D grid, each 1-D profile) of a
 * result, in the layout of NuFIT's published tables or as CSV, with the columns and their units in
 * the header. Start at {@link org.vfit.reports.export.DeltaChi2Tables}.
 */
package org.vfit.reports.export;
