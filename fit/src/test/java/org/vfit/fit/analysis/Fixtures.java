package org.vfit.fit.analysis;

import java.util.List;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * The synthetic ν and ν̄ measurements shared by the tests: centres offset by a few σ in Δm²₂₁ (as
 * solar and KamLAND were), a Δm²₂₁–sin²θ₁₂ correlation in the ν term and a Δm²₂₁ nuisance in the ν̄
 * term, all well inside the parameter limits so that the Gaussian closed forms hold.
 */
public final class Fixtures {

  private Fixtures() {}

  /**
   * ν: Δm²₂₁ = 6.1 ± 0.4 (1e-5 eV²), sin²θ₁₂ = 0.31 ± 0.015 with correlation 0.3, sin²θ₁₃ = 0.024 ±
   * 0.002.
   */
  public static GaussianTerm nu() {
    double[] s = {0.4, 0.015, 0.002};
    double rho = 0.3;
    return new GaussianTerm(
        "nu-measurement",
        Sector.NU,
        new double[] {6.1, 0.31, 0.024},
        new double[][] {
          {s[0] * s[0], rho * s[0] * s[1], 0},
          {rho * s[0] * s[1], s[1] * s[1], 0},
          {0, 0, s[2] * s[2]}
        },
        0.0);
  }

  /**
   * ν̄: Δm²₂₁ = 7.5 ± 0.2 with a ±0.1 nuisance shift, sin²θ₁₂ = 0.30 ± 0.02, sin²θ₁₃ = 0.0220 ±
   * 0.0008.
   */
  public static GaussianTerm nubar() {
    return new GaussianTerm(
        "nubar-measurement",
        Sector.NUBAR,
        new double[] {7.5, 0.30, 0.0220},
        new double[][] {{0.04, 0, 0}, {0, 0.0004, 0}, {0, 0, 0.0008 * 0.0008}},
        0.1);
  }

  public static List<LikelihoodTerm> both() {
    return List.of(nu(), nubar());
  }

  /** Start and unvaried parameters: near the global fits, on neither measurement's centre. */
  public static MixingParameters reference() {
    return MixingParameters.ofSin2(7.0e-5, 2.5e-3, 0.32, 0.023, 0.5, 0.0);
  }

  public static Model model(Hypothesis h) {
    return Model.of(TermSource.of(both()), h, reference());
  }
}
