/**
 * The tests the V-model paper (X. Shen 2025, §4 and Appendix C) proposes beyond the solar-ν against
 * reactor-ν̄ comparison.
 *
 * <ul>
 *   <li>{@link org.vfit.fit.paper.BaselineAnalysis}: ν̄ parameters per baseline class (classes from
 *       the baseline each dataset records, {@link org.vfit.fit.paper.BaselineClasses}) and the
 *       solar ν at 1 AU as separate parameter sets; the parameter goodness-of-fit test of one set
 *       for all against one per class; and the continuous hypothesis Δm²₂₁(L) = Δm²₂₁(∞)·(1 +
 *       κ·(L₀/L)²) ({@link org.vfit.fit.paper.KappaFit}), κ = 0 being the H-model.
 *   <li>{@link org.vfit.fit.paper.MatrixElementFit}: the potential matrices A_ν, A_ν̄ and A_ν̄ −
 *       A_ν* in the paper's Table 1 form with errors, by Jacobian propagation from a fit and by a
 *       fit in matrix-element variables.
 * </ul>
 *
 * Built on the fit-level API ({@link org.vfit.fit.analysis.Model}, {@link
 * org.vfit.fit.analysis.Fitter}, {@link org.vfit.fit.tests.ParameterGoodnessOfFit}, {@link
 * org.vfit.fit.tests.ToyStudy}); Δm²₂₁ is in 1e-5 eV² inside fits and in eV² in results.
 */
package org.vfit.fit.paper;
