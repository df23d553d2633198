package org.vfit.fit.analysis;

import java.io.Serializable;
import org.vfit.oscillation.MixingParameters;

/**
 * The oscillation parameters a fit does not vary (Δm²₃₁, θ₂₃, δ) and the start of those it does, as
 * a serialisable value: {@link MixingParameters} is not {@link Serializable}, and a {@link Model}
 * must travel to other JVMs (docs/design.md §3).
 *
 * @param dm21EV2 Δm²₂₁ in eV²
 * @param dm31EV2 Δm²₃₁ in eV² (negative for inverted ordering)
 * @param theta12 θ₁₂ in radians
 * @param theta13 θ₁₃ in radians
 * @param theta23 θ₂₃ in radians
 * @param delta δ_CP in radians
 */
public record Reference(
    double dm21EV2, double dm31EV2, double theta12, double theta13, double theta23, double delta)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static Reference of(MixingParameters p) {
    return new Reference(
        p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), p.theta23(), p.delta());
  }

  public MixingParameters toMixing() {
    return new MixingParameters(dm21EV2, dm31EV2, theta12, theta13, theta23, delta);
  }
}
