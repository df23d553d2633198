package org.vfit.likelihood.gallium;

import java.util.List;

/**
 * A reading of the source experiments: R predicted from a few parameters.
 *
 * <p>Implementations: {@link #noDeficit()} (R = 1, the reference), {@link #constantDeficit()},
 * {@link #intensity()} and {@link #sterile()}.
 */
public interface GalliumModel {

  /** Short name, e.g. {@code constant-deficit}. */
  String name();

  /** One line on what it says. */
  String description();

  /** Parameter names, with units. */
  List<String> parameters();

  /** Lower limits of the parameters. */
  double[] lower();

  /** Upper limits of the parameters. */
  double[] upper();

  /** Predicted R of an experiment at parameters p. */
  double predict(double[] p, SourceMeasurement m);

  /** R = 1: no deficit (the experiments' own expectation). */
  static GalliumModel noDeficit() {
    return new Models.NoDeficit();
  }

  /** R = r for every experiment: the cross section (or efficiency) is off by a common factor. */
  static GalliumModel constantDeficit() {
    return new Models.Constant();
  }

  /**
   * R = 1 − c·Φ/Φ₀ with Φ the source's volume-averaged ν flux density at the target and Φ₀ = 1e12 ν
   * cm⁻² s⁻¹: the V-model's reading, a deficit that grows with the source's intensity at the target
   * (Shen §4, Appendix C). One free coefficient c.
   */
  static GalliumModel intensity() {
    return new Models.Intensity();
  }

  /**
   * R = Σ_lines w [1 − sin²2θ ⟨sin²(Δm²L/4E)⟩]: ν_e disappearance into a sterile state (3+1, short
   * baseline), averaged over each target with capture weights and over the source's lines.
   * Parameters log₁₀(Δm²/eV²) and sin²2θ.
   */
  static GalliumModel sterile() {
    return new Models.Sterile();
  }
}
