package org.vfit.oscillation;

/**
 * Everything a potential matrix A holds: the observable apparent mixing parameters, and the
 * unobservable rest — the eigenvalue a₁ of ν₁ (fixes Ā) and two flavour phases φ_μ, φ_τ (a
 * rephasing of ν_μ, ν_τ that no oscillation probability sees).
 *
 * @param mixing apparent Δm²₂₁, Δm²₃₁ (eV²), θ₁₂, θ₁₃, θ₂₃, δ (radians)
 * @param a1EV2 eigenvalue of A belonging to ν₁, in eV²
 * @param phaseMu φ_μ in radians
 * @param phaseTau φ_τ in radians
 */
public record ApparentParameters(
    MixingParameters mixing, double a1EV2, double phaseMu, double phaseTau) {}
