package org.vfit.oscillation;

import java.util.ArrayList;
import java.util.List;

/**
 * A path of constant-density layers, in the order the neutrino crosses them. Immutable.
 *
 * @param layers the slabs, first crossed first
 */
public record MatterProfile(List<MatterLayer> layers) {
  public MatterProfile {
    layers = List.copyOf(layers);
  }

  /** A vacuum path of the given length. */
  public static MatterProfile vacuum(double baselineKm) {
    return new MatterProfile(List.of(new MatterLayer(baselineKm, 0.0)));
  }

  /** One layer of constant density ρ (g/cm³) and electron fraction Y_e. */
  public static MatterProfile constant(
      double baselineKm, double densityGcm3, double electronFraction) {
    return new MatterProfile(List.of(MatterLayer.of(baselineKm, densityGcm3, electronFraction)));
  }

  /** Total length in km. */
  public double lengthKm() {
    double sum = 0;
    for (MatterLayer l : layers) {
      sum += l.lengthKm();
    }
    return sum;
  }

  /** The same layers crossed in the opposite direction. */
  public MatterProfile reversed() {
    List<MatterLayer> r = new ArrayList<>(layers);
    java.util.Collections.reverse(r);
    return new MatterProfile(r);
  }
}
