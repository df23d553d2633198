/**
 * A Minuit-style minimiser written for vfit (after F. James' MINUIT: Reference Manual, CERN D506;
 * "Interpretation of the errors on parameters"; and the Minuit2 user's guide), with an API shaped
 * like iminuit's. Entry point: {@link org.vfit.fit.minuit.Minuit}.
 *
 * <h2>When to use what</h2>
 *
 * <ul>
 *   <li>{@link org.vfit.fit.minuit.Minuit#migrad()} finds the minimum. Always check {@link
 *       org.vfit.fit.minuit.FunctionMinimum#isValid()}: a call limit, an EDM above ten times its
 *       goal, or a non-finite function value make the minimum invalid, and nothing computed from it
 *       should be trusted. Its covariance is MIGRAD's estimate, refined by a HESSE at the end when
 *       strategy ≥ 1 finds it still changing.
 *   <li>{@link org.vfit.fit.minuit.Minuit#hesse()} measures the full second-derivative matrix at
 *       the minimum: use it for final parabolic errors and the covariance matrix. For a χ² or −2 ln
 *       L (errorDef 1) the covariance is 2·H⁻¹; for −ln L use {@link
 *       org.vfit.fit.minuit.Fcn#negativeLogLikelihood} (errorDef 0.5).
 *   <li>{@link org.vfit.fit.minuit.Minuit#minos(String...)} gives asymmetric errors from the
 *       profile crossing fmin + errorDef. Use it whenever the likelihood is not parabolic: few
 *       Poisson counts, a parameter near a limit or a physical boundary, ratios, angles near
 *       maximal mixing. If MINOS and HESSE disagree, quote MINOS.
 *   <li>{@link org.vfit.fit.minuit.Minuit#profile} and {@link org.vfit.fit.minuit.Minuit#contour}
 *       give Δχ² curves and 2-D grids with the other parameters re-minimised at every point (for
 *       two parameters, 2.30/6.18/11.83 are the 1/2/3σ levels). They run on several threads and
 *       give bit-identical numbers for any thread count. {@link
 *       org.vfit.fit.minuit.Minuit#contourLine} finds points on one Δ level directly (like
 *       MNCONTOUR), cheaper than a grid when only the 1σ or 3σ curve is wanted.
 *   <li>{@link org.vfit.fit.minuit.MultiStart} runs MIGRAD from many starts for functions with
 *       several local minima (the solar LMA and LOW regions) and returns the best valid one with
 *       all others.
 *   <li>Limits ({@link org.vfit.fit.minuit.Minuit#limits}) use Minuit's sine and square-root
 *       transforms; they keep a parameter in its physical range but distort errors near the limit
 *       ({@link org.vfit.fit.minuit.Parameter#isAtLimit()} says when). Prefer no limits where the
 *       function is defined everywhere.
 * </ul>
 *
 * <h2>Where it differs from iminuit 2.11, and why</h2>
 *
 * <ul>
 *   <li>HESSE uses symmetric differences for the off-diagonal elements and Richardson extrapolation
 *       of all elements (two more calls per element). Minuit's one-sided off-diagonal formula has
 *       an O(step) error that moves errors on a narrow valley such as Rosenbrock's by 0.1–0.5%;
 *       here HESSE is exact on quartic polynomials and good to ~10⁻⁸ on a Poisson likelihood.
 *   <li>MINOS searches the crossing by secant steps on √(F − fmin), which is linear for a parabolic
 *       profile, instead of Minuit's MnFunctionCross; the crossing is found to 10⁻⁵σ.
 *   <li>Transforms use {@link java.lang.StrictMath}, so a fit gives the same bits on every
 *       platform.
 * </ul>
 *
 * <h2>Known limits</h2>
 *
 * A stationary inflection point (x³ at 0) has zero gradient and positive measured curvature nearby,
 * so MIGRAD (like iminuit) can report it as a valid minimum; a function that is flat over a whole
 * region (a peak model fitted far from its data) likewise. Use {@link
 * org.vfit.fit.minuit.MultiStart} or physical starting values when this is possible.
 */
package org.vfit.fit.minuit;
