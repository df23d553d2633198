package org.vfit.likelihood.reactor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.special.Erf;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.ReactorFluxModel;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.oscillation.MixingParameters;

/**
 * Expected reactor ν̄_e events per prompt-energy bin of a {@code reactor-spectrum} dataset at any
 * ν̄ oscillation point and energy scale:
 *
 * <pre>
 *   N_i = norm_i ∫_{bin i / s} dy ε(y) ∫ dE  Σ_r w_r  φ(E) σ(E) P_ee(E, L_r)  G(y; E_prompt(E), r√E_prompt)
 * </pre>
 *
 * with w_r ∝ P_r/L_r² from the reactor table, φ the {@link ReactorFlux}, σ the {@link
 * IbdCrossSection}, G the Gaussian resolution of the dataset's detector, ε the period's selection
 * efficiency (1 when the period has no curve), s the energy-scale factor (a stretch of the prompt
 * axis: events at y appear at s·y; ε is taken at the unstretched y, which moves a bin's ε by ε'·(s
 * − 1)·y, below 1 % for |s − 1| ≤ 2σ and only below 1.5 MeV where ε rises) and norm_i the
 * normalisation ({@link KamLandOptions.Normalisation}): from the published no-oscillation column
 * (its total, or bin by bin, see {@link KamLandOptions.Shape}), or absolute from the reactor
 * history, norm = N_p T_live (MeV/s per MW)/(4π cm²/km²) × the dataset's flux anchor, with w_r the
 * mean thermal power over the period in MW/km². Unlisted far reactors (the dataset's {@code
 * other_reactors_fraction}) contribute the averaged probability.
 *
 * <p><b>How it is fast.</b> Everything that does not depend on the oscillation parameters is
 * computed once: the flux × cross section on a neutrino-energy grid uniform in u = 1/E, and the
 * resolution kernel from that grid to prompt-energy nodes uniform in √y (where the resolution r√y
 * has constant width). Per parameter point, the phase of reactor r at node j is linear in u, Φ_rj =
 * Φ_r0 − j·δΦ_r, so cos Φ_rj comes from a rotation recurrence (four multiplications per node, no
 * trigonometric call); in crust matter the exact phase differs from its linear part by a
 * reactor-independent remainder L·ε(u) of at most 10⁻² rad, taken to second order. The folded
 * spectrum is kept as a cumulative distribution with its derivative at the nodes, so any energy
 * scale costs one cubic Hermite interpolation per bin edge. Results of the oscillation part are
 * cached per thread for the last parameter point, so varying only nuisance parameters is cheap.
 *
 * <p><b>Accuracy.</b> The trapezoid rule in u converges spectrally once the grid step is below the
 * width of the resolution kernel in u (σ_u = r√y/E² ≥ 2.3·10⁻³ MeV⁻¹ up to E_ν = 9 MeV, above which
 * the event rate is below 10⁻³ of its peak; the step is 1.85·10⁻³), and the √ behaviour of σ at
 * threshold is corrected at the first node; the Hermite interpolation of the cumulative has an
 * error of order (h/σ)⁴/384 of a bin's content with h/σ = 0.5. The tests compare with a brute-force
 * integration using the exact three-flavour propagator.
 *
 * <p>Immutable and thread-safe.
 */
public final class KamLandPrediction {
  /** Nodes of the neutrino-energy grid (uniform in 1/E). */
  static final int ENERGY_NODES = 256;

  /**
   * Upper end of the neutrino-energy grid, MeV; Huber–Mueller spectra are below 10⁻⁸ of their peak
   * there.
   */
  static final double MAX_ENERGY_MEV = 12.0;

  /**
   * The fit limits of the energy-scale factor: 1 ± this (±5σ of KamLAND's 1.9 %). The minimiser
   * keeps the factor inside them with its limit transform, so no exception is needed at run time.
   */
  public static final double MAX_SCALE_DEVIATION = 0.1;

  /**
   * Deviation of the energy-scale factor the prompt-node table covers: wider than the fit limits so
   * that a limit transform landing a rounding error outside them (1 + 0.1 + 2⁻⁵²) stays tabulated.
   */
  static final double SUPPORTED_SCALE_DEVIATION = 0.15;

  /** Prompt-node spacing in units of the resolution σ. */
  private static final double NODE_STEP_PER_SIGMA = 0.5;

  /** Half width of the resolution kernel in σ; Φ(−8.5) = 10⁻¹⁷. */
  private static final double KERNEL_HALF_WIDTH = 8.5;

  /** ζ(−1/2). */
  private static final double ZETA_MINUS_HALF = -0.2078862249773545660;

  /**
   * Largest matter-phase remainder L·ε (rad) taken to second order; the error is (Lε)³/6 ≤ 2·10⁻⁵.
   */
  private static final double DIRECT_PHASE_THRESHOLD = 0.05;

  private final ReactorSpectrum data;
  private final KamLandOptions options;
  private final ReactorSurvival survival;
  private final IbdCrossSection crossSection;
  private final ReactorFlux flux;
  private final ReactorFluxModel fluxModel;

  // neutrino-energy grid, ascending in E (descending in u)
  private final double u0;
  private final double du;
  private final double[] promptMeV;

  /**
   * φσ · E² · trapezoid weight: no-oscillation events per node in the u quadrature (arbitrary
   * unit).
   */
  private final double[] base;

  // prompt nodes z_k = z0 + k dz, y = z²
  private final double z0;
  private final double dz;
  private final int nodes;
  private final double resolution;

