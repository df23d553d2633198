package org.vfit.fit.analysis;

import org.vfit.likelihood.Sector;

/**
 * The apparent solar-sector parameters one fit gives one sector.
 *
 * @param sector ν (solar) or ν̄ (reactor)
 * @param dm21 Δm²₂₁ in eV²
 * @param sin2Theta12 sin²θ₁₂
 * @param sin2Theta13 sin²θ₁₃
 * @param tan2Theta12 tan²θ₁₂ = s/(1 − s) with s = sin²θ₁₂, error propagated linearly and MINOS ends
 *     mapped through the (monotonic) function, the variable of KamLAND's and older solar papers
 */
public record SectorParameters(
    Sector sector,
    Estimate dm21,
    Estimate sin2Theta12,
    Estimate sin2Theta13,
    Estimate tan2Theta12) {

  static Estimate tan2(Estimate s) {
    double v = s.value();
    double t = v / (1 - v);
    double dt = s.error() / ((1 - v) * (1 - v));
    Double lo = s.minosLower() == null ? null : tanOf(v + s.minosLower()) - t;
    // At sin²θ₁₂ = 1 tan²θ₁₂ is infinite: no finite upper error to report.
    Double hi =
        s.minosUpper() == null || v + s.minosUpper() >= 1 ? null : tanOf(v + s.minosUpper()) - t;
    return new Estimate(t, dt, lo, hi);
  }

  private static double tanOf(double s) {
    return s / (1 - s);
  }
}
