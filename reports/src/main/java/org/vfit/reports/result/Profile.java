package org.vfit.reports.result;

import java.util.List;

/**
 * A 1-D Δχ² profile: one parameter scanned, all others minimised.
 *
 * @param parameter which parameter (its unit is given by {@link ProfileParameter})
 * @param sector whose data: {@code nu}, {@code nubar}, or {@code combined} (H0 for the parameters
 *     themselves, H1 for the ν̄ − ν differences)
 * @param values scanned values, strictly increasing, in the file unit (eV² for splittings)
 * @param deltaChi2 Δχ² at each value
 */
public record Profile(
    ProfileParameter parameter, Sector sector, List<Double> values, List<Double> deltaChi2) {
  public Profile {
    Checks.required("parameter", parameter);
    Checks.required("sector", sector);
    values = Checks.increasing("values", values, 2);
    // Splittings in eV², mixing parameters and their differences dimensionless: all within ±1.
    Checks.within("values", values, -1, 1);
    deltaChi2 = Checks.deltaChi2("deltaChi2", deltaChi2);
    if (deltaChi2.size() != values.size()) {
      throw new InvalidFieldException(
          "deltaChi2",
          "must have one value per scanned point (" + values.size() + "), has " + deltaChi2.size());
    }
  }
}