  private final PeriodModel[] periods;
  private final double maxBaselineKm;
  private final double[] edges;
  private final ThreadLocal<Workspace> workspace;

  /**
   * The resolution (and selection-efficiency) kernel from the neutrino-energy grid to the prompt
   * nodes: at node k, C_k = Σ_{j < bandStart} full_j t_j + Σ_band cdf_kj t_j is the cumulative
   * spectrum, D_k = Σ_band pdf_kj t_j its z-derivative, for events t_j per energy node. Without an
   * efficiency curve cdf_kj = Φ((y_k − E_j)/σ_j) and full_j = 1; with one, cdf_kj = ∫_{−∞}^{y_k}
   * ε(y) G(y; E_j, σ_j) dy (closed form for a piecewise-linear ε) and full_j its limit, the
   * efficiency averaged over the resolution.
   */
  private static final class Kernel {
    final int[] bandStart;
    final double[][] cdf;
    final double[][] pdf;
    final double[] full;

    Kernel(int nodes, int energies) {
      bandStart = new int[nodes];
      cdf = new double[nodes][];
      pdf = new double[nodes][];
      full = new double[energies];
    }
  }

  /** What one period needs: its reactors, its kernel and its normalisation per bin. */
  private static final class PeriodModel {
    final ReactorSources sources;
    final double[] baselineKm;
    final double[] weight;
    final double listedWeight;
    final double farWeight;
    Kernel kernel;
    double[] normalisation;

    PeriodModel(ReactorSources sources) {
      this.sources = sources;
      int n = sources.sources().size();
      baselineKm = new double[n];
      weight = new double[n];
      double w = 0;
      for (int r = 0; r < n; r++) {
        baselineKm[r] = sources.sources().get(r).baselineKm();
        weight[r] = sources.sources().get(r).weight();
        w += weight[r];
      }
      listedWeight = w;
      // far reactors are the fraction f of all events without oscillation: W_far = f/(1−f) W
      farWeight = sources.farFraction() / (1 - sources.farFraction()) * w;
    }
  }

  /**
   * Oscillation points whose folded spectra each thread keeps. MIGRAD's numerical gradient visits x
   * ± h along each of up to three oscillation parameters (six new points) and then returns to x for
   * the nuisance directions, so x must survive six insertions: with eight slots (least recently
   * used replaced) every return to x is a hit, where a cache of one point recomputed x after each
   * oscillation step.
   */
  static final int CACHED_POINTS = 8;

  /** The folded spectra of all periods at one oscillation point. */
  private static final class Slot {
    final double[][] cumulative;
    final double[][] derivative;
    double dm21 = Double.NaN;
    double theta12 = Double.NaN;
    double theta13 = Double.NaN;
    long lastUse;

    Slot(int periods, int nodes) {
      cumulative = new double[periods][nodes];
      derivative = new double[periods][nodes];
    }

    boolean holds(MixingParameters p) {
      return p.dm21EV2() == dm21 && p.theta12() == theta12 && p.theta13() == theta13;
    }
  }

  /** Per-thread scratch space and the cache of recent oscillation points. */
  private static final class Workspace {
    final double[] amplitude;
    final double[] remainder;
    final double[] s0;
    final double[] s1;
    final double[] s2;
    final double[] events;
    final int[] active;
    final Slot[] slots;
    long clock;

    Workspace(int energies, int periods, int nodes, int reactors) {
      amplitude = new double[energies];
      remainder = new double[energies];
      s0 = new double[energies];
      s1 = new double[energies];
      s2 = new double[energies];
      events = new double[energies];
      active = new int[reactors];
      slots = new Slot[CACHED_POINTS];
      for (int i = 0; i < slots.length; i++) {
        slots[i] = new Slot(periods, nodes);
      }
    }
  }

