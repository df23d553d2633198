package org.vfit.reports.result;

import java.util.List;

/**
 * Solar ν_e survival probability P_ee(E) predicted by one best fit.
 *
 * @param fit whose best-fit parameters (nu, nubar or H0; the ν̄ parameters applied to solar ν show
 *     what the reactor fit predicts for the Sun)
 * @param energy neutrino energies in MeV, strictly increasing, {@code > 0}
 * @param pee P_ee at each energy
 */
public record SurvivalCurve(FitName fit, List<Double> energy, List<Double> pee) {
  public SurvivalCurve {
    Checks.required("fit", fit);
    energy = Checks.increasing("energy", energy, 2);
    Checks.positive("energy/0", energy.get(0));
    pee = Checks.finiteList("pee", pee);
    if (pee.size() != energy.size()) {
      throw new InvalidFieldException(
          "pee", "must have one value per energy (" + energy.size() + "), has " + pee.size());
    }
    for (int i = 0; i < pee.size(); i++) {
      Checks.probability("pee/" + i, pee.get(i));
    }
  }
}
