package org.vfit.likelihood;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which oscillation parameters the neutrino (solar) and antineutrino (reactor) sectors share. This
 * one mechanism gives H0 (everything shared: the H-model / CPT-symmetric reading), H1 (the
 * V-model's separate sets) and anything in between, e.g. separate Δm²₂₁ and θ₁₂ with a common θ₁₃
 * (docs/design.md §1, §5).
 *
 * @param name label used in reports
 * @param shared parameters tied between the sectors
 */
public record Hypothesis(String name, Set<OscillationParameter> shared) {
  public Hypothesis {
    shared = Set.copyOf(shared);
  }

  /** H0: one set of (Δm²₂₁, θ₁₂, θ₁₃) for ν and ν̄. */
  public static Hypothesis h0() {
    return new Hypothesis("H0", EnumSet.allOf(OscillationParameter.class));
  }

  /** H1 with every parameter free per sector. */
  public static Hypothesis h1AllSeparate() {
    return new Hypothesis("H1", EnumSet.noneOf(OscillationParameter.class));
  }

  /** H1 with separate Δm²₂₁ and θ₁₂ and a common θ₁₃ (the default test: 2 tied parameters). */
  public static Hypothesis h1SharedTheta13() {
    return new Hypothesis("H1", EnumSet.of(OscillationParameter.SIN2_THETA13));
  }

  public boolean isShared(OscillationParameter p) {
    return shared.contains(p);
  }

  /** Parameters that H0 ties and this hypothesis frees: the dof of the PG test against H0. */
  public int freedRelativeToH0() {
    return OscillationParameter.values().length - shared.size();
  }
}