  /**
   * @param data the spectrum (binning, detector, periods with their no-oscillation columns)
   * @param options modelling choices
   * @param fluxModel the reactor flux model the dataset names
   * @param datasets resolves the reactor table named by the options or the dataset
   */
  public KamLandPrediction(
      ReactorSpectrum data,
      KamLandOptions options,
      ReactorFluxModel fluxModel,
      Function<String, Dataset> datasets) {
    this.data = data;
    this.options = options;
    this.survival = new ReactorSurvival(options.electronDensity());
    this.fluxModel = fluxModel;
    this.crossSection = new IbdCrossSection(fluxModel.ibd(), options.crossSection());
    this.flux = new ReactorFlux(fluxModel, data.fissionFractions());
    this.edges = data.binEdges().toArray();
    double resolution = data.detector().resolution();
    double shift = data.detector().promptEnergyShift();

    // neutrino-energy grid: u from 1/E_threshold down to 1/12 MeV
    u0 = 1.0 / crossSection.thresholdMeV();
    du = (u0 - 1.0 / MAX_ENERGY_MEV) / (ENERGY_NODES - 1);
    promptMeV = new double[ENERGY_NODES];
    base = new double[ENERGY_NODES];
    for (int j = 0; j < ENERGY_NODES; j++) {
      double e = 1.0 / (u0 - j * du);
      promptMeV[j] =
          e - shift - (options.neutronRecoil() ? crossSection.meanNeutronRecoilMeV(e) : 0.0);
      double trapezoid = (j == 0 || j == ENERGY_NODES - 1) ? 0.5 * du : du;
      if (j == 1) {
        // σ ∝ p_e ∝ √(u₀ − u) at threshold: the trapezoid rule then errs by ζ(−½) g h^{3/2}
        // (Navot's
        // generalised Euler–Maclaurin formula, Numer. Math. 3 (1961)), removed by weighting the
        // first
        // node after threshold with (1 − ζ(−½)) h. Error O(h^{5/2}) instead of O(h^{3/2}).
        trapezoid *= 1 - ZETA_MINUS_HALF;
      }
      // dE = du / u² = E² du
      base[j] = flux.perThermalMeV(e) * crossSection.sigmaCm2(e) * e * e * trapezoid;
    }

    // prompt nodes uniform in z = √y cover every stretched bin edge
    this.resolution = resolution;
    dz = NODE_STEP_PER_SIGMA * 0.5 * resolution;
    double zLo = Math.sqrt(edges[0] / (1 + SUPPORTED_SCALE_DEVIATION)) - dz;
    double zHi = Math.sqrt(edges[edges.length - 1] / (1 - SUPPORTED_SCALE_DEVIATION)) + dz;
    z0 = Math.max(zLo, dz);
    nodes = (int) Math.ceil((zHi - z0) / dz) + 1;

    periods = new PeriodModel[data.periods().size()];
    String table =
        options.reactorTable() != null ? options.reactorTable() : data.reactors().defaultTable();
    Dataset tableData = datasets.apply(table);
    Double far = data.reactors().otherReactorsFraction();
    java.util.Map<ReactorSpectrum.Efficiency, Kernel> kernels = new java.util.HashMap<>();
    for (int p = 0; p < periods.length; p++) {
      ReactorSpectrum.Period period = data.periods().get(p);
      LocalDate start = options.prisStart() != null ? options.prisStart() : period.start();
      LocalDate end = options.prisEnd() != null ? options.prisEnd() : period.end();
      periods[p] =
          new PeriodModel(
              ReactorSources.of(
                  tableData, start, end, far == null ? 0.0 : far, options.annualPlacement()));
      ReactorSpectrum.Efficiency eff = period.efficiency();
      Kernel k = kernels.get(eff);
      if (k == null) {
        k = kernel(eff);
        // HashMap allows the null key: periods without a curve share one plain kernel
        kernels.put(eff, k);
      }
      periods[p].kernel = k;
    }
    double lmax = 0;
    for (PeriodModel pm : periods) {
      for (double l : pm.baselineKm) {
        lmax = Math.max(lmax, l);
      }
    }
    maxBaselineKm = lmax;
    int reactors = 0;
    for (PeriodModel pm : periods) {
      reactors = Math.max(reactors, pm.weight.length);
    }
    int mostReactors = reactors;
    workspace =
        ThreadLocal.withInitial(
            () -> new Workspace(ENERGY_NODES, periods.length, nodes, mostReactors));
    this.normalisation = resolveNormalisation(options, data);
    double absolute =
        normalisation == KamLandOptions.Normalisation.REACTOR_HISTORY
            ? absoluteScale(fluxModel)
            : Double.NaN;
    for (int p = 0; p < periods.length; p++) {
      periods[p].normalisation =
          normalisation == KamLandOptions.Normalisation.REACTOR_HISTORY
              ? absoluteNormalisation(p, absolute)
              : computeNormalisation(p);
    }
  }

  /** The normalisation actually used: {@link KamLandOptions.Normalisation#AUTO} resolved. */
  private final KamLandOptions.Normalisation normalisation;

  private static KamLandOptions.Normalisation resolveNormalisation(
      KamLandOptions options, ReactorSpectrum data) {
    boolean columns = data.periods().stream().allMatch(p -> p.noOscillation() != null);
    KamLandOptions.Normalisation n = options.normalisation();
    if (n == KamLandOptions.Normalisation.AUTO) {
      n =
          columns
              ? KamLandOptions.Normalisation.PUBLISHED_COLUMN
              : KamLandOptions.Normalisation.REACTOR_HISTORY;
    }
    if (n == KamLandOptions.Normalisation.PUBLISHED_COLUMN && !columns) {
      throw new IllegalArgumentException(
          data.name()
              + ": normalisation published-column needs a published no-oscillation spectrum in every"
              + " period, and "
              + data.periods().stream()
                  .filter(p -> p.noOscillation() == null)
                  .map(ReactorSpectrum.Period::name)
                  .toList()
              + " have none (use normalisation reactor-history)");
    }
    if (n == KamLandOptions.Normalisation.REACTOR_HISTORY
        && options.shape() == KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION) {
      throw new IllegalArgumentException(
          data.name()
              + ": shape published-no-oscillation takes the shape from the published column, which"
              + " a normalisation from the reactor history does not use; choose shape model");
    }
    return n;
  }

  /** Mega-electronvolts per second in one megawatt (10⁶ J/s over the CODATA eV in joules). */
  static final double MEV_PER_SECOND_PER_MW = 1e6 / 1.602176634e-13;

  /** Square centimetres in a square kilometre. */
  static final double CM2_PER_KM2 = 1e10;

