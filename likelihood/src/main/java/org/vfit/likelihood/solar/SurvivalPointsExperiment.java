package org.vfit.likelihood.solar;

import java.util.List;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.EnergyVariable;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.Rates;
import org.vfit.likelihood.GaussianChi2;
import org.vfit.likelihood.xsec.ElasticScattering;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * Survival probabilities published per source (Borexino: pp, ⁷Be, pep, ⁸B in two recoil windows).
 * Borexino infers each point from an elastic-scattering rate and the solar-model flux, so the model
 * value is the annual-mean P_ee at Gran Sasso averaged over the source's spectrum with the weight
 * the measurement has: λ(E) times the ν_e–e cross section integrated over the point's recoil window
 * (the whole kinematic range when the dataset gives none). A line source is just P_ee at its
 * energy. The points' errors already contain the solar-model flux errors Borexino used; they are
 * taken as independent (none of the sources gives correlations).
 */
final class SurvivalPointsExperiment extends PointExperiment<Rates> {
  private final SolarFluxComponent[] source;
  private final double[][] weight; // [point][grid node], normalised to sum 1
  private final double[] covariance;

  SurvivalPointsExperiment(SolarPhysics physics, Rates data) {
    super(physics, data);
    int n = data.measurements().size();
    source = new SolarFluxComponent[n];
    weight = new double[n][];
    for (int i = 0; i < n; i++) {
      Observable o = data.measurements().get(i).observable();
      source[i] = SolarFluxComponent.parse(o.source());
      // Projected onto the P_ee nodes, as for Super-K: the same sum up to rounding, over 48 nodes.
      weight[i] = physics.peeNodes(source[i]).project(weights(physics, source[i], o));
    }
    covariance = GaussianChi2.flatten(data.covariance().toArray());
  }

  private static double[] weights(SolarPhysics physics, SolarFluxComponent c, Observable o) {
    EnergyGrid g = physics.grid(c);
    double[] w = new double[g.size()];
    if (physics.model().spectrum(c).line()) {
      // the line nearest to the quoted energy (⁷Be: the 862 keV line Borexino quotes)
      int best = 0;
      double target = o.energy() == null ? g.energyMeV()[g.size() - 1] : o.energy();
      for (int k = 1; k < g.size(); k++) {
        if (Math.abs(g.energyMeV()[k] - target) < Math.abs(g.energyMeV()[best] - target)) best = k;
      }
      w[best] = 1;
      return w;
    }
    double lo = 0, hi = Double.POSITIVE_INFINITY;
    if (o.window() != null) {
      if (o.window().variable() != EnergyVariable.RECOIL_KINETIC) {
        throw new IllegalArgumentException(
            "survival point window must be in recoil kinetic energy, got "
                + o.window().variable().id());
      }
      lo = o.window().min();
      hi = o.window().max() == null ? Double.POSITIVE_INFINITY : o.window().max();
    }
    RecoilTable t = physics.recoil(c, ElasticScattering.Flavour.NU_E);
    double sum = 0;
    for (int k = 0; k < g.size(); k++) {
      w[k] = g.weight()[k] * t.integrate(k, lo, hi);
      sum += w[k];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "survival point of " + c.label() + ": no neutrino can reach its recoil window");
    }
    for (int k = 0; k < w.length; k++) w[k] /= sum;
    return w;
  }

  @Override
  double[] compute(SolarPoint point) {
    double[] out = new double[source.length];
    for (int i = 0; i < source.length; i++) {
      double[] p = point.averageAtPeeNodes(source[i], Detector.GRAN_SASSO);
      double s = 0;
      for (int k = 0; k < p.length; k++) s += weight[i][k] * p[k];
      out[i] = s;
    }
    return out;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    double[] pred = predicted(point);
    double[] r = new double[pred.length];
    for (int i = 0; i < r.length; i++) r[i] = data.measurements().get(i).value() - pred[i];
    return GaussianChi2.chi2(r, covariance.clone());
  }

  @Override
  public int dataPoints() {
    return source.length;
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    return new SurvivalPointsExperiment(physics, (Rates) newData.get(0));
  }
}
