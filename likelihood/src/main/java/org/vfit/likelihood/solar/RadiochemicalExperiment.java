package org.vfit.likelihood.solar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.Values;
import org.vfit.likelihood.GaussianChi2;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * Radiochemical capture rates (Homestake ³⁷Cl, SAGE/GALLEX/GNO ⁷¹Ga): R = Σ_c Φ_c ∫λ_c σ P_ee dE in
 * SNU, with P_ee the annual mean at the site. All capture rates of the fit form one experiment so
 * that their theory errors are correlated as they physically are (docs/design.md §5):
 *
 * <ul>
 *   <li>flux errors of the solar model, one per component and shared by every target, Σ_ij += Σ_c
 *       δ_c² R_ic R_jc (the ⁸B flux is a fit parameter and is left out);
 *   <li>the capture cross-section band where the data give one (Bahcall's ⁷¹Ga ±3σ): a common shift
 *       of σ(E) across the spectrum, fully correlated between measurements on the same target. The
 *       ³⁷Cl table has no band; its uncertainty is not included.
 * </ul>
 *
 * The measurement errors come from the datasets (stat ⊕ syst, symmetrised).
 */
final class RadiochemicalExperiment implements SolarExperiment {
  private static final double SNU = 1e36;

  /** Per measurement: per component, the grid weights λ(E)ΔE·σ(E) and the band shift of σ. */
  private record Response(
      Detector site,
      String target,
      Map<SolarFluxComponent, double[]> sigmaWeights,
      Map<SolarFluxComponent, double[]> sigmaShift) {}

  private final SolarPhysics physics;
  private final List<Rates> data;
  private final List<Response> responses = new ArrayList<>();
  private final double[] dataCovariance; // block-diagonal over datasets
  private final double[] observed;
  private final int n;
  private final Object shiftKey = new Object();

  RadiochemicalExperiment(SolarPhysics physics, List<Rates> data) {
    this.physics = physics;
    this.data = List.copyOf(data);
    List<Double> obs = new ArrayList<>();
    for (Rates r : data) {
      for (Rates.Measurement m : r.measurements()) {
        obs.add(m.value());
        responses.add(response(m));
      }
    }
    n = obs.size();
    observed = obs.stream().mapToDouble(Double::doubleValue).toArray();
    dataCovariance = new double[n * n];
    int offset = 0;
    for (Rates r : data) {
      Matrix c = r.covariance();
      for (int i = 0; i < c.rows(); i++) {
        for (int j = 0; j < c.rows(); j++) {
          dataCovariance[(offset + i) * n + offset + j] = c.get(i, j);
        }
      }
      offset += c.rows();
    }
  }

  private Response response(Rates.Measurement m) {
    String name = m.observable().response();
    if (name == null) {
      throw new IllegalArgumentException(
          "capture rate " + m.id() + " names no cross-section dataset (observable.response)");
    }
    CrossSection xs = Datasets.resolve(name, CrossSection.class);
    String target = m.observable().target();
    // Annual-mean P_ee at Gran Sasso (42.45° N) for every radiochemical experiment: GALLEX/GNO are
    // there, SAGE (Baksan, 43.3° N) and Homestake (44.35° N) within two degrees. Earth regeneration
    // changes these rates by < 0.5 % in all (the ⁸B part of Cl), and a two-degree change of
    // latitude
    // changes that by a few percent of itself — ~1e-4 of the rate — while a separate exposure per
    // site would double the regeneration tables a fit has to fill.
    Detector site = Detector.GRAN_SASSO;
    Map<SolarFluxComponent, double[]> w = new EnumMap<>(SolarFluxComponent.class);
    Map<SolarFluxComponent, double[]> shift = new EnumMap<>(SolarFluxComponent.class);
    for (SolarFluxComponent c : SolarFluxComponent.values()) {
      EnergyGrid g = physics.grid(c);
      double[] a = new double[g.size()], b = new double[g.size()];
      for (int k = 0; k < g.size(); k++) {
        double e = g.energyMeV()[k];
        a[k] = g.weight()[k] * xs.at(e);
        if (xs.upper() != null && e >= xs.threshold()) {
          // one-σ shift of σ(E): half the band width divided by the band's σ count
          double up = interpolate(xs, xs.upper(), e), lo = interpolate(xs, xs.lower(), e);
          b[k] = g.weight()[k] * 0.5 * (up - lo) / xs.boundsSigma();
        }
      }
      // Projected onto the P_ee nodes (as Super-K's kernels are): the sums below then run over
      // the 48 nodes instead of the fine grid (up to a thousand points for hep), and no P_ee is
      // spread onto the fine grid; equal to the fine-grid sums up to rounding.
      w.put(c, physics.peeNodes(c).project(a));
      shift.put(c, physics.peeNodes(c).project(b));
    }
    return new Response(site, target, w, shift);
  }

  private static double interpolate(CrossSection xs, Values column, double e) {
    if (e < xs.energy().first()) {
      return column.first();
    }
    return org.vfit.datasets.model.Interpolation.linear(xs.energy(), column, e);
  }

  @Override
  public List<Dataset> datasets() {
    return List.copyOf(data);
  }

  @Override
  public int dataPoints() {
    return n;
  }

  /**
   * Contribution of each component to each measurement in SNU, [measurement][component], the ⁸B
   * entry for f_B = 1 (the caller scales it): independent of f_B, so kept per point.
   */
  private double[][] unitContributions(SolarPoint point, boolean shifted) {
    return point.memo(
        shifted ? shiftKey : this,
        () -> {
          SolarFluxComponent[] comps = SolarFluxComponent.values();
          double[][] out = new double[n][comps.length];
          for (int i = 0; i < n; i++) {
            Response r = responses.get(i);
            for (SolarFluxComponent c : comps) {
              double[] p = point.averageAtPeeNodes(c, r.site());
              double[] w = (shifted ? r.sigmaShift() : r.sigmaWeights()).get(c);
              double s = 0;
              for (int k = 0; k < w.length; k++) {
                s += w[k] * p[k];
              }
              out[i][c.ordinal()] = physics.model().flux(c) * s * SNU;
            }
          }
          return out;
        });
  }

  private double[][] contributions(SolarPoint point, double fB8, boolean shifted) {
    double[][] unit = unitContributions(point, shifted);
    double[][] out = new double[n][];
    int b8 = SolarFluxComponent.B8.ordinal();
    for (int i = 0; i < n; i++) {
      out[i] = unit[i].clone();
      out[i][b8] *= fB8;
    }
    return out;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    double[][] contrib = contributions(point, fB8, false);
    double[][] xsShift = contributions(point, fB8, true);
    double[] r = new double[n];
    double[] cov = dataCovariance.clone();
    double[] shift = new double[n];
    for (int i = 0; i < n; i++) {
      double pred = 0;
      for (double v : contrib[i]) pred += v;
      r[i] = observed[i] - pred;
      for (double v : xsShift[i]) shift[i] += v;
    }
    for (SolarFluxComponent c : SolarFluxComponent.values()) {
      if (c == SolarFluxComponent.B8) continue;
      double d = physics.model().fluxFractionalError(c);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          cov[i * n + j] += d * d * contrib[i][c.ordinal()] * contrib[j][c.ordinal()];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (responses.get(i).target().equals(responses.get(j).target())) {
          cov[i * n + j] += shift[i] * shift[j];
        }
      }
    }
    return GaussianChi2.chi2(r, cov);
  }

  /** Predicted rates (SNU), in measurement order. */
  double[] predicted(SolarPoint point, double fB8) {
    double[][] contrib = contributions(point, fB8, false);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : contrib[i]) out[i] += v;
    }
    return out;
  }

  @Override
  public List<Values> expected(SolarPoint point, double fB8) {
    double[] all = predicted(point, fB8);
    List<Values> out = new ArrayList<>();
    int offset = 0;
    for (Rates r : data) {
      int m = r.measurements().size();
      double[] v = new double[m];
      System.arraycopy(all, offset, v, 0, m);
      out.add(Values.of(v));
      offset += m;
    }
    return out;
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    List<Rates> rates = new ArrayList<>();
    for (Dataset d : newData) rates.add((Rates) d);
    return new RadiochemicalExperiment(physics, rates);
  }
}
