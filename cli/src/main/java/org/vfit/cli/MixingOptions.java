package org.vfit.cli;

import org.vfit.oscillation.MixingParameters;
import picocli.CommandLine.Option;

/**
 * Oscillation parameters on the command line. Defaults: the NuFit-6.0 normal-ordering best fit used
 * by the paper's main text (Δm²₂₁ = 7.42e-5, Δm²₃₁ = 2.514e-3 eV², θ₁₂ = 33.44°, θ₁₃ = 8.57°, θ₂₃ =
 * 49.0°, δ = 195°).
 */
final class MixingOptions {
  @Option(
      names = "--dm21",
      paramLabel = "EV2",
      description = "Delta m^2_21 in eV^2 (default ${DEFAULT-VALUE})")
  double dm21 = 7.42e-5;

  @Option(
      names = "--dm31",
      paramLabel = "EV2",
      description = "Delta m^2_31 in eV^2, negative for IO (default ${DEFAULT-VALUE})")
  double dm31 = 2.514e-3;

  @Option(
      names = "--theta12",
      paramLabel = "DEG",
      description = "theta_12 in degrees (default ${DEFAULT-VALUE})")
  double theta12 = 33.44;

  @Option(
      names = "--theta13",
      paramLabel = "DEG",
      description = "theta_13 in degrees (default ${DEFAULT-VALUE})")
  double theta13 = 8.57;

  @Option(
      names = "--theta23",
      paramLabel = "DEG",
      description = "theta_23 in degrees (default ${DEFAULT-VALUE})")
  double theta23 = 49.0;

  @Option(
      names = "--delta",
      paramLabel = "DEG",
      description = "delta_CP in degrees (default ${DEFAULT-VALUE})")
  double delta = 195.0;

  MixingParameters toMixing() {
    Check.positive("--dm21", dm21, "eV^2");
    Check.nonZero("--dm31", dm31, "eV^2");
    Check.range("--theta12", theta12, 0, 90, "degrees");
    Check.range("--theta13", theta13, 0, 90, "degrees");
    Check.range("--theta23", theta23, 0, 90, "degrees");
    Check.finite("--delta", delta, "degrees");
    return MixingParameters.ofDegrees(dm21, dm31, theta12, theta13, theta23, delta);
  }
}
