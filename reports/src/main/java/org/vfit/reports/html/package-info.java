/**
 * The static HTML report: one self-contained page (plots embedded as data URIs, no network) with
 * the summary table, the plots, the fitted potential matrices, every fit in detail and the
 * provenance of each data set. Start at {@link org.vfit.reports.html.HtmlReport#render}.
 */
package org.vfit.reports.html;
