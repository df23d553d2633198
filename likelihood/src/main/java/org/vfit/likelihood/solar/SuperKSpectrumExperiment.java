package org.vfit.likelihood.solar;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.EnergyVariable;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.likelihood.xsec.ElasticScattering;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * A Super-Kamiokande ν–e elastic-scattering spectrum by recoil energy and zenith class (day, night,
 * or SK-I's mantle and core bins).
 *
 * <p>Each row's prediction scales the collaboration's unoscillated Monte Carlo rate by the ratio of
 * oscillated to unoscillated signal computed here: ratio = Σ_E λ(E)[P(E)K_e(E) + (1 − P(E))K_x(E)]
 * / Σ_E λ(E)K_e(E), with K_f(E) = ∫dT dσ_f/dT(E, T) × Prob(T_rec in the bin | T) for a Gaussian
 * resolution. The ratio is insensitive to the exact efficiency and resolution (they enter numerator
 * and denominator alike), which is why the method works with the published MC instead of SK's full
 * detector simulation. Both ⁸B (scaled by f_B) and hep (fixed to the solar model) are predicted,
 * their MC rescaled from the MC's reference fluxes to the solar model's.
 *
 * <p>Resolution: σ(E) = −0.0839 + 0.349√E + 0.0397E MeV with E the total electron energy (SK-IV,
 * PRD 94, 052010, as used by third-party fits), applied to every phase (SK-II's worse resolution is
 * not modelled; through the ratio this changes SK-II's prediction by well under its errors).
 * Errors: statistical (symmetrised) ⊕ the energy-uncorrelated systematic of each row; the
 * energy-correlated systematics are not in the bundled data and are left out (see the dataset
 * notes).
 */
final class SuperKSpectrumExperiment implements SolarExperiment {
  /** Kernels and normalisations per row: everything but the measured rates. */
  private record Response(
      double[][] ke8B,
      double[][] kx8B,
      double[][] keHep,
      double[][] kxHep,
      double[] norm8B,
      double[] normHep,
      double[] scale8B,
      double[] scaleHep) {}

  private final SolarPhysics physics;
  private final RecoilSpectrum data;
  private final Response response;
  private final double[] sigma2;

  SuperKSpectrumExperiment(SolarPhysics physics, RecoilSpectrum data) {
    this(physics, data, response(physics, data));
  }

  private SuperKSpectrumExperiment(SolarPhysics physics, RecoilSpectrum data, Response response) {
    this.physics = physics;
    this.data = data;
    this.response = response;
    int n = data.rows().size();
    sigma2 = new double[n];
    for (int i = 0; i < n; i++) {
      RecoilSpectrum.Row row = data.rows().get(i);
      double stat = row.stat().average();
      double syst = row.systUncorrelated() * row.rate();
      sigma2[i] = stat * stat + syst * syst;
    }
  }

  private static Response response(SolarPhysics physics, RecoilSpectrum data) {
    int n = data.rows().size();
    double[][] ke8B = new double[n][],
        kx8B = new double[n][],
        keHep = new double[n][],
        kxHep = new double[n][];
    double[] norm8B = new double[n],
        normHep = new double[n],
        scale8B = new double[n],
        scaleHep = new double[n];
    double offset =
        data.energyVariable() == EnergyVariable.RECOIL_TOTAL
            ? ElasticScattering.ELECTRON_MASS_MEV
            : 0.0;
    double ref8B = data.referenceFluxes().get("8B"), refHep = data.referenceFluxes().get("hep");
    RecoilTable e8 = physics.recoil(SolarFluxComponent.B8, ElasticScattering.Flavour.NU_E);
    RecoilTable x8 = physics.recoil(SolarFluxComponent.B8, ElasticScattering.Flavour.NU_X);
    RecoilTable eh = physics.recoil(SolarFluxComponent.HEP, ElasticScattering.Flavour.NU_E);
    RecoilTable xh = physics.recoil(SolarFluxComponent.HEP, ElasticScattering.Flavour.NU_X);
    EnergyGrid g8 = physics.grid(SolarFluxComponent.B8), gh = physics.grid(SolarFluxComponent.HEP);
    for (int i = 0; i < n; i++) {
      RecoilSpectrum.Row row = data.rows().get(i);
      double[] window = window(row.energyLow() - offset, row.energyHigh() - offset); // kinetic
      ke8B[i] = kernel(e8, g8, window);
      kx8B[i] = kernel(x8, g8, window);
      keHep[i] = kernel(eh, gh, window);
      kxHep[i] = kernel(xh, gh, window);
      for (double v : ke8B[i]) norm8B[i] += v;
      for (double v : keHep[i]) normHep[i] += v;
      scale8B[i] = row.expected8B() * physics.model().flux(SolarFluxComponent.B8) / ref8B;
      scaleHep[i] = row.expectedHep() * physics.model().flux(SolarFluxComponent.HEP) / refHep;
    }
    return new Response(ke8B, kx8B, keHep, kxHep, norm8B, normHep, scale8B, scaleHep);
  }

  /** Prob(T_rec ∈ [lo, hi] | T) at every recoil cell, Gaussian resolution (kinetic MeV). */
  private static double[] window(double lo, double hi) {
    int cells = (int) Math.ceil(25.0 / RecoilTable.STEP_MEV);
    double[] w = new double[cells];
    for (int j = 0; j < cells; j++) {
      double t = RecoilTable.cellCentre(j);
      double sig = resolution(t) * Math.sqrt(2);
      w[j] = 0.5 * (Erf.erf((hi - t) / sig) - Erf.erf((lo - t) / sig));
    }
    return w;
  }

  /** λ(E)ΔE · ∫dT dσ/dT · Prob(bin | T) at each grid node. */
  private static double[] kernel(RecoilTable table, EnergyGrid g, double[] window) {
    double[] out = new double[g.size()];
    for (int k = 0; k < g.size(); k++) {
      out[k] = g.weight()[k] * table.fold(k, window);
    }
    return out;
  }

  /** SK-IV energy resolution σ(E_total) in MeV for recoil kinetic energy T. */
  static double resolution(double kineticMeV) {
    double e = kineticMeV + ElasticScattering.ELECTRON_MASS_MEV;
    return -0.0839 + 0.349 * Math.sqrt(e) + 0.0397 * e;
  }

  private double[] survival(SolarPoint point, SolarFluxComponent c, RecoilSpectrum.Row row) {
    switch (row.zenith()) {
      case DAY:
        return point.day(c);
      case NIGHT:
        return point.night(
            c,
            Detector.KAMIOKA,
            Math.max(0.0, row.cosZenithLow()),
            Math.min(1.0, row.cosZenithHigh()));
      default:
        return point.average(c, Detector.KAMIOKA);
    }
  }

  private static double ratio(double[] ke, double[] kx, double[] p, double norm) {
    double s = 0;
    for (int k = 0; k < p.length; k++) {
      s += ke[k] * p[k] + kx[k] * (1 - p[k]);
    }
    return s / norm;
  }

  /** {⁸B part per unit f_B, hep part} of each row's rate at the point (independent of f_B). */
  private double[][] parts(SolarPoint point) {
    return point.memo(
        this,
        () -> {
          Response r = response;
          int n = data.rows().size();
          double[][] out = new double[2][n];
          for (int i = 0; i < n; i++) {
            RecoilSpectrum.Row row = data.rows().get(i);
            double r8 =
                r.norm8B()[i] > 0
                    ? ratio(
                        r.ke8B()[i],
                        r.kx8B()[i],
                        survival(point, SolarFluxComponent.B8, row),
                        r.norm8B()[i])
                    : 0;
            double rh =
                r.normHep()[i] > 0
                    ? ratio(
                        r.keHep()[i],
                        r.kxHep()[i],
                        survival(point, SolarFluxComponent.HEP, row),
                        r.normHep()[i])
                    : 0;
            out[0][i] = r.scale8B()[i] * r8;
            out[1][i] = r.scaleHep()[i] * rh;
          }
          return out;
        });
  }

  double[] predicted(SolarPoint point, double fB8) {
    double[][] parts = parts(point);
    double[] out = new double[parts[0].length];
    for (int i = 0; i < out.length; i++) {
      out[i] = fB8 * parts[0][i] + parts[1][i];
    }
    return out;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    double[] pred = predicted(point, fB8);
    double s = 0;
    for (int i = 0; i < pred.length; i++) {
      double d = data.rows().get(i).rate() - pred[i];
      s += d * d / sigma2[i];
    }
    return s;
  }

  @Override
  public List<Dataset> datasets() {
    return List.of(data);
  }

  @Override
  public int dataPoints() {
    return data.rows().size();
  }

  @Override
  public List<Values> expected(SolarPoint point, double fB8) {
    return List.of(Values.of(predicted(point, fB8)));
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    return new SuperKSpectrumExperiment(physics, (RecoilSpectrum) newData.get(0), response);
  }
}