  /**
   * Events per model unit common to every period without its live time: N_p · (MeV/s per MW) / (4π
   * cm² per km²) · anchor · long-lived factor. The model unit is Σ_r w_r ∫ φσ dE with w_r in MW/km²
   * and φ per MeV of thermal energy.
   */
  private double absoluteScale(ReactorFluxModel fluxModel) {
    Double protons = data.detector().targetProtons();
    if (protons == null) {
      throw new IllegalArgumentException(
          data.name()
              + ": an absolute rate from the reactor history needs detector.target_protons, which"
              + " the dataset does not give");
    }
    double anchor = 1.0;
    double longLived = 1.0;
    ReactorSpectrum.AbsoluteRate rate = data.absoluteRate();
    if (rate != null && options.fluxAnchor() == KamLandOptions.FluxAnchor.DATASET) {
      longLived = rate.longLivedFactor();
      if (rate.anchor() != null) {
        anchor = anchorScale(rate.anchor(), fluxModel);
      }
    }
    return protons * MEV_PER_SECOND_PER_MW / (4 * Math.PI * CM2_PER_KM2) * anchor * longLived;
  }

  /**
   * σ_f^anchor-corrected / σ_f^model: the anchor's measured yield per fission moved to this
   * dataset's fuel with the model's per-isotope yields σ_k (KamLAND PRD 88, 033001, Eq. 1), σ_f =
   * σ_anchor + Σ_k (f_k − f_k^anchor) σ_k, over the model's own Σ_k f_k σ_k.
   */
  double anchorScale(ReactorSpectrum.Anchor anchor, ReactorFluxModel fluxModel) {
    double model = 0;
    double corrected = anchor.crossSectionPerFission();
    for (String iso : ReactorSpectrum.ISOTOPES) {
      double sk = ReactorFlux.yieldPerFissionCm2(fluxModel.isotope(iso), crossSection);
      Double fa = anchor.fissionFractions().get(iso);
      if (fa == null) {
        throw new IllegalArgumentException(
            data.name() + ": the rate anchor gives no fission fraction for " + iso);
      }
      double f = data.fissionFractions().get(iso);
      model += f * sk;
      corrected += (f - fa) * sk;
    }
    return corrected / model;
  }

  private double[] absoluteNormalisation(int p, double scale) {
    PeriodModel pm = periods[p];
    if (!pm.sources.absolute()) {
      throw new IllegalArgumentException(
          data.name()
              + ": reactor table "
              + pm.sources.table()
              + " gives relative weights only; an absolute rate from the reactor history needs a"
              + " reactor-units table (e.g. japan-korea-reactors-pris)");
    }
    double seconds = data.periods().get(p).livetime() * 86400.0;
    double[] norm = new double[data.binCount()];
    Arrays.fill(norm, scale * seconds);
    return norm;
  }

