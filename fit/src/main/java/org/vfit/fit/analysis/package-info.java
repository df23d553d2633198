/**
 * Fits of the physics: best fits of a hypothesis with errors and the fitted potential matrices,
 * profiles and contours over oscillation parameters, and the runners that spread grid and toy work
 * over threads or a cluster. Entry point: {@link org.vfit.fit.analysis.Fitter}.
 *
 * <h2>When to use what</h2>
 *
 * <ul>
 *   <li>{@link org.vfit.fit.analysis.Fitter#fit(org.vfit.likelihood.CombinedLikelihood,
 *       org.vfit.fit.analysis.FitOptions)} for a best fit: MIGRAD from a grid of starts in Δm²₂₁
 *       (log-spaced over the allowed range) and sin²θ₁₂, then HESSE and MINOS. Read {@link
 *       org.vfit.fit.analysis.FitResult#isValid()} before anything else: an invalid fit is returned
 *       with its {@link org.vfit.fit.analysis.FitResult#problems()}, never as a valid minimum.
 *   <li>{@link org.vfit.fit.analysis.Model} when the work must be reproducible elsewhere: it
 *       describes the likelihood by its source (dataset names) and rebuilds it in the JVM that
 *       needs it, and {@link org.vfit.fit.analysis.Model#withDifference} turns ν̄ − ν of a
 *       parameter into a fit variable.
 *   <li>{@link org.vfit.fit.analysis.Profiles} for 1-D Δχ² curves of {@link
 *       org.vfit.fit.analysis.PhysicsParameter}s ({@code nu.dm21}, {@code delta.dm21}, …) with
 *       their 1σ/3σ intervals (Δχ² = 1, 9); {@link org.vfit.fit.analysis.Contours} for (sin²θ₁₂,
 *       Δm²₂₁) grids with levels 2.30/6.18/11.83. Both cut the grid into fixed work units, so their
 *       numbers do not depend on the {@link org.vfit.fit.analysis.WorkRunner} or its thread count.
 *       A grid point below the fit's minimum restarts the fit from there ({@link
 *       org.vfit.fit.analysis.Restart}); a point whose minimisation throws is recorded, not fatal.
 *       Axes may be log-spaced or in tan²θ₁₂ ({@link org.vfit.fit.analysis.GridAxis}), and {@link
 *       org.vfit.fit.analysis.Contours#covering} widens a grid until a region closes.
 *   <li>{@link org.vfit.fit.analysis.LocalRunner} runs work units on this machine's cores; a {@link
 *       org.vfit.fit.analysis.WorkRunnerProvider} (module {@code vfit-spark}) on Apache Spark.
 *       Hypothesis tests and toys live in {@link org.vfit.fit.tests}.
 * </ul>
 *
 * <h2>Units and names</h2>
 *
 * Inside fits Δm²₂₁ is in 1e-5 eV² (grids are given in these units); results ({@link
 * org.vfit.fit.analysis.SectorParameters}, profile values, contour axes) are in eV². Every change
 * between the two goes through {@link org.vfit.likelihood.OscillationParameter#toFit} and {@link
 * org.vfit.likelihood.OscillationParameter#toPhysical}. Fit variables are {@link
 * org.vfit.likelihood.ParameterId}s ({@link org.vfit.fit.analysis.Model#ids()}, {@link
 * org.vfit.fit.analysis.FitOptions#fixed()}); their labels are the names Minuit and the result
 * files show.
 */
package org.vfit.fit.analysis;
