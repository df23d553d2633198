package org.vfit.likelihood.solar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.EnergyVariable;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.toys.Toys;
import org.vfit.likelihood.xsec.ElasticScattering;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * Super-Kamiokande's ν–e elastic-scattering spectra, every phase in one experiment because they
 * share the ⁸B spectrum-shape systematic.
 *
 * <p><b>Prediction.</b> Each row's prediction scales the collaboration's unoscillated Monte Carlo
 * rate by the ratio of oscillated to unoscillated signal computed here: ratio = Σ_E λ(E)[P(E)K_e(E)
 * + (1 − P(E))K_x(E)] / Σ_E λ(E)K_e(E), with K_f(E) = ∫dT dσ_f/dT(E, T) × Prob(T_rec in the bin |
 * T) for a Gaussian resolution. The ratio is insensitive to the exact efficiency and resolution
 * (they enter numerator and denominator alike), which is why the method works with the published MC
 * instead of SK's full detector simulation. Both ⁸B (scaled by f_B) and hep (fixed to the solar
 * model) are predicted, their MC rescaled from the MC's reference fluxes to the solar model's.
 * Resolution: σ(E) = −0.0839 + 0.349√E + 0.0397E MeV with E the total electron energy (SK-IV, PRD
 * 94, 052010), applied to every phase (SK-II's worse resolution changes its ratio by well under its
 * errors).
 *
 * <p><b>Zenith rows counted once.</b> A phase whose day–night difference a day–night dataset
 * already carries (the amplitude fits) is used as day+night totals: the zenith rows of each energy
 * bin are combined with inverse-variance weights, data and prediction alike. The statistical
 * variance of a rate is ∝ 1/exposure at a common rate per unit time, so these weights are the rows'
 * exposures: on SK-IV the combination reproduces the published all-zenith rates to within 0.12σ
 * (rounding).
 *
 * <p><b>Errors.</b> Statistical (symmetrised) ⊕ the energy-uncorrelated systematic of each row,
 * plus the energy-correlated systematics as Gaussian nuisances α_k (pull method, Fogli et al., PRD
 * 66, 053010 (2002)): prediction_i → prediction_i (1 + Σ_k α_k δ_ik), δ_ik the symmetrised
 * published shift. Shifts with the same name (the ⁸B spectrum shape) are one nuisance across
 * phases. The α_k enter linearly and are profiled exactly: χ² = rᵀWr + cᵀc − vᵀ(1 + SᵀWS)⁻¹v, v =
 * SᵀWr + c, with S_ik = δ_ik p_i evaluated at f_B = 1, so that χ² stays an exact parabola in f_B
 * (the neglected (f_B − 1)α δ term is below 0.1 % of a rate). c are the prior centres (0 for the
 * data; drawn for toys).
 */
final class SuperKSpectrumExperiment implements SolarExperiment {
  /** Kernels and normalisations per raw row of one dataset: everything but the measured rates. */
  private record Response(
      double[][] ke8B,
      double[][] kx8B,
      double[][] keHep,
      double[][] kxHep,
      double[] norm8B,
      double[] normHep,
      double[] scale8B,
      double[] scaleHep) {

    /** The ⁸B kernels in the form {@link #ratios} sums. */
    Split split8B() {
      return Split.of(ke8B, kx8B);
    }

    /** The hep kernels in the form {@link #ratios} sums. */
    Split splitHep() {
      return Split.of(keHep, kxHep);
    }
  }

  /**
   * A row's rate Σ_k ke_k P_k + kx_k (1 − P_k) written as Σ_k kx_k + Σ_k (ke_k − kx_k) P_k: one
   * product per node instead of two (equal up to rounding).
   *
   * @param difference ke − kx per row and node
   * @param muonTauSum Σ kx per row
   */
  private record Split(double[][] difference, double[] muonTauSum) {
    static Split of(double[][] ke, double[][] kx) {
      double[][] d = new double[ke.length][];
      double[] sx = new double[ke.length];
      for (int i = 0; i < ke.length; i++) {
        d[i] = new double[ke[i].length];
        for (int k = 0; k < d[i].length; k++) {
          d[i][k] = ke[i][k] - kx[i][k];
          sx[i] += kx[i][k];
        }
      }
      return new Split(d, sx);
    }
  }