  /**
   * The kernel of an efficiency curve (null: none). For a piecewise-linear ε with knots x_i the
   * cumulative ∫_{−∞}^{y} ε G dy is a sum over segments of ∫ (α + βt) G(t; μ, σ) dt = α[Φ] + β[μΦ −
   * σ²G], evaluated at the knots once per energy node.
   */
  private Kernel kernel(ReactorSpectrum.Efficiency eff) {
    Kernel kr = new Kernel(nodes, ENERGY_NODES);
    int m = eff == null ? 0 : eff.energies().size();
    double[] x = new double[m];
    double[] v = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = eff.energies().get(i);
      v[i] = eff.values().get(i);
    }
    double[][] knotCdf = new double[ENERGY_NODES][];
    for (int j = 0; j < ENERGY_NODES; j++) {
      double mu = promptMeV[j];
      double sigma = resolution * Math.sqrt(Math.max(mu, 1e-6));
      if (eff == null) {
        kr.full[j] = 1.0;
        continue;
      }
      double[] c = new double[m];
      c[0] = v[0] * phi((x[0] - mu) / sigma);
      for (int i = 0; i + 1 < m; i++) {
        c[i + 1] = c[i] + segment(x[i], v[i], x[i + 1], v[i + 1], x[i + 1], mu, sigma);
      }
      knotCdf[j] = c;
      kr.full[j] = c[m - 1] + v[m - 1] * (1 - phi((x[m - 1] - mu) / sigma));
    }
    for (int k = 0; k < nodes; k++) {
      double z = z0 + k * dz;
      double y = z * z;
      int lo = 0;
      while (lo < ENERGY_NODES
          && promptMeV[lo] + KERNEL_HALF_WIDTH * resolution * Math.sqrt(promptMeV[lo]) < y) {
        lo++;
      }
      int hi = lo;
      while (hi < ENERGY_NODES
          && promptMeV[hi] - KERNEL_HALF_WIDTH * resolution * Math.sqrt(promptMeV[hi]) <= y) {
        hi++;
      }
      kr.bandStart[k] = lo;
      kr.cdf[k] = new double[hi - lo];
      kr.pdf[k] = new double[hi - lo];
      double e = eff == null ? 1.0 : eff.at(y);
      for (int j = lo; j < hi; j++) {
        double sigma = resolution * Math.sqrt(promptMeV[j]);
        double t = (y - promptMeV[j]) / sigma;
        double density = Math.exp(-0.5 * t * t) / (Math.sqrt(2 * Math.PI) * sigma);
        // density in z: dC/dz = ε(y) ρ(y) dy/dz = ε(y) ρ(y) 2z
        kr.pdf[k][j - lo] = e * density * 2 * z;
        kr.cdf[k][j - lo] =
            eff == null ? phi(t) : cumulative(x, v, knotCdf[j], y, promptMeV[j], sigma);
      }
    }
    return kr;
  }

  private static double phi(double t) {
    return 0.5 * Erf.erfc(-t / Math.sqrt(2));
  }

  /** ∫_{a}^{b} ε G dt for ε linear from (xa, va) to (xb, vb), up to {@code upper} ≤ xb. */
  private static double segment(
      double xa, double va, double xb, double vb, double upper, double mu, double sigma) {
    double beta = (vb - va) / (xb - xa);
    double alpha = va - beta * xa;
    double ta = (xa - mu) / sigma;
    double tb = (upper - mu) / sigma;
    double dPhi = phi(tb) - phi(ta);
    double dG = Math.exp(-0.5 * tb * tb) - Math.exp(-0.5 * ta * ta);
    // with u = (t − μ)/σ: ∫ t G dt = μ [Φ(u)] − σ [e^{−u²/2}/√(2π)]
    return alpha * dPhi + beta * (mu * dPhi - sigma * dG / Math.sqrt(2 * Math.PI));
  }

  /** ∫_{−∞}^{y} ε G dt from the cumulative at the knots. */
  private static double cumulative(
      double[] x, double[] v, double[] knots, double y, double mu, double sigma) {
    int m = x.length;
    if (y <= x[0]) {
      return v[0] * phi((y - mu) / sigma);
    }
    if (y >= x[m - 1]) {
      return knots[m - 1] + v[m - 1] * (phi((y - mu) / sigma) - phi((x[m - 1] - mu) / sigma));
    }
    int lo = 0;
    int hi = m - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x[mid] <= y) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return knots[lo] + segment(x[lo], v[lo], x[hi], v[hi], y, mu, sigma);
  }

  /**
   * The prediction for a dataset, its flux model and reactor table resolved as bundled names or as
   * paths (a dataset read from a file holds its path references anchored at that file's folder, see
   * {@code Datasets.read}; a table given as an option is relative to the working directory).
   */
  public static KamLandPrediction of(ReactorSpectrum data, KamLandOptions options) {
    return new KamLandPrediction(
        data,
        options,
        Datasets.resolve(data.fluxModel(), ReactorFluxModel.class),
        Datasets::resolve);
  }

  private double[] computeNormalisation(int p) {
    ReactorSpectrum.Period period = data.periods().get(p);
    double[] model = rawNoOscillation(p);
    int bins = data.binCount();
    double[] norm = new double[bins];
    if (options.shape() == KamLandOptions.Shape.MODEL) {
      double sum = 0;
      for (double m : model) {
        sum += m;
      }
      Arrays.fill(norm, period.noOscillation().sum() / sum);
    } else {
      for (int i = 0; i < bins; i++) {
        if (!(model[i] > 0)) {
          throw new IllegalArgumentException(
              data.name()
                  + ": the model predicts no reactor events in bin "
                  + i
                  + ", so the published no-oscillation column cannot calibrate it");
        }
        norm[i] = period.noOscillation().get(i) / model[i];
      }
    }
    return norm;
  }

  /**
   * Expected reactor events per bin of a period without oscillation at the nominal energy scale, as
   * the term uses them (whatever the normalisation).
   */
  public double[] noOscillation(int period) {
    double[] raw = rawNoOscillation(period);
    double[] norm = periods[period].normalisation;
    for (int i = 0; i < raw.length; i++) {
      raw[i] *= norm[i];
    }
    return raw;
  }

  /** Where this prediction's absolute normalisation comes from ({@code AUTO} resolved). */
  public KamLandOptions.Normalisation normalisation() {
    return normalisation;
  }

  /** Model events per bin without oscillation, before normalisation (arbitrary unit). */
  private double[] rawNoOscillation(int p) {
    PeriodModel pm = periods[p];
    double[] t = new double[ENERGY_NODES];
    for (int j = 0; j < ENERGY_NODES; j++) {
      t[j] = base[j] * (pm.listedWeight + pm.farWeight);
    }
    double[] cum = new double[nodes];
    double[] der = new double[nodes];
    fold(pm.kernel, t, cum, der);
    double[] out = new double[data.binCount()];
    bins(cum, der, 1.0, out, 0);
    return out;
  }

  public ReactorSpectrum data() {
    return data;
  }

  public KamLandOptions options() {
    return options;
  }

  public int periodCount() {
    return periods.length;
  }

  public int binCount() {
    return data.binCount();
  }

  /** The reactors of one period. */
  public ReactorSources sources(int period) {
    return periods[period].sources;
  }

  /** The normalisation factor of each bin of a period (events per model unit). */
  public double[] normalisation(int period) {
    return periods[period].normalisation.clone();
  }

  /**
   * The model's no-oscillation spectrum of a period with its total normalised to the published
   * column, whatever the shape option: the ratio column/this is the shape the model misses
   * (efficiency, flux-model and response differences).
   */
  public double[] modelNoOscillation(int period) {
    double[] raw = rawNoOscillation(period);
    double sum = 0;
    for (double v : raw) {
      sum += v;
    }
    double scale = data.periods().get(period).noOscillation().sum() / sum;
    for (int i = 0; i < raw.length; i++) {
      raw[i] *= scale;
    }
    return raw;
  }

  /** Expected reactor events per bin of a period (new array). */
  public double[] reactorEvents(MixingParameters p, double energyScale, int period) {
    double[] out = new double[data.binCount()];
    reactorEvents(p, energyScale, period, out, 0);
    return out;
  }

  /**
   * Writes the expected reactor events per bin of a period into {@code out[offset …]}.
   *
   * @param energyScale s: an event at prompt energy y is seen at s·y; the fit keeps it within 1 ±
   *     {@link #MAX_SCALE_DEVIATION}, the table covers 1 ± {@link #SUPPORTED_SCALE_DEVIATION}
   */
  public void reactorEvents(
      MixingParameters p, double energyScale, int period, double[] out, int offset) {
    if (!(Math.abs(energyScale - 1) <= SUPPORTED_SCALE_DEVIATION)) {
      // Only a caller bypassing the fit limits gets here: a programming error, not bad input.
      throw new IllegalStateException(
          "energy scale "
              + energyScale
              + " outside the tabulated range 1 ± "
              + SUPPORTED_SCALE_DEVIATION);
    }
    Slot folded = folded(p, workspace.get());
    bins(folded.cumulative[period], folded.derivative[period], energyScale, out, offset);
    double[] norm = periods[period].normalisation;
    for (int i = 0; i < norm.length; i++) {
      out[offset + i] *= norm[i];
    }
  }

  /** The folded spectra at p: from the thread's cache, or computed into its least recent slot. */
  private Slot folded(MixingParameters p, Workspace w) {
    Slot oldest = w.slots[0];
    for (Slot s : w.slots) {
      if (s.holds(p)) {
        s.lastUse = ++w.clock;
        return s;
      }
      if (s.lastUse < oldest.lastUse) {
        oldest = s;
      }
    }
    update(p, w, oldest);
    oldest.lastUse = ++w.clock;
    return oldest;
  }

  /** Computes the folded cumulative spectra of all periods at p into a slot. */
  private void update(MixingParameters p, Workspace w, Slot slot) {
    // The slot's key is cleared first: were a computation to fail half way, the slot must not
    // claim the point.
    slot.dm21 = Double.NaN;
    double s13sq = p.sin2Theta13();
    double c13sq = 1 - s13sq;
    double c13q = c13sq * c13sq;
    double s13q = s13sq * s13sq;
    double dm = p.dm21EV2();
    double cos2 = Math.cos(2 * p.theta12());
    double sin2 = Math.sin(2 * p.theta12());
    double beta = survival.beta(c13sq);
    boolean matter = beta != 0;
    double halfK = 0.5 * ReactorSurvival.K;
    double largestRemainder = 0;
    for (int j = 0; j < ENERGY_NODES; j++) {
      double u = u0 - j * du;
      double x = dm * cos2 * u + beta;
      double y = dm * sin2 * u;
      double psi2 = x * x + y * y;
      w.amplitude[j] = psi2 > 0 ? y * y / psi2 : 0.0;
      // exact phase per km minus its part linear in u (0 in vacuum)
      w.remainder[j] = matter ? halfK * (Math.sqrt(psi2) - (dm * u + beta * cos2)) : 0.0;
      largestRemainder = Math.max(largestRemainder, Math.abs(w.remainder[j]));
    }
    // The second-order expansion in L·ε is good to (Lε)³/6; at KamLAND's Δm²₂₁ Lε ≤ 10⁻² rad. For
    // tiny Δm²₂₁ (V_CC comparable to Δm²/2E) it is not, and the phases are evaluated directly.
    boolean direct = matter && largestRemainder * maxBaselineKm > DIRECT_PHASE_THRESHOLD;
    for (int pi = 0; pi < periods.length; pi++) {
      PeriodModel pm = periods[pi];
      double[] s0 = w.s0, s1 = w.s1, s2 = w.s2;
      Arrays.fill(s0, 0);
      if (matter) {
        Arrays.fill(s1, 0);
        Arrays.fill(s2, 0);
      }
      int[] active = w.active;
      int count = 0;
      for (int r = 0; r < pm.weight.length; r++) {
        if (pm.weight[r] * resolvedFraction(halfK * pm.baselineKm[r] * dm * du) != 0) {
          active[count++] = r;
        }
      }
      if (direct) {
        for (int a = 0; a < count; a++) {
          int r = active[a];
          double l = pm.baselineKm[r];
          double wr = pm.weight[r] * resolvedFraction(halfK * l * dm * du);
          for (int j = 0; j < ENERGY_NODES; j++) {
            double u = u0 - j * du;
            s0[j] += wr * Math.cos(halfK * l * (dm * u + beta * cos2) + l * w.remainder[j]);
          }
        }
      } else {
        // Reactors four at a time: the rotation recurrences are independent chains the
        // processor runs side by side, the sums are loaded and stored once per group, and each
        // sum still adds the reactors in table order (identical results to one at a time). The
        // last few go one by one.
        int a = 0;
        for (; a + 3 < count; a += 4) {
          recurQuad(pm, active, a, dm, beta, cos2, matter, s0, s1, s2);
        }
        for (; a < count; a++) {
          recurOne(pm, active[a], dm, beta, cos2, matter, s0, s1, s2);
        }
      }
      double total = pm.listedWeight + pm.farWeight;
      for (int j = 0; j < ENERGY_NODES; j++) {
        double a = w.amplitude[j];
        double e = w.remainder[j];
        // Σ_r w_r cos(Φ_lin + L ε) to second order in L ε
        double cosSum = matter && !direct ? s0[j] - e * s1[j] - 0.5 * e * e * s2[j] : s0[j];
        // P = c13⁴(1 − a/2) + s13⁴ + c13⁴ (a/2) cos Φ; far reactors keep only the average
        w.events[j] = base[j] * (total * (c13q * (1 - 0.5 * a) + s13q) + c13q * 0.5 * a * cosSum);
      }
      fold(pm.kernel, w.events, slot.cumulative[pi], slot.derivative[pi]);
    }
    slot.dm21 = p.dm21EV2();
    slot.theta12 = p.theta12();
    slot.theta13 = p.theta13();
  }

  /**
   * Adds one reactor's Σ w cos Φ (and, in matter, Σ wL sin Φ and Σ wL² cos Φ for the second-order
   * remainder) at every energy node, Φ advanced by the rotation recurrence.
   */
  private void recurOne(
      PeriodModel pm,
      int r,
      double dm,
      double beta,
      double cos2,
      boolean matter,
      double[] s0,
      double[] s1,
      double[] s2) {
    double halfK = 0.5 * ReactorSurvival.K;
    double l = pm.baselineKm[r];
    double step = halfK * l * dm * du;
    double wr = pm.weight[r] * resolvedFraction(step);
    double phase0 = halfK * l * (dm * u0 + beta * cos2);
    double c = Math.cos(phase0), s = Math.sin(phase0);
    double cd = Math.cos(step), sd = Math.sin(step);
    if (matter) {
      double wl = wr * l, wl2 = wl * l;
      for (int j = 0; j < ENERGY_NODES; j++) {
        s0[j] += wr * c;
        s1[j] += wl * s;
        s2[j] += wl2 * c;
        double cn = c * cd + s * sd;
        s = s * cd - c * sd;
        c = cn;
      }
    } else {
      for (int j = 0; j < ENERGY_NODES; j++) {
        s0[j] += wr * c;
        double cn = c * cd + s * sd;
        s = s * cd - c * sd;
        c = cn;
      }
    }
  }

  /** {@link #recurOne} for reactors active[a] … active[a + 3], in that order, in one pass. */
  private void recurQuad(
      PeriodModel pm,
      int[] active,
      int a,
      double dm,
      double beta,
      double cos2,
      boolean matter,
      double[] s0,
      double[] s1,
      double[] s2) {
    double halfK = 0.5 * ReactorSurvival.K;
    double[] l = new double[4], w = new double[4], c = new double[4], s = new double[4];
    double[] cd = new double[4], sd = new double[4];
    for (int i = 0; i < 4; i++) {
      int r = active[a + i];
      l[i] = pm.baselineKm[r];
      double step = halfK * l[i] * dm * du;
      w[i] = pm.weight[r] * resolvedFraction(step);
      double phase = halfK * l[i] * (dm * u0 + beta * cos2);
      c[i] = Math.cos(phase);
      s[i] = Math.sin(phase);
      cd[i] = Math.cos(step);
      sd[i] = Math.sin(step);
    }
    double w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
    double c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
    double q0 = s[0], q1 = s[1], q2 = s[2], q3 = s[3];
    double cd0 = cd[0], cd1 = cd[1], cd2 = cd[2], cd3 = cd[3];
    double sd0 = sd[0], sd1 = sd[1], sd2 = sd[2], sd3 = sd[3];
    if (matter) {
      double wl0 = w0 * l[0], wl1 = w1 * l[1], wl2 = w2 * l[2], wl3 = w3 * l[3];
      double wll0 = wl0 * l[0], wll1 = wl1 * l[1], wll2 = wl2 * l[2], wll3 = wl3 * l[3];
      for (int j = 0; j < ENERGY_NODES; j++) {
        s0[j] = s0[j] + w0 * c0 + w1 * c1 + w2 * c2 + w3 * c3;
        s1[j] = s1[j] + wl0 * q0 + wl1 * q1 + wl2 * q2 + wl3 * q3;
        s2[j] = s2[j] + wll0 * c0 + wll1 * c1 + wll2 * c2 + wll3 * c3;
        double n0 = c0 * cd0 + q0 * sd0;
        q0 = q0 * cd0 - c0 * sd0;
        c0 = n0;
        double n1 = c1 * cd1 + q1 * sd1;
        q1 = q1 * cd1 - c1 * sd1;
        c1 = n1;
        double n2 = c2 * cd2 + q2 * sd2;
        q2 = q2 * cd2 - c2 * sd2;
        c2 = n2;
        double n3 = c3 * cd3 + q3 * sd3;
        q3 = q3 * cd3 - c3 * sd3;
        c3 = n3;
      }
    } else {
      for (int j = 0; j < ENERGY_NODES; j++) {
        s0[j] = s0[j] + w0 * c0 + w1 * c1 + w2 * c2 + w3 * c3;
        double n0 = c0 * cd0 + q0 * sd0;
        q0 = q0 * cd0 - c0 * sd0;
        c0 = n0;
        double n1 = c1 * cd1 + q1 * sd1;
        q1 = q1 * cd1 - c1 * sd1;
        c1 = n1;
        double n2 = c2 * cd2 + q2 * sd2;
        q2 = q2 * cd2 - c2 * sd2;
        c2 = n2;
        double n3 = c3 * cd3 + q3 * sd3;
        q3 = q3 * cd3 - c3 * sd3;
        c3 = n3;
      }
    }
  }

  /**
   * The weight given to a reactor's oscillating term when its phase advances by {@code step} rad
   * per energy node: 1 up to π/4 (≥ 8 nodes per period, where the trapezoid rule in u is accurate),
   * 0 beyond π/2 (≤ 4 nodes: the sampled cosine would alias), a smoothstep in between. Dropping the
   * term is the average the resolution performs: at π/2 per node the period in u is 4 du = 7·10⁻³
   * MeV⁻¹, and the Gaussian kernel (σ_u ≥ 3.4·10⁻³ MeV⁻¹ below 6 MeV prompt) damps it by
   * exp(−½(2πσ_u/4du)²) ≤ 0.015. This only acts above KamLAND's Δm²₂₁: at 1000 km (under 1 % of the
   * flux) from Δm²₂₁ = 1.7·10⁻⁴ eV², at 88 km from 1.9·10⁻³ eV².
   */
  private static double resolvedFraction(double step) {
    double t = (Math.abs(step) - 0.25 * Math.PI) / (0.25 * Math.PI);
    if (t <= 0) {
      return 1.0;
    }
    if (t >= 1) {
      return 0.0;
    }
    return 1 - t * t * (3 - 2 * t);
  }

  /**
   * Cumulative prompt spectrum and its z-derivative at the nodes, from events per energy node.
   * Nodes go in pairs so that four independent sums run side by side; each sum adds its terms in
   * the same order as node by node would.
   */
  private void fold(Kernel kernel, double[] events, double[] cum, double[] der) {
    double prefix = 0;
    int done = 0;
    double[] full = kernel.full;
    int k = 0;
    for (; k + 1 < nodes; k += 2) {
      int lo = kernel.bandStart[k];
      while (done < lo) {
        prefix += events[done] * full[done];
        done++;
      }
      double prefixK = prefix;
      int lo2 = kernel.bandStart[k + 1];
      while (done < lo2) {
        prefix += events[done] * full[done];
        done++;
      }
      double[] ck = kernel.cdf[k], pk = kernel.pdf[k];
      double[] ck2 = kernel.cdf[k + 1], pk2 = kernel.pdf[k + 1];
      double c = prefixK, d = 0, c2 = prefix, d2 = 0;
      int both = Math.min(ck.length, ck2.length);
      int i = 0;
      for (; i < both; i++) {
        double t = events[lo + i];
        double t2 = events[lo2 + i];
        c += t * ck[i];
        d += t * pk[i];
        c2 += t2 * ck2[i];
        d2 += t2 * pk2[i];
      }
      for (int m = i; m < ck.length; m++) {
        double t = events[lo + m];
        c += t * ck[m];
        d += t * pk[m];
      }
      for (int m = i; m < ck2.length; m++) {
        double t2 = events[lo2 + m];
        c2 += t2 * ck2[m];
        d2 += t2 * pk2[m];
      }
      cum[k] = c;
      der[k] = d;
      cum[k + 1] = c2;
      der[k + 1] = d2;
    }
    for (; k < nodes; k++) {
      int lo = kernel.bandStart[k];
      while (done < lo) {
        prefix += events[done] * full[done];
        done++;
      }
      double[] ck = kernel.cdf[k], pk = kernel.pdf[k];
      double c = prefix, d = 0;
      for (int i = 0; i < ck.length; i++) {
        double t = events[lo + i];
        c += t * ck[i];
        d += t * pk[i];
      }
      cum[k] = c;
      der[k] = d;
    }
  }

  /** Bin contents under the stretch s: content of [a/s, b/s] of the unstretched spectrum. */
  private void bins(double[] cum, double[] der, double scale, double[] out, int offset) {
    double previous = cumulativeAt(cum, der, edges[0] / scale);
    for (int i = 0; i + 1 < edges.length; i++) {
      double next = cumulativeAt(cum, der, edges[i + 1] / scale);
      out[offset + i] = next - previous;
      previous = next;
    }
  }

  /** Cubic Hermite interpolation of the cumulative in z = √y. */
  private double cumulativeAt(double[] cum, double[] der, double y) {
    double t = (Math.sqrt(y) - z0) / dz;
    int k = (int) t;
    if (k < 0) {
      k = 0;
    } else if (k > nodes - 2) {
      k = nodes - 2;
    }
    double f = t - k;
    double g = 1 - f;
    double h00 = (1 + 2 * f) * g * g;
    double h10 = f * g * g;
    double h01 = f * f * (3 - 2 * f);
    double h11 = -f * f * g;
    return h00 * cum[k] + h10 * dz * der[k] + h01 * cum[k + 1] + h11 * dz * der[k + 1];
  }

  /**
   * The survival-probability model this prediction uses (for checks against the exact propagator).
   */
  public ReactorSurvival survival() {
    return survival;
  }

  public IbdCrossSection crossSection() {
    return crossSection;
  }

  public ReactorFlux flux() {
    return flux;
  }

  /** One isotope's emitted spectrum in the flux model (for checks). */
  ReactorFluxModel.IsotopeSpectrum fluxModelIsotope(String isotope) {
    return fluxModel.isotope(isotope);
  }

  /** Prompt energy (MeV) of an event of neutrino energy E (MeV) under the chosen kinematics. */
  public double promptEnergyMeV(double energyMeV) {
    return energyMeV
        - data.detector().promptEnergyShift()
        - (options.neutronRecoil() ? crossSection.meanNeutronRecoilMeV(energyMeV) : 0.0);
  }

  /** Names of the reactor sources per period, for reports. */
  public List<String> describeSources() {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < periods.length; p++) {
      ReactorSources s = periods[p].sources;
      out.add(
          data.periods().get(p).name()
              + ": "
              + s.table()
              + ", "
              + s.sources().size()
              + " reactors, mean baseline "
              + String.format("%.1f km", s.meanBaselineKm()));
    }
    return out;
  }
}
