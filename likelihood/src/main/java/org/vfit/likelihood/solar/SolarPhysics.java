package org.vfit.likelihood.solar;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vfit.likelihood.xsec.ElasticScattering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.EarthChord;
import org.vfit.oscillation.earth.EarthModel;
import org.vfit.oscillation.earth.NadirExposure;
import org.vfit.oscillation.earth.NightRegeneration;
import org.vfit.oscillation.earth.NightRegenerationTables;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * Everything the solar predictions share and that does not depend on the oscillation parameters:
 * the solar model, the survival calculator, the energy grid of each flux component, the
 * elastic-scattering cross sections, and the night-regeneration tables of each detector and zenith
 * class (built lazily, kept for the life of the object). Thread-safe.
 */
public final class SolarPhysics {
  /**
   * P_ee varies on MeV scales, so it is evaluated on at most this many nodes per component and
   * linearly interpolated to the (much finer) integration grid of the published spectrum: the
   * interpolation error is below 3e-5 for ⁸B (h²P''/8 with h = 0.35 MeV), while the spectral
   * integrals keep the full resolution of the tables (rebinning the spectra instead moved the
   * radiochemical χ² by up to 0.2).
   */
  static final int PEE_NODES = 48;

  private final SolarOptions options;
  private final SolarModel model;
  private final SolarSurvival survival;
  private final ElasticScattering elastic;
  private final Map<SolarFluxComponent, EnergyGrid> grids = new EnumMap<>(SolarFluxComponent.class);
  private final Map<SolarFluxComponent, Interpolation> peeNodes =
      new EnumMap<>(SolarFluxComponent.class);
  private final Map<String, RecoilTable> recoilTables = new ConcurrentHashMap<>();
  private static final int RECENT_POINTS = 4;
  private final ThreadLocal<ArrayDeque<SolarPoint.State>> recentPoints =
      ThreadLocal.withInitial(ArrayDeque::new);

  /*
   * Night tables and exposures depend on the detector, the nadir binning and the zenith class only,
   * not on any other solar option: they are shared by every instance (option variants such as the
   * solar model or the survival form reuse the same filled tables), and all tables of one binning
   * form one family that computes each block's chords once for every detector.
   */
  private static final EarthModel EARTH = EarthModel.premContinental();
  private static final Map<Integer, NightRegenerationTables> FAMILIES = new ConcurrentHashMap<>();
  private static final Map<NightKey, NightRegeneration> NIGHT_TABLES = new ConcurrentHashMap<>();
  private static final Map<NightKey, NadirExposure> EXPOSURES = new ConcurrentHashMap<>();

  /** A detector's night (or zenith class [cosLow, cosHigh] of it) at a nadir binning. */
  private record NightKey(Detector detector, int bins, double cosLow, double cosHigh) {}

  private static final Map<SolarOptions, SolarPhysics> SHARED = new ConcurrentHashMap<>();

  /**
   * The instance for a set of options, shared JVM-wide: its regeneration tables fill as fits
   * explore the parameter space, and every term, model and fit with the same options reuses them
   * (models rebuild their terms from dataset names, e.g. on Spark executors and for each
   * hypothesis).
   */
  public static SolarPhysics shared(SolarOptions options) {
    return SHARED.computeIfAbsent(options, SolarPhysics::new);
  }

  public SolarPhysics(SolarOptions options) {
    this.options = options;
    this.model = SolarModel.bundled(options.solarModel());
    this.survival = new SolarSurvival(model, options.approximation());
    this.elastic =
        options.radiativeCorrections()
            ? ElasticScattering.withRadiativeCorrections()
            : ElasticScattering.treeLevel();
    for (SolarFluxComponent c : SolarFluxComponent.values()) {
      EnergyGrid g = EnergyGrid.of(model.spectrum(c), 0.0);
      grids.put(c, g);
      peeNodes.put(c, Interpolation.over(g.energyMeV(), PEE_NODES));
    }
  }

  public SolarOptions options() {
    return options;
  }

  public SolarModel model() {
    return model;
  }

  public SolarSurvival survival() {
    return survival;
  }

  public ElasticScattering elastic() {
    return elastic;
  }

  /** Quadrature nodes of a component's whole spectrum. */
  public EnergyGrid grid(SolarFluxComponent c) {
    return grids.get(c);
  }

  /** dσ/dT of a flavour on a component's grid (built on first use). */
  RecoilTable recoil(SolarFluxComponent c, ElasticScattering.Flavour f) {
    return recoilTables.computeIfAbsent(
        c.name() + "|" + f.name(), k -> new RecoilTable(elastic, f, grid(c)));
  }

  /** The annual nadir exposure of a detector. */
  public NadirExposure exposure(Detector d) {
    int bins = options.nadirBins();
    return EXPOSURES.computeIfAbsent(
        new NightKey(d, bins, 0, 1), k -> NadirExposure.compute(d, bins));
  }

