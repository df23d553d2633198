/**
 * The numbers of X. Shen, "Neutrino oscillations do not necessarily imply that neutrinos possess
 * mass" (ChinaXiv 202510.00034): Table 1 (the potential matrix A relative to its mean diagonal,
 * from NuFit-6.0 best fits), Appendix B (the same with updated splittings) and Appendix C (the
 * relic-neutrino flux estimate). Use {@link org.vfit.oscillation.paper.PaperTables}.
 */
package org.vfit.oscillation.paper;
