package org.vfit.datasets.toys;

import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.RecoilSpectrum;

/**
 * Replaces the metadata of a measured dataset (toys and Asimov data get their own name and status).
 */
final class Renamer {
  private Renamer() {}

  static Dataset withMeta(Dataset d, Metadata m) {
    if (d instanceof ReactorSpectrum r) {
      return r.withMeta(m);
    } else if (d instanceof Rates r) {
      return new Rates(m, r.measurements(), r.correlation());
    } else if (d instanceof PolynomialSurvival p) {
      return new PolynomialSurvival(
          m,
          p.pivotEnergy(),
          p.energyMin(),
          p.energyMax(),
          p.convention(),
          p.parameters(),
          p.correlation(),
          p.response());
    } else if (d instanceof DayNight n) {
      return new DayNight(m, n.convention(), n.asymmetries(), n.curve(), n.phases());
    } else if (d instanceof GaussianConstraint g) {
      return new GaussianConstraint(
          m,
          g.sector(),
          g.massOrdering(),
          g.parameters(),
          g.correlation(),
          g.baselineKm(),
          g.baselines());
    } else if (d instanceof RecoilSpectrum s) {
      return new RecoilSpectrum(
          m,
          s.energyVariable(),
          s.livetime(),
          s.referenceFluxes(),
          s.rows(),
          s.phase(),
          s.correlatedSystematics());
    }
    throw new IllegalArgumentException(d.name() + " is not a measured dataset");
  }
}
