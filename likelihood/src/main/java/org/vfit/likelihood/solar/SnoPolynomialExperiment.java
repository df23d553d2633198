package org.vfit.likelihood.solar;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.AsymmetryConvention;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.PredictedSpectra;
import org.vfit.datasets.model.Values;
import org.vfit.likelihood.GaussianChi2;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * SNO's combined three-phase summary (PRC 88, 025501): the ⁸B flux and a polynomial day survival
 * P_day(E) = c₀ + c₁(E − 10) + c₂(E − 10)² with a linear asymmetry A(E) = a₀ + a₁(E − 10), A = 2(N
 * − D)/(N + D).
 *
 * <p>A model is mapped onto these numbers the way SNO defines them: its day P_ee and A(E) at
 * Sudbury are fitted, over SNO's neutrino-energy range, with the polynomial forms by weighted least
 * squares, the weights being SNO's predicted detected no-oscillation spectra (the "sensitivity" of
 * the data to each energy): for P_day the day ν_e channels (CC + ES_e, day), for A the day and
 * night ν_e channels together. Least squares with fixed weights is linear in P, so the maps P ↦
 * (c₀, c₁, c₂) and A ↦ (a₀, a₁) are fixed matrices computed once. The fitted numbers and
 * f_B·Φ_SSM(⁸B) are compared with SNO's through its covariance (stat ⊕ symmetrised syst with the
 * published correlations).
 */
final class SnoPolynomialExperiment implements SolarExperiment {
  private final SolarPhysics physics;
  private final PolynomialSurvival data;
  private final double[] energies;
  private final double[][] dayMap; // 3 × k
  private final double[][] asymMap; // 2 × k
  private final double[] covariance;
  private final double[] observed; // the six published coefficients, read once
  private final double sign;

  SnoPolynomialExperiment(SolarPhysics physics, PolynomialSurvival data) {
    this.physics = physics;
    this.data = data;
    PredictedSpectra resp = Datasets.resolve(data.response(), PredictedSpectra.class);
    Values edges = resp.energyEdges();
    int k = edges.size() - 1;
    double[] e = new double[k], wDay = new double[k], wAsym = new double[k];
    int used = 0;
    for (int i = 0; i < k; i++) {
      double centre = 0.5 * (edges.get(i) + edges.get(i + 1));
      if (centre < data.energyMin() || centre > data.energyMax()) continue;
      double day = resp.channel("cc_day").get(i) + resp.channel("es_e_day").get(i);
      double night = resp.channel("cc_night").get(i) + resp.channel("es_e_night").get(i);
      e[used] = centre;
      wDay[used] = day;
      wAsym[used] = day + night;
      used++;
    }
    energies = java.util.Arrays.copyOf(e, used);
    dayMap = leastSquaresMap(energies, java.util.Arrays.copyOf(wDay, used), 3, data.pivotEnergy());
    asymMap =
        leastSquaresMap(energies, java.util.Arrays.copyOf(wAsym, used), 2, data.pivotEnergy());
    covariance = GaussianChi2.flatten(data.covariance().toArray());
    observed = data.values().toArray();
    sign = data.convention() == AsymmetryConvention.NIGHT_MINUS_DAY ? 1.0 : -1.0;
  }

  /** (XᵀWX)⁻¹XᵀW for a polynomial of the given number of terms in (E − pivot). */
  private static double[][] leastSquaresMap(double[] e, double[] w, int terms, double pivot) {
    int k = e.length;
    double[][] x = new double[k][terms];
    for (int i = 0; i < k; i++) {
      double v = 1;
      for (int t = 0; t < terms; t++) {
        x[i][t] = v;
        v *= e[i] - pivot;
      }
    }
    double[][] xtwx = new double[terms][terms];
    for (int a = 0; a < terms; a++) {
      for (int b = 0; b < terms; b++) {
        double s = 0;
        for (int i = 0; i < k; i++) s += x[i][a] * w[i] * x[i][b];
        xtwx[a][b] = s;
      }
    }
    RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(xtwx)).getSolver().getInverse();
    double[][] map = new double[terms][k];
    for (int t = 0; t < terms; t++) {
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int b = 0; b < terms; b++) s += inv.getEntry(t, b) * x[i][b] * w[i];
        map[t][i] = s;
      }
    }
    return map;
  }

  /** φ_B8, c0, c1, c2, a0, a1 predicted by the model. */
  double[] predicted(SolarPoint point, double fB8) {
    double[] coefficients =
        point.memo(
            this,
            () -> {
              double[][] dn = point.dayNightAt(SolarFluxComponent.B8, Detector.SUDBURY, energies);
              double[] out = new double[6];
              for (int t = 0; t < 3; t++) {
                double s = 0;
                for (int i = 0; i < energies.length; i++) s += dayMap[t][i] * dn[0][i];
                out[1 + t] = s;
              }
              for (int t = 0; t < 2; t++) {
                double s = 0;
                for (int i = 0; i < energies.length; i++) {
                  double d = dn[0][i], n = dn[1][i];
                  s += asymMap[t][i] * sign * 2 * (n - d) / (n + d);
                }
                out[4 + t] = s;
              }
              return out;
            });
    double[] out = coefficients.clone();
    out[0] = fB8 * physics.model().flux(SolarFluxComponent.B8);
    return out;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    double[] pred = predicted(point, fB8);
    double[] r = new double[6];
    for (int i = 0; i < 6; i++) r[i] = observed[i] - pred[i];
    return GaussianChi2.chi2(r, covariance.clone());
  }

  @Override
  public List<Dataset> datasets() {
    return List.of(data);
  }

  @Override
  public int dataPoints() {
    return 6;
  }

  @Override
  public List<Values> expected(SolarPoint point, double fB8) {
    return List.of(Values.of(predicted(point, fB8)));
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    return new SnoPolynomialExperiment(physics, (PolynomialSurvival) newData.get(0));
  }
}
