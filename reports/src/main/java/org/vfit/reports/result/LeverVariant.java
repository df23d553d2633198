package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row of the levers table: the PG test and its 1-dof companions rerun with one modelling choice
 * changed (the first row, lever "default", is the run's own choices).
 *
 * @param lever the choice changed ("reactor table", "geo-nu", "theta13", …)
 * @param variant its value in this row
 * @param valid whether every fit of the variant converged
 * @param nuDm21 solar Δm²₂₁ (H1's ν value) in eV², absent when not valid
 * @param nubarDm21 reactor Δm²₂₁ (H1's ν̄ value) in eV², absent when not valid
 * @param chi2Pg χ²_PG, absent when not valid
 * @param dof its degrees of freedom (0 when not valid)
 * @param sigmaPg two-sided σ of χ²_PG (Wilks), absent when not valid
 * @param sigmaDm21 1-dof σ of δ(Δm²₂₁) = 0, absent when not valid
 * @param sigmaSin2theta12 1-dof σ of δ(sin²θ₁₂) = 0, absent when not valid
 * @param shiftSigmaPg σ_PG minus the default row's, absent when either is not valid
 * @param shiftSigmaDm21 σ(δΔm²₂₁) minus the default row's, absent likewise
 * @param problem why the variant is not valid, absent when it is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeverVariant(
    String lever,
    String variant,
    boolean valid,
    Double nuDm21,
    Double nubarDm21,
    Double chi2Pg,
    int dof,
    Double sigmaPg,
    Double sigmaDm21,
    Double sigmaSin2theta12,
    Double shiftSigmaPg,
    Double shiftSigmaDm21,
    String problem) {
  public LeverVariant {
    Checks.text("lever", lever);
    Checks.text("variant", variant);
    Checks.finiteOrNull("nuDm21", nuDm21);
    Checks.finiteOrNull("nubarDm21", nubarDm21);
    Checks.finiteOrNull("chi2Pg", chi2Pg);
    Checks.finiteOrNull("sigmaPg", sigmaPg);
    Checks.finiteOrNull("sigmaDm21", sigmaDm21);
    Checks.finiteOrNull("sigmaSin2theta12", sigmaSin2theta12);
    Checks.finiteOrNull("shiftSigmaPg", shiftSigmaPg);
    Checks.finiteOrNull("shiftSigmaDm21", shiftSigmaDm21);
  }
}
