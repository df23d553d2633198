package org.vfit.likelihood.solar;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.NightRegeneration;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * Survival probabilities at one parameter point, computed once and shared by every experiment: the
 * solar mass fractions per component and grid node, day P_ee, and night P_ee per detector and
 * zenith class. Not thread-safe: one instance per likelihood evaluation.
 *
 * <p>What a point computes is kept by its {@link SolarPhysics} for the thread's next point: when
 * that one has the same parameters — as in a fit's derivatives with respect to the other terms'
 * nuisance parameters, which leave the solar parameters alone — every array and every experiment's
 * memo is reused instead of recomputed (the values are the same, so results are bit-identical).
 */
public final class SolarPoint {
  private final SolarPhysics physics;
  private final MixingParameters p;
  private final double c13sq, s13sq, c12sq, s12sq;
  private final Map<SolarFluxComponent, double[][]> fractions;
  private final Map<SolarFluxComponent, double[]> day;
  private final Map<Key, double[]> night;
  private final Map<Object, Object> memo;

  /** Everything a point computes, reusable by a later point with equal parameters. */
  static final class State {
    /** Experiments' memos beyond this many (toy copies at one point) are dropped and redone. */
    private static final int MAX_MEMO = 256;

    final MixingParameters parameters;
    final Map<SolarFluxComponent, double[][]> fractions = new EnumMap<>(SolarFluxComponent.class);
    final Map<SolarFluxComponent, double[]> day = new EnumMap<>(SolarFluxComponent.class);
    final Map<Key, double[]> night = new HashMap<>();
    final Map<Object, Object> memo = new HashMap<>();

    State(MixingParameters parameters) {
      this.parameters = parameters;
    }

    void trim() {
      if (memo.size() > MAX_MEMO) {
        memo.clear();
      }
    }
  }

  /** Kinds of cached P_ee arrays: on the integration grid or at the P_ee nodes. */
  private enum Kind {
    NIGHT,
    AVERAGE,
    DAY_NODES,
    NIGHT_NODES,
    AVERAGE_NODES
  }

  /**
   * A cached P_ee array of a component (at a detector's zenith class, for night and average). Not a
   * record: the generated equals compared the detectors' names and hashed five fields on every
   * lookup, a tenth of the main job's time; the hash is taken once and detectors (constants) are
   * compared by identity first.
   */
  private static final class Key {
    private final SolarFluxComponent c;
    private final Detector d;
    private final double cosLow;
    private final double cosHigh;
    private final Kind kind;
    private final int hash;

    Key(SolarFluxComponent c, Detector d, double cosLow, double cosHigh, Kind kind) {
      this.c = c;
      this.d = d;
      this.cosLow = cosLow;
      this.cosHigh = cosHigh;
      this.kind = kind;
      int h = c.ordinal() * 31 + kind.ordinal();
      h = h * 31 + (d == null ? 0 : d.hashCode());
      h = h * 31 + Double.hashCode(cosLow);
      this.hash = h * 31 + Double.hashCode(cosHigh);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.hash == hash
          && k.c == c
          && k.kind == kind
          && k.cosLow == cosLow
          && k.cosHigh == cosHigh
          && (k.d == d || (d != null && d.equals(k.d)));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  public SolarPoint(SolarPhysics physics, MixingParameters p) {
    this.physics = physics;
    this.p = p;
    State state = physics.state(p);
    state.trim();
    this.fractions = state.fractions;
    this.day = state.day;
    this.night = state.night;
    this.memo = state.memo;
    double c13 = Math.cos(p.theta13()), s13 = Math.sin(p.theta13());
    double c12 = Math.cos(p.theta12()), s12 = Math.sin(p.theta12());
    c13sq = c13 * c13;
    s13sq = s13 * s13;
    c12sq = c12 * c12;
    s12sq = s12 * s12;
  }

  public MixingParameters parameters() {
    return p;
  }

  /**
   * Per-point memory for an experiment's parts that do not depend on the ⁸B normalisation (so the
   * term can evaluate χ² at several normalisations from one set of probabilities).
   */
  @SuppressWarnings("unchecked")
  <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  public SolarPhysics physics() {
    return physics;
  }

  /** Mass fractions {P1, P2, P3} at the component's P_ee nodes ([node][i]). */
  private double[][] fractions(SolarFluxComponent c) {
    return fractions.computeIfAbsent(
        c,
        k -> {
          double[] e = physics.peeNodes(k).nodes();
          double[][] f = new double[e.length][3];
          physics
              .survival()
              .massFractions(k, e, p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), f);
          return f;
        });
  }

