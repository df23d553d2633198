package org.vfit.likelihood.solar;

import java.util.List;
import org.vfit.datasets.model.AsymmetryConvention;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Observable;
import org.vfit.likelihood.xsec.ElasticScattering;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * Day–night asymmetries of elastic-scattering rates: Borexino's ⁷Be A_dn and Super-Kamiokande's
 * amplitude-fit A_DN.
 *
 * <p>The model asymmetry is that of the ES rate, R ∝ Σ λ[P σ_e + (1 − P) σ_x] over the recoil
 * window, by day and by night at the detector, in the dataset's sign convention.
 *
 * <p>Super-K quotes its A_DN from a fit of the amplitude of the expected zenith variation, which
 * depends on the Δm²₂₁ assumed; the dataset carries the fitted value and its 1σ band for every
 * Δm²₂₁ (a digitised figure). The model is then compared with the fitted value at the model's own
 * Δm²₂₁ (the standard use of that result), with the band's half-width ⊕ the systematic error as σ.
 * Outside the published Δm² range the nearest end is used.
 */
final class DayNightExperiment extends PointExperiment<DayNight> {
  private final Detector site;
  private final SolarFluxComponent[] source;
  private final double[][] ke, kx; // per asymmetry, ES kernels at the source's grid nodes
  private final double sign;

  /** The smooth form of the amplitude curve, or null without one. */
  private final SmoothAmplitudeCurve smooth;

  DayNightExperiment(SolarPhysics physics, DayNight data) {
    super(physics, data);
    // Super-K's 8B asymmetry at Kamioka; every other published asymmetry here is Borexino's.
    boolean superK =
        data.asymmetries().stream().anyMatch(a -> "8B".equals(a.observable().source()));
    site = superK ? Detector.KAMIOKA : Detector.GRAN_SASSO;
    int n = data.asymmetries().size();
    source = new SolarFluxComponent[n];
    ke = new double[n][];
    kx = new double[n][];
    for (int i = 0; i < n; i++) {
      Observable o = data.asymmetries().get(i).observable();
      source[i] = SolarFluxComponent.parse(o.source());
      double lo = 0, hi = Double.POSITIVE_INFINITY;
      if (o.window() != null) {
        lo = o.window().min();
        hi = o.window().max() == null ? Double.POSITIVE_INFINITY : o.window().max();
      }
      // Kernels projected onto the P_ee nodes, as for Super-K: each rate is linear in P_ee and the
      // projection keeps Σ kx, so the sums below equal the fine-grid ones up to rounding.
      SolarPhysics.Interpolation nodes = physics.peeNodes(source[i]);
      ke[i] =
          nodes.project(
              kernel(physics, source[i], ElasticScattering.Flavour.NU_E, lo, hi, o.energy()));
      kx[i] =
          nodes.project(
              kernel(physics, source[i], ElasticScattering.Flavour.NU_X, lo, hi, o.energy()));
    }
    sign = data.convention() == AsymmetryConvention.DAY_MINUS_NIGHT ? 1.0 : -1.0;
    smooth = data.curve() == null ? null : new SmoothAmplitudeCurve(data.curve());
  }

  private DayNightExperiment(DayNightExperiment base, DayNight data) {
    super(base.physics, data);
    site = base.site;
    source = base.source;
    ke = base.ke;
    kx = base.kx;
    sign = base.sign;
    smooth = data.curve() == null ? null : new SmoothAmplitudeCurve(data.curve());
  }

  /** The smooth form of the amplitude curve, or null (for reports and tests). */
  SmoothAmplitudeCurve smoothCurve() {
    return smooth;
  }

  private static double[] kernel(
      SolarPhysics physics,
      SolarFluxComponent c,
      ElasticScattering.Flavour f,
      double lo,
      double hi,
      Double lineEnergy) {
    EnergyGrid g = physics.grid(c);
    RecoilTable t = physics.recoil(c, f);
    double[] k = new double[g.size()];
    boolean line = physics.model().spectrum(c).line();
    for (int i = 0; i < g.size(); i++) {
      if (line && lineEnergy != null && Math.abs(g.energyMeV()[i] - lineEnergy) > 0.01) continue;
      k[i] = g.weight()[i] * t.integrate(i, lo, hi);
    }
    return k;
  }

  /** Model asymmetry in the dataset's convention. */
  @Override
  double[] compute(SolarPoint point) {
    double[] out = new double[source.length];
    for (int i = 0; i < source.length; i++) {
      double[] d = point.dayAtPeeNodes(source[i]);
      double[] n = point.nightAtPeeNodes(source[i], site, 0.0, 1.0);
      double rd = 0, rn = 0;
      for (int k = 0; k < d.length; k++) {
        rd += ke[i][k] * d[k] + kx[i][k] * (1 - d[k]);
        rn += ke[i][k] * n[k] + kx[i][k] * (1 - n[k]);
      }
      out[i] = sign * 2 * (rd - rn) / (rd + rn);
    }
    return out;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    double[] pred = predicted(point);
    double s = 0;
    double dm2 = point.parameters().dm21EV2();
    for (int i = 0; i < pred.length; i++) {
      DayNight.Asymmetry a = data.asymmetries().get(i);
      double value = a.value(), sigma = a.uncertainty().average();
      if (smooth != null && a.referenceDm2() != null) {
        value = smooth.fitAt(dm2) + (a.value() - smooth.fitAt(a.referenceDm2()));
        double syst = a.syst() == null ? 0 : a.syst().average();
        sigma = Math.hypot(smooth.sigmaAt(dm2), syst);
      }
      double r = (value - pred[i]) / sigma;
      s += r * r;
    }
    return s;
  }

  @Override
  public int dataPoints() {
    return source.length;
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    return new DayNightExperiment(this, (DayNight) newData.get(0));
  }
}
