/**
 * The result schema: immutable records that make up {@code result.json}, the source of truth of a
 * run. Start at {@link org.vfit.reports.result.TensionResult}.
 *
 * <p>Every record validates itself on construction and names the refused field in an {@link
 * org.vfit.reports.result.InvalidFieldException}, so a malformed file and a bug in the code that
 * fills a result are both caught where they happen. Units follow docs/design.md §4: Δm² in eV²
 * (plots show 10⁻⁵ eV²), energies in MeV, angles in degrees, potential-matrix elements in 1e-4 eV².
 * Use {@link org.vfit.reports.result.Summary} for the short {@code --json} answer.
 */
package org.vfit.reports.result;