  /**
   * One dataset: its response and the raw rows each fitted row combines.
   *
   * @param groups for each fitted row, the raw rows it combines (one unless merged)
   */
  private record Phase(
      RecoilSpectrum data, Response response, int[][] groups, Split b8, Split hep) {
    Phase(RecoilSpectrum data, Response response, int[][] groups) {
      this(data, response, groups, response.split8B(), response.splitHep());
    }
  }

  private final SolarPhysics physics;
  private final List<Phase> phases;
  private final Set<String> mergedPhases;

  /** Per fitted row (all phases concatenated): observed rate, variance, per-raw-row weights. */
  private final double[] observed;

  private final double[] variance;
  private final double[][] weights;

  /** δ_ik: fitted row × nuisance. */
  private final double[][] shift;

  private final List<String> nuisances;
  private final double[] centres;

  /**
   * @param mergedPhases phases whose zenith rows are combined into per-energy totals (their
   *     day–night difference is carried by another dataset)
   */
  SuperKSpectrumExperiment(
      SolarPhysics physics, List<RecoilSpectrum> data, Set<String> mergedPhases) {
    this(physics, responses(physics, data, mergedPhases), mergedPhases, null);
  }

  private SuperKSpectrumExperiment(
      SolarPhysics physics, List<Phase> phases, Set<String> mergedPhases, double[] centres) {
    this.physics = physics;
    this.phases = List.copyOf(phases);
    this.mergedPhases = Set.copyOf(mergedPhases);
    Map<String, Integer> names = new LinkedHashMap<>();
    int rows = 0;
    for (Phase p : phases) {
      rows += p.groups().length;
      for (RecoilSpectrum.CorrelatedSystematic c : p.data().correlatedSystematics()) {
        names.putIfAbsent(c.name(), names.size());
      }
    }
    this.nuisances = List.copyOf(names.keySet());
    this.centres = centres == null ? new double[nuisances.size()] : centres.clone();
    observed = new double[rows];
    variance = new double[rows];
    weights = new double[rows][];
    shift = new double[rows][nuisances.size()];
    int i = 0;
    for (Phase p : phases) {
      List<RecoilSpectrum.Row> raw = p.data().rows();
      for (int[] g : p.groups()) {
        double[] w = new double[g.length];
        double sw = 0;
        for (int j = 0; j < g.length; j++) {
          double s = raw.get(g[j]).stat().average();
          w[j] = 1.0 / (s * s);
          sw += w[j];
        }
        double rate = 0;
        double syst = 0;
        for (int j = 0; j < g.length; j++) {
          w[j] /= sw;
          rate += w[j] * raw.get(g[j]).rate();
          syst += w[j] * raw.get(g[j]).systUncorrelated();
          for (RecoilSpectrum.CorrelatedSystematic c : p.data().correlatedSystematics()) {
            shift[i][names.get(c.name())] += w[j] * c.shift(g[j]);
          }
        }
        observed[i] = rate;
        double sr = syst * rate;
        variance[i] = 1.0 / sw + sr * sr;
        weights[i] = w;
        i++;
      }
    }
  }

  private static List<Phase> responses(
      SolarPhysics physics, List<RecoilSpectrum> data, Set<String> merged) {
    List<Phase> out = new ArrayList<>();
    for (RecoilSpectrum d : data) {
      out.add(new Phase(d, response(physics, d), groups(d, merged.contains(d.phase()))));
    }
    return out;
  }

  /** Fitted rows: each raw row alone, or (merged) the rows of each energy bin together. */
  private static int[][] groups(RecoilSpectrum d, boolean merge) {
    List<RecoilSpectrum.Row> rows = d.rows();
    List<int[]> out = new ArrayList<>();
    if (!merge) {
      for (int i = 0; i < rows.size(); i++) {
        out.add(new int[] {i});
      }
      return out.toArray(new int[0][]);
    }
    Map<String, List<Integer>> bins = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RecoilSpectrum.Row r = rows.get(i);
      bins.computeIfAbsent(r.energyLow() + ":" + r.energyHigh(), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> b : bins.values()) {
      out.add(b.stream().mapToInt(Integer::intValue).toArray());
    }
    return out.toArray(new int[0][]);
  }

