/**
 * Result files (JSON, the source of truth of a run), plots and the static HTML report rendered from
 * them. Start at {@link org.vfit.reports.Reports}.
 *
 * <p>Sub-packages by capability: {@code result} (the schema as records; start at {@code
 * TensionResult}), {@code io} (strict JSON and atomic writes), {@code contour} (marching squares),
 * {@code plots} (XChart: PNG, SVG, PDF) and {@code html} (the page). The module defines its own
 * result types; the CLI maps fit results into them.
 */
package org.vfit.reports;