  /** Day P_ee at the component's integration-grid nodes. */
  public double[] day(SolarFluxComponent c) {
    return day.computeIfAbsent(c, k -> physics.peeNodes(k).spread(dayAtPeeNodes(k)));
  }

  /**
   * Day P_ee at the component's P_ee nodes ({@code physics().peeNodes(c).nodes()}): with a kernel
   * projected by {@link SolarPhysics.Interpolation#project}, Σ kernel·{@link #day} is Σ
   * projected·this at a fraction of the cost.
   */
  double[] dayAtPeeNodes(SolarFluxComponent c) {
    return cached(
        new Key(c, null, 0, 1, Kind.DAY_NODES),
        () -> {
          double[][] f = fractions(c);
          double[] out = new double[f.length];
          for (int i = 0; i < f.length; i++) {
            out[i] = dayFromFractions(f[i]);
          }
          return out;
        });
  }

  /** Night P_ee at the grid nodes, at a detector, averaged over cos η ∈ [cosLow, cosHigh]. */
  public double[] night(SolarFluxComponent c, Detector d, double cosLow, double cosHigh) {
    return cached(
        new Key(c, d, cosLow, cosHigh, Kind.NIGHT),
        () -> physics.peeNodes(c).spread(nightAtPeeNodes(c, d, cosLow, cosHigh)));
  }

  /** {@link #night} at the component's P_ee nodes (see {@link #dayAtPeeNodes}). */
  double[] nightAtPeeNodes(SolarFluxComponent c, Detector d, double cosLow, double cosHigh) {
    return cached(
        new Key(c, d, cosLow, cosHigh, Kind.NIGHT_NODES),
        () -> {
          NightRegeneration reg = physics.night(d, cosLow, cosHigh);
          double[][] f = fractions(c);
          double[] e = physics.peeNodes(c).nodes();
          double[] coarse = new double[f.length];
          for (int i = 0; i < f.length; i++) {
            double p2e = reg.meanP2e(e[i], p.dm21EV2(), p.theta12(), c13sq);
            coarse[i] = nightFromFractions(f[i], p2e);
          }
          return coarse;
        });
  }

  /** Annual-mean P_ee at the component's P_ee nodes (see {@link #dayAtPeeNodes}). */
  double[] averageAtPeeNodes(SolarFluxComponent c, Detector d) {
    return cached(
        new Key(c, d, 0, 1, Kind.AVERAGE_NODES),
        () -> weighted(d, dayAtPeeNodes(c), nightAtPeeNodes(c, d, 0.0, 1.0)));
  }

  private double[] cached(Key key, java.util.function.Supplier<double[]> compute) {
    double[] v = night.get(key);
    if (v == null) {
      v = compute.get();
      night.put(key, v);
    }
    return v;
  }

  /** (f_day·day + f_night·night)/(f_day + f_night) element by element. */
  private double[] weighted(Detector d, double[] dd, double[] nn) {
    double fd = physics.exposure(d).dayFraction(), fn = physics.exposure(d).nightFraction();
    double[] out = new double[dd.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (fd * dd[i] + fn * nn[i]) / (fd + fn);
    }
    return out;
  }

  /** Night P_ee over the whole night. */
  public double[] night(SolarFluxComponent c, Detector d) {
    return night(c, d, 0.0, 1.0);
  }

  /** Annual-mean P_ee (day and night weighted by their exposure). */
  public double[] average(SolarFluxComponent c, Detector d) {
    return cached(new Key(c, d, 0, 1, Kind.AVERAGE), () -> weighted(d, day(c), night(c, d)));
  }

  /**
   * Day and night P_ee at arbitrary energies for a component (not cached: for response tables on
   * their own energy grid, such as SNO's): {@code out[0][k]} day, {@code out[1][k]} night.
   */
  public double[][] dayNightAt(SolarFluxComponent c, Detector d, double[] energyMeV) {
    NightRegeneration reg = physics.night(d, 0.0, 1.0);
    double[][] out = new double[2][energyMeV.length];
    double[][] f = new double[energyMeV.length][3];
    physics
        .survival()
        .massFractions(c, energyMeV, p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), f);
    for (int i = 0; i < energyMeV.length; i++) {
      out[0][i] = dayFromFractions(f[i]);
      out[1][i] =
          nightFromFractions(f[i], reg.meanP2e(energyMeV[i], p.dm21EV2(), p.theta12(), c13sq));
    }
    return out;
  }

  private double dayFromFractions(double[] f) {
    return f[0] * c13sq * c12sq + f[1] * c13sq * s12sq + f[2] * s13sq;
  }

  private double nightFromFractions(double[] f, double p2e) {
    return f[0] * c13sq * (1 - p2e) + f[1] * c13sq * p2e + f[2] * s13sq;
  }
}
