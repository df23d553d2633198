package org.vfit.datasets.model;

import java.util.Map;
import java.util.Objects;

/**
 * A tabulated neutrino cross section σ(E) in cm², e.g. ³⁷Cl or ⁷¹Ga capture, with an optional
 * uncertainty band and alternative tabulations.
 *
 * @param threshold neutrino-energy threshold in MeV (σ = 0 below)
 * @param lower and {@code upper}: the band edges, or null; {@code boundsSigma} says how many σ the
 *     band spans (Bahcall's gallium table gives ±3σ)
 * @param alternatives other tabulations on the same energy grid, by name
 */
public record CrossSection(
    Metadata meta,
    String target,
    String process,
    double threshold,
    Values energy,
    Values sigma,
    Values lower,
    Values upper,
    Double boundsSigma,
    Map<String, Values> alternatives)
    implements Dataset {

  public CrossSection {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(energy, "energy");
    Checks.sameLength("sigma", energy.size(), Objects.requireNonNull(sigma, "sigma"));
    Checks.sameLength("lower", energy.size(), lower);
    Checks.sameLength("upper", energy.size(), upper);
    if ((lower == null) != (upper == null) || (lower == null) != (boundsSigma == null)) {
      throw new IllegalArgumentException("lower, upper and boundsSigma go together");
    }
    alternatives = Checks.orderedMap(alternatives, "alternatives");
    alternatives.forEach((k, v) -> Checks.sameLength(k, energy.size(), v));
  }

  /**
   * σ(E) in cm²: 0 below threshold, linear between table points, and the first tabulated value
   * between the threshold and the first table energy. Bahcall's gallium table starts at 0.24 MeV, 7
   * keV above threshold, where σ is finite (the Coulomb factor cancels p_e) and varies by 4 % over
   * the first 10 keV, so the first value is the least invented continuation. Above the table an
   * {@link IllegalArgumentException}.
   */
  public double at(double e) {
    if (e < threshold) {
      return 0;
    }
    if (e < energy.first()) {
      return sigma.first();
    }
    return Interpolation.linear(energy, sigma, e);
  }
}
