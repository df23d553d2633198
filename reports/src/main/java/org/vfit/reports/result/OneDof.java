package org.vfit.reports.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The 1-dof companions of χ²_PG: δ(Δm²₂₁) = 0 and δ(sin²θ₁₂) = 0 tested one at a time, each with
 * the other separate parameters free. The first is the figure NuFIT 6.0 and Super-K 2024 quote for
 * the solar-vs-KamLAND Δm²₂₁ difference (~1.5σ); the second the corresponding θ₁₂ statement.
 *
 * @param dm21 the test of δ(Δm²₂₁) = 0, or null when H1 does not separate Δm²₂₁
 * @param sin2theta12 the test of δ(sin²θ₁₂) = 0, or null likewise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OneDof(OneDofTest dm21, OneDofTest sin2theta12) {}
