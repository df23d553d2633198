package org.vfit.datasets.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The energy spectrum of one solar-neutrino source, normalised to one neutrino: either a continuum
 * (a table of dN/dE in MeV⁻¹) or lines (energies in MeV and branching fractions).
 *
 * @param uncertainty signed 1σ shift of the density per energy (the sign says which way the shape
 *     moves), or null
 * @param alternatives other normalised shapes on the same grid, by name (e.g. ±3σ shapes)
 */
public record SolarSpectrum(
    Metadata meta,
    String source,
    Values energy,
    Values density,
    Values uncertainty,
    Map<String, Values> alternatives,
    List<Line> lines)
    implements Dataset {

  public SolarSpectrum {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(source, "source");
    lines = Checks.list(lines, "lines");
    alternatives = Checks.orderedMap(alternatives, "alternatives");
    if ((energy == null) != (density == null)) {
      throw new IllegalArgumentException("energy and density go together");
    }
    if ((energy == null) == lines.isEmpty()) {
      throw new IllegalArgumentException("a spectrum is either a continuum or lines");
    }
    if (energy != null) {
      Checks.sameLength("density", energy.size(), density);
      Checks.sameLength("uncertainty", energy.size(), uncertainty);
      alternatives.forEach((k, v) -> Checks.sameLength(k, energy.size(), v));
    }
  }

  /** A monochromatic line: energy in MeV and the fraction of the source's neutrinos in it. */
  public record Line(double energy, double branching) {}

  public boolean isContinuum() {
    return energy != null;
  }

  /** dN/dE (MeV⁻¹) at E, linear between table points and 0 outside the table. */
  public double densityAt(double e) {
    if (!isContinuum()) {
      throw new IllegalStateException(name() + " is a line spectrum");
    }
    if (e < energy.first() || e > energy.last()) {
      return 0;
    }
    return Interpolation.linear(energy, density, e);
  }

  /** ∫ dN/dE dE by the trapezoid rule (1 for a normalised continuum). */
  public double integral() {
    return trapezoid(energy, density);
  }

  static double trapezoid(Values x, Values y) {
    double s = 0;
    for (int i = 1; i < x.size(); i++) {
      s += 0.5 * (y.get(i) + y.get(i - 1)) * (x.get(i) - x.get(i - 1));
    }
    return s;
  }
}
