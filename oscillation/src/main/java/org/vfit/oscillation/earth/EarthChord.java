package org.vfit.oscillation.earth;

import java.util.ArrayList;
import java.util.List;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.PhysicalConstants;

/**
 * The straight path of a neutrino reaching a detector at the surface from nadir angle η (η = 0:
 * straight up through the centre). The chord has length 2R⊕cos η and closest approach R⊕ sin η; it
 * is cut at every shell boundary it crosses and each piece into slabs no longer than a given
 * length, each with the electron density at its midpoint. The profile is symmetric about the
 * chord's midpoint, which the fast regeneration path exploits.
 */
public final class EarthChord {
  /**
   * Default slab length. For a core-crossing chord at 10 MeV, P(ν₂→ν_e) with 100 km slabs differs
   * from 25 km slabs by 1.3e-5 (200 km: 1.6e-4); see EarthRegenerationTest.
   */
  public static final double DEFAULT_MAX_SLAB_KM = 100.0;

  private EarthChord() {}

  /** Chord length for nadir angle η (radians), km; zero for η ≥ π/2 (daytime). */
  public static double lengthKm(double nadirRad) {
    double c = Math.cos(nadirRad);
    return c > 0 ? 2.0 * PhysicalConstants.EARTH_RADIUS_KM * c : 0.0;
  }

  /** The full chord, entry point to detector. */
  public static MatterProfile profile(EarthModel earth, double nadirRad, double maxSlabKm) {
    List<MatterLayer> half = halfChord(earth, nadirRad, maxSlabKm);
    List<MatterLayer> all = new ArrayList<>(half);
    for (int i = half.size() - 1; i >= 0; i--) {
      all.add(half.get(i));
    }
    return new MatterProfile(all);
  }

  /**
   * The first half of the chord (entry point to closest approach), as slabs in crossing order. The
   * second half is the same slabs in reverse order.
   */
  public static List<MatterLayer> halfChord(EarthModel earth, double nadirRad, double maxSlabKm) {
    if (!(maxSlabKm > 0)) {
      throw new IllegalArgumentException("slab length must be positive");
    }
    List<MatterLayer> out = new ArrayList<>();
    double length = lengthKm(nadirRad);
    if (length <= 0) {
      return out;
    }
    double r = PhysicalConstants.EARTH_RADIUS_KM;
    double b = r * Math.sin(nadirRad);
    double halfLength = 0.5 * length;
    // Boundaries (as distance from the entry point) of the shells the chord crosses.
    List<Double> cuts = new ArrayList<>();
    cuts.add(0.0);
    List<EarthModel.Shell> shells = earth.shells();
    for (int i = shells.size() - 1; i >= 0; i--) {
      double inner = shells.get(i).innerKm();
      if (inner > b) {
        cuts.add(halfLength - Math.sqrt(inner * inner - b * b));
      }
    }
    cuts.add(halfLength);
    for (int k = 1; k < cuts.size(); k++) {
      double s0 = cuts.get(k - 1), s1 = cuts.get(k);
      double seg = s1 - s0;
      if (seg <= 0) continue;
      int n = (int) Math.ceil(seg / maxSlabKm);
      double ds = seg / n;
      for (int j = 0; j < n; j++) {
        double mid = s0 + (j + 0.5) * ds;
        double d = halfLength - mid;
        double radius = Math.sqrt(b * b + d * d);
        out.add(new MatterLayer(ds, earth.electronDensity(radius)));
      }
    }
    return out;
  }
}