  /**
   * Night regeneration at a detector averaged over the part of the night with cos η in [cosLow,
   * cosHigh] (the whole night is [0, 1]).
   */
  public NightRegeneration night(Detector d, double cosLow, double cosHigh) {
    int bins = options.nadirBins();
    return NIGHT_TABLES.computeIfAbsent(
        new NightKey(d, bins, cosLow, cosHigh),
        k -> {
          NadirExposure ex = exposure(d);
          if (cosLow > 0 || cosHigh < 1) {
            ex = ex.restrictedTo(cosLow, cosHigh);
          }
          return FAMILIES
              .computeIfAbsent(
                  bins, b -> new NightRegenerationTables(EARTH, b, EarthChord.DEFAULT_MAX_SLAB_KM))
              .table(ex);
        });
  }

  /**
   * The computed state of this thread's last point if it had parameters {@code p}, else a fresh one
   * that replaces it (see {@link SolarPoint}).
   */
  /**
   * The computed state of one of this thread's last {@value #RECENT_POINTS} points if it had
   * parameters {@code p}, else a fresh one that replaces the oldest (see {@link SolarPoint}). A
   * fit's derivative steps return to points two or three evaluations back (the centre after ±h); in
   * the default tension run four entries answer ~11 000 of ~50 000 solar points.
   */
  SolarPoint.State state(MixingParameters p) {
    ArrayDeque<SolarPoint.State> q = recentPoints.get();
    for (Iterator<SolarPoint.State> it = q.iterator(); it.hasNext(); ) {
      SolarPoint.State s = it.next();
      if (s.parameters.equals(p)) {
        it.remove();
        q.addFirst(s);
        return s;
      }
    }
    SolarPoint.State s = new SolarPoint.State(p);
    q.addFirst(s);
    if (q.size() > RECENT_POINTS) {
      q.removeLast();
    }
    return s;
  }

  /** Where P_ee is evaluated for a component, and how to spread it over the integration grid. */
  Interpolation peeNodes(SolarFluxComponent c) {
    return peeNodes.get(c);
  }

  /**
   * Linear interpolation from a coarse node set to a fine one: fine node k lies between coarse
   * nodes {@code lower[k]} and {@code lower[k] + 1} at fraction {@code t[k]}. When the fine grid is
   * already small the coarse nodes are the fine nodes themselves (exact).
   */
  record Interpolation(double[] nodes, int[] lower, double[] t) {
    static Interpolation over(double[] fine, int maxNodes) {
      int n = fine.length;
      if (n <= maxNodes) {
        int[] lower = new int[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
          lower[k] = Math.min(k, Math.max(n - 2, 0));
          t[k] = k == lower[k] ? 0.0 : 1.0;
        }
        return new Interpolation(fine.clone(), lower, t);
      }
      double lo = fine[0], hi = fine[n - 1];
      double[] nodes = new double[maxNodes];
      for (int j = 0; j < maxNodes; j++) nodes[j] = lo + (hi - lo) * j / (maxNodes - 1);
      int[] lower = new int[n];
      double[] t = new double[n];
      for (int k = 0; k < n; k++) {
        double f = (fine[k] - lo) / (hi - lo) * (maxNodes - 1);
        int j = Math.min((int) Math.floor(f), maxNodes - 2);
        lower[k] = j;
        t[k] = f - j;
      }
      return new Interpolation(nodes, lower, t);
    }

    /**
     * Weights on the coarse nodes that give the same sum as {@code fineWeights} on the spread
     * values: Σ_k f_k·spread(c)_k = Σ_j w_j·c_j for every c (equal up to rounding). A response
     * kernel on the fine grid projected once this way is summed over {@link #nodes()} points per
     * evaluation instead of the fine grid's (48 against up to 1002 for hep).
     */
    double[] project(double[] fineWeights) {
      if (fineWeights.length != lower.length) {
        throw new IllegalArgumentException(
            "need " + lower.length + " fine weights, got " + fineWeights.length);
      }
      double[] w = new double[nodes.length];
      if (nodes.length == 1) {
        for (double f : fineWeights) w[0] += f;
        return w;
      }
      for (int k = 0; k < lower.length; k++) {
        w[lower[k]] += fineWeights[k] * (1 - t[k]);
        w[lower[k] + 1] += fineWeights[k] * t[k];
      }
      return w;
    }

    /** Values at the fine nodes from values at the coarse nodes. */
    double[] spread(double[] coarse) {
      double[] out = new double[lower.length];
      if (coarse.length == 1) {
        java.util.Arrays.fill(out, coarse[0]);
        return out;
      }
      for (int k = 0; k < out.length; k++) {
        int j = lower[k];
        out[k] = coarse[j] + t[k] * (coarse[j + 1] - coarse[j]);
      }
      return out;
    }
  }
}
