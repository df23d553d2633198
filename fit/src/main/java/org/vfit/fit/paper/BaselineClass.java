package org.vfit.fit.paper;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;

/**
 * Data taken at one source–detector distance, fitted as one parameter set.
 *
 * @param label name of the class: the dataset name ({@code kamland-2011}), names joined by '+' when
 *     datasets share a baseline, or {@code solar} for the solar data
 * @param sector ν (the Sun) or ν̄ (reactors)
 * @param baselineKm the class's baseline in km: what its datasets record ({@link
 *     org.vfit.likelihood.LikelihoodTerm#baselineKm()}; for several, the distance whose 1/L² is
 *     their mean 1/L²)
 * @param datasets the term names in the class
 * @param dependsOn the oscillation parameters its data constrain (Daya Bay's θ₁₃ prior: θ₁₃ only)
 */
public record BaselineClass(
    String label,
    Sector sector,
    double baselineKm,
    List<String> datasets,
    Set<OscillationParameter> dependsOn) {

  public BaselineClass {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sector, "sector");
    if (!(baselineKm > 0) || !Double.isFinite(baselineKm)) {
      throw new IllegalArgumentException(
          "class " + label + ": baseline must be positive, got " + baselineKm + " km");
    }
    datasets = List.copyOf(datasets);
    EnumSet<OscillationParameter> d = EnumSet.noneOf(OscillationParameter.class);
    d.addAll(dependsOn);
    dependsOn = d;
  }

  @Override
  public Set<OscillationParameter> dependsOn() {
    return EnumSet.copyOf(dependsOn);
  }

  public boolean constrains(OscillationParameter p) {
    return dependsOn.contains(p);
  }

  /** (L₀/L)², the lever of the class in the κ hypothesis. */
  public double lever(double l0Km) {
    double r = l0Km / baselineKm;
    return r * r;
  }
}