  private static Response response(SolarPhysics physics, RecoilSpectrum data) {
    int n = data.rows().size();
    double[][] ke8B = new double[n][];
    double[][] kx8B = new double[n][];
    double[][] keHep = new double[n][];
    double[][] kxHep = new double[n][];
    double[] norm8B = new double[n];
    double[] normHep = new double[n];
    double[] scale8B = new double[n];
    double[] scaleHep = new double[n];
    double offset =
        data.energyVariable() == EnergyVariable.RECOIL_TOTAL
            ? ElasticScattering.ELECTRON_MASS_MEV
            : 0.0;
    double ref8B = data.referenceFluxes().get("8B");
    double refHep = data.referenceFluxes().get("hep");
    RecoilTable e8 = physics.recoil(SolarFluxComponent.B8, ElasticScattering.Flavour.NU_E);
    RecoilTable x8 = physics.recoil(SolarFluxComponent.B8, ElasticScattering.Flavour.NU_X);
    RecoilTable eh = physics.recoil(SolarFluxComponent.HEP, ElasticScattering.Flavour.NU_E);
    RecoilTable xh = physics.recoil(SolarFluxComponent.HEP, ElasticScattering.Flavour.NU_X);
    EnergyGrid g8 = physics.grid(SolarFluxComponent.B8);
    EnergyGrid gh = physics.grid(SolarFluxComponent.HEP);
    for (int i = 0; i < n; i++) {
      RecoilSpectrum.Row row = data.rows().get(i);
      double[] window = window(row.energyLow() - offset, row.energyHigh() - offset); // kinetic
      ke8B[i] = kernel(e8, g8, window);
      kx8B[i] = kernel(x8, g8, window);
      keHep[i] = kernel(eh, gh, window);
      kxHep[i] = kernel(xh, gh, window);
      for (double v : ke8B[i]) {
        norm8B[i] += v;
      }
      for (double v : keHep[i]) {
        normHep[i] += v;
      }
      // The kernels act on P_ee, which the point computes at a component's P_ee nodes and
      // interpolates linearly onto the fine grid: projected onto the nodes once here, a row's
      // ratio sums over 48 nodes instead of the fine grid (equal to rounding: the interpolation
      // is linear and sums to one).
      ke8B[i] = physics.peeNodes(SolarFluxComponent.B8).project(ke8B[i]);
      kx8B[i] = physics.peeNodes(SolarFluxComponent.B8).project(kx8B[i]);
      keHep[i] = physics.peeNodes(SolarFluxComponent.HEP).project(keHep[i]);
      kxHep[i] = physics.peeNodes(SolarFluxComponent.HEP).project(kxHep[i]);
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

  private static double[] survival(SolarPoint point, SolarFluxComponent c, RecoilSpectrum.Row row) {
    switch (row.zenith()) {
      case DAY:
        return point.dayAtPeeNodes(c);
      case NIGHT:
        return point.nightAtPeeNodes(
            c,
            Detector.KAMIOKA,
            Math.max(0.0, row.cosZenithLow()),
            Math.min(1.0, row.cosZenithHigh()));
      default:
        return point.averageAtPeeNodes(c, Detector.KAMIOKA);
    }
  }

  /** {⁸B part per unit f_B, hep part} of each raw row of a phase (independent of f_B). */
  private static double[][] rawParts(Phase ph, SolarPoint point) {
    Response r = ph.response();
    List<RecoilSpectrum.Row> rows = ph.data().rows();
    int n = rows.size();
    double[] r8 = ratios(ph.b8(), r.norm8B(), point, SolarFluxComponent.B8, rows);
    double[] rh = ratios(ph.hep(), r.normHep(), point, SolarFluxComponent.HEP, rows);
    double[][] out = new double[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = r.scale8B()[i] * r8[i];
      out[1][i] = r.scaleHep()[i] * rh[i];
    }
    return out;
  }

  /**
   * The rate of every row with a positive norm relative to its norm (0 for the others), rows taken
   * in pairs: the two sums are independent chains the processor runs side by side.
   */
  private static double[] ratios(
      Split kernels,
      double[] norm,
      SolarPoint point,
      SolarFluxComponent c,
      List<RecoilSpectrum.Row> rows) {
    int n = rows.size();
    double[][] p = survivals(point, c, rows);
    double[][] d = kernels.difference();
    double[] sx = kernels.muonTauSum();
    double[] out = new double[n];
    int pending = -1;
    for (int i = 0; i < n; i++) {
      if (!(norm[i] > 0)) {
        continue;
      }
      if (pending < 0) {
        pending = i;
        continue;
      }
      double[] pa = p[pending], pb = p[i];
      double[] da = d[pending], db = d[i];
      double sa = 0, sb = 0;
      int both = Math.min(pa.length, pb.length);
      int k = 0;
      for (; k < both; k++) {
        sa += da[k] * pa[k];
        sb += db[k] * pb[k];
      }
      for (int m = k; m < pa.length; m++) {
        sa += da[m] * pa[m];
      }
      for (int m = k; m < pb.length; m++) {
        sb += db[m] * pb[m];
      }
      out[pending] = (sx[pending] + sa) / norm[pending];
      out[i] = (sx[i] + sb) / norm[i];
      pending = -1;
    }
    if (pending >= 0) {
      double sa = 0;
      for (int k = 0; k < p[pending].length; k++) {
        sa += d[pending][k] * p[pending][k];
      }
      out[pending] = (sx[pending] + sa) / norm[pending];
    }
    return out;
  }

  /**
   * {@link #survival} of every row. A phase's rows fall into a few zenith classes (day, night
   * bands, all), so each class is asked of the point once and shared by its rows: one hashed lookup
   * per row was a tenth of a solar χ² evaluation.
   */
  private static double[][] survivals(
      SolarPoint point, SolarFluxComponent c, List<RecoilSpectrum.Row> rows) {
    double[][] out = new double[rows.size()][];
    List<RecoilSpectrum.Row> seen = new ArrayList<>();
    List<double[]> arrays = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      RecoilSpectrum.Row row = rows.get(i);
      for (int k = 0; k < seen.size() && out[i] == null; k++) {
        if (sameZenithClass(seen.get(k), row)) {
          out[i] = arrays.get(k);
        }
      }
      if (out[i] == null) {
        out[i] = survival(point, c, row);
        seen.add(row);
        arrays.add(out[i]);
      }
    }
    return out;
  }

  /** Whether {@link #survival} gives two rows the same array. */
  private static boolean sameZenithClass(RecoilSpectrum.Row a, RecoilSpectrum.Row b) {
    if (a.zenith() != b.zenith()) {
      return false;
    }
    return a.zenith() != RecoilSpectrum.ZenithClass.NIGHT
        || (Math.max(0.0, a.cosZenithLow()) == Math.max(0.0, b.cosZenithLow())
            && Math.min(1.0, a.cosZenithHigh()) == Math.min(1.0, b.cosZenithHigh()));
  }

  /**
   * Everything at a point that does not depend on f_B: each phase's raw parts, the fitted rows'
   * parts, and the Cholesky factor of 1 + SᵀWS.
   */
  private record AtPoint(
      List<double[][]> raw, double[] b8, double[] hep, double[][] s, double[][] cholesky) {}

  private AtPoint atPoint(SolarPoint point) {
    return point.memo(
        this,
        () -> {
          List<double[][]> raw = new ArrayList<>();
          int n = observed.length;
          double[] b8 = new double[n];
          double[] hep = new double[n];
          int i = 0;
          for (Phase ph : phases) {
            double[][] parts = rawParts(ph, point);
            raw.add(parts);
            for (int[] g : ph.groups()) {
              for (int j = 0; j < g.length; j++) {
                b8[i] += weights[i][j] * parts[0][g[j]];
                hep[i] += weights[i][j] * parts[1][g[j]];
              }
              i++;
            }
          }
          int k = nuisances.size();
          double[][] s = new double[n][k];
          double[][] m = new double[k][k];
          for (int r = 0; r < n; r++) {
            double p1 = b8[r] + hep[r];
            for (int a = 0; a < k; a++) {
              s[r][a] = shift[r][a] * p1;
            }
          }
          // 1 + SᵀWS with W = diag(1/variance): S scaled by W once, then plain products.
          double[][] ws = new double[n][k];
          for (int r = 0; r < n; r++) {
            for (int a = 0; a < k; a++) {
              ws[r][a] = s[r][a] / variance[r];
            }
          }
          for (int a = 0; a < k; a++) {
            for (int c = 0; c <= a; c++) {
              double v = a == c ? 1.0 : 0.0;
              for (int r = 0; r < n; r++) {
                v += ws[r][a] * s[r][c];
              }
              m[a][c] = v;
              m[c][a] = v;
            }
          }
          return new AtPoint(raw, b8, hep, s, cholesky(m));
        });
  }

  /**
   * Lower-triangular L with LLᵀ = m, for the symmetric positive-definite m = 1 + SᵀWS (≥ 1 on the
   * diagonal, so it always exists). Written out because k ≤ 9 and it runs once per point; a library
   * decomposition would allocate more than it computes.
   */
  private static double[][] cholesky(double[][] m) {
    int k = m.length;
    double[][] l = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = m[i][j];
        for (int q = 0; q < j; q++) {
          s -= l[i][q] * l[j][q];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  @Override
  public double chi2(SolarPoint point, double fB8) {
    AtPoint at = atPoint(point);
    int n = observed.length;
    int k = nuisances.size();
    double[] v = centres.clone();
    double chi2 = 0;
    for (int i = 0; i < n; i++) {
      double r = observed[i] - (fB8 * at.b8()[i] + at.hep()[i]);
      double wr = r / variance[i];
      chi2 += r * wr;
      for (int a = 0; a < k; a++) {
        v[a] += at.s()[i][a] * wr;
      }
    }
    if (k == 0) {
      return chi2;
    }
    for (double c : centres) {
      chi2 += c * c;
    }
    // vᵀ(LLᵀ)⁻¹v = |L⁻¹v|²: one forward substitution.
    double[][] l = at.cholesky();
    double[] y = new double[k];
    double q = 0;
    for (int a = 0; a < k; a++) {
      double s = v[a];
      for (int c = 0; c < a; c++) {
        s -= l[a][c] * y[c];
      }
      y[a] = s / l[a][a];
      q += y[a] * y[a];
    }
    return chi2 - q;
  }

  /**
   * The problem the profiling solves, at a point: residuals r, variances and S (rows × nuisances),
   * so that χ² can be checked against the covariance form rᵀ(W⁻¹ + SSᵀ)⁻¹r it must equal.
   */
  record LinearForm(double[] residual, double[] variance, double[][] s) {}

  LinearForm linearForm(SolarPoint point, double fB8) {
    AtPoint at = atPoint(point);
    double[] r = new double[observed.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = observed[i] - (fB8 * at.b8()[i] + at.hep()[i]);
    }
    return new LinearForm(r, variance.clone(), at.s());
  }

  /** The fitted rows' observed rates and their errors (statistical ⊕ uncorrelated). */
  double[][] observedRows() {
    double[][] out = new double[2][observed.length];
    for (int i = 0; i < observed.length; i++) {
      out[0][i] = observed[i];
      out[1][i] = Math.sqrt(variance[i]);
    }
    return out;
  }

  @Override
  public List<Dataset> datasets() {
    List<Dataset> out = new ArrayList<>();
    for (Phase p : phases) {
      out.add(p.data());
    }
    return out;
  }

  @Override
  public int dataPoints() {
    return observed.length;
  }

  /** The correlated-systematic nuisances, profiled inside (for reports). */
  List<String> nuisances() {
    return nuisances;
  }

  /** Whether the rows of a phase are used as day+night totals. */
  boolean merges(String phase) {
    return mergedPhases.contains(phase);
  }

  @Override
  public List<Values> expected(SolarPoint point, double fB8) {
    AtPoint at = atPoint(point);
    List<Values> out = new ArrayList<>();
    for (int p = 0; p < phases.size(); p++) {
      double[][] parts = at.raw().get(p);
      double[] v = new double[parts[0].length];
      for (int i = 0; i < v.length; i++) {
        v[i] = fB8 * parts[0][i] + parts[1][i];
      }
      out.add(Values.of(v));
    }
    return out;
  }

  @Override
  public SolarExperiment withData(List<Dataset> newData) {
    List<Phase> out = new ArrayList<>();
    for (int p = 0; p < phases.size(); p++) {
      Phase old = phases.get(p);
      out.add(
          new Phase(
              (RecoilSpectrum) newData.get(p), old.response(), old.groups(), old.b8(), old.hep()));
    }
    return new SuperKSpectrumExperiment(physics, out, mergedPhases, centres);
  }

  /**
   * The same experiment with the nuisances' prior centres drawn from N(0, 1): in a toy the
   * systematic shifts are random too, and drawing the centre is the same in distribution as
   * shifting the toy's data (the α enter linearly).
   */
  @Override
  public SolarExperiment withDrawnSystematics(SplittableRandom rng) {
    if (nuisances.isEmpty()) {
      return this;
    }
    double[] c = new double[nuisances.size()];
    for (int a = 0; a < c.length; a++) {
      c[a] = Toys.standardNormal(rng);
    }
    return new SuperKSpectrumExperiment(physics, phases, mergedPhases, c);
  }
}
