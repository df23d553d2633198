/**
 * Hypothesis tests of the ν/ν̄ question: the parameter goodness-of-fit statistic χ²_PG = χ²_min(H0)
 * − χ²_min(H1) of Maltoni and Schwetz (PRD 68, 033020 (2003)) with its Wilks p-value and two-sided
 * σ ({@link org.vfit.fit.tests.ParameterGoodnessOfFit}), and its toy-MC calibration ({@link
 * org.vfit.fit.tests.ToyStudy}), checkpointed so that a killed run resumes and seeded per toy so
 * that results do not depend on threads or machines.
 *
 * <h2>When to use what</h2>
 *
 * <ul>
 *   <li>Wilks' p-value is exact for Gaussian data far from parameter limits; the solar LOW/LMA
 *       regions and KamLAND's islands are neither, so quote the toy p-value when it matters and
 *       check the toys with {@link org.vfit.fit.tests.KolmogorovSmirnov} against χ²(dof).
 *   <li>{@link org.vfit.fit.tests.Significance} converts between p and two-sided σ with full
 *       precision in the far tail.
 * </ul>
 */
package org.vfit.fit.tests;
