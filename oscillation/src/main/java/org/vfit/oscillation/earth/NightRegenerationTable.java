package org.vfit.oscillation.earth;

import java.lang.invoke.VarHandle;

/**
 * The exposure-weighted night mean of P(ν₂ → ν_e) for one detector, tabulated for fits.
 *
 * <p>In the effective two-flavour Earth evolution the result depends on the parameters only through
 * E/Δm²₂₁, θ₁₂ and c₁₃² (the Hamiltonian is Δm²/4E times a matrix of θ₁₂ plus c₁₃²V), so one table
 * over (log₁₀(E/Δm²), θ₁₂, c₁₃²) serves every energy and every point of a fit. Interpolation is
 * cubic (Catmull–Rom) in the first two variables and linear in c₁₃². Outside the tabulated range
 * the value is computed directly (correct, just slower).
 *
 * <p>The table fills lazily in blocks of {@value #BLOCK} grid points of E/Δm² the first time a fit
 * needs them: a fit near the LMA touches a few percent of the grid, so 400 nadir bins (needed for a
 * smooth result — at 100 bins the exposure quadrature leaves ±1e-3 wiggles in E, at 400 ±1e-4) cost
 * well under a second. Every table belongs to a {@link NightRegenerationTables} family that
 * computes the chords of a block once for all its detectors and zenith classes, and may be kept on
 * disk between runs ({@link NightTableCache}). Blocks are pure functions of their indices, so the
 * values do not depend on which thread filled them, in which order, or whether they came from the
 * disk cache. Thread-safe.
 */
public final class NightRegenerationTable implements NightRegeneration {
  /**
   * log₁₀ of E/Δm² in MeV/eV²: covers 0.1–20 MeV for Δm²₂₁ from 1e-3 down to ~4e-9 eV² (the whole
   * range multi-start fits explore, LOW and quasi-vacuum solutions included). Below E/Δm² = 10
   * MeV/eV² the Earth's matter term is 2VE/Δm² ≲ 4e-6 of the vacuum one and the night mean is
   * returned as its vacuum value sin²θ₁₂ (error of that order): this is where the lowest pp
   * energies sit, and evaluating them directly would cost 400 chords each.
   */
  public static final double LOG_X_MIN = 1.0;

  public static final double LOG_X_MAX = 9.7;
  static final int NX =
      1045; // 120 per decade (80 per decade left 3.6e-4 interpolation error in the LMA)
  static final int NT = 46; // θ12 in 2° steps over [0°, 90°]

  /**
   * cos²θ₁₃ nodes spanning the whole fit range (sin²θ₁₃ ≤ 0.2): fits without a θ₁₃ constraint
   * wander there, and outside the table each value would cost 400 chords. Linear interpolation over
   * 0.05 (the potential scales with c₁₃², the regeneration nearly linearly with it).
   */
  static final double[] C13SQ = {0.80, 0.85, 0.90, 0.95, 1.0};

  static final int BLOCK = 10;
  static final int NXB = (NX + BLOCK - 1) / BLOCK;
  static final int NC = C13SQ.length;
  static final int BLOCKS = NC * NT * NXB;

  private final NightRegenerationTables family;
  private final NadirExposure exposure;
  private final double[] weights; // night weight of each nadir bin (zero outside a zenith class)
  // [x][t][c]: the 4×4×2 stencil of one lookup (x, θ₁₂ rows and the two c₁₃² layers) then sits
  // in four cache lines instead of sixteen; blocks are numbered the same way, [x-block][t][c].
  private final double[] table;
  // Per (c, t, x-block): 0 = empty, 1 = filled. Published with a release fence after the block's
  // values and read with an acquire fence before them (the fence pair of JEP 193): a plain int
  // read on the hot path, where AtomicIntegerArray's volatile get cost 10 % of a solar χ².
  private final int[] filled;
  final NightTableCache.Entry cache; // null when not kept on disk

  NightRegenerationTable(NightRegenerationTables family, NadirExposure exposure) {
    this.family = family;
    this.exposure = exposure;
    this.weights = new double[exposure.bins()];
    for (int i = 0; i < weights.length; i++) weights[i] = exposure.nightWeight(i);
    this.table = new double[NC * NT * NX];
    this.filled = new int[BLOCKS];
    this.cache = NightTableCache.entry(family, exposure);
    if (cache != null) {
      cache.load(this);
    }
  }

  /** A table for a detector on its own (a family of one); entries are computed on first use. */
  public static NightRegenerationTable build(
      EarthModel earth, NadirExposure exposure, double maxSlabKm) {
    return new NightRegenerationTables(earth, exposure.bins(), maxSlabKm).table(exposure);
  }

  @Override
  public NadirExposure exposure() {
    return exposure;
  }

  @Override
  public double meanP2e(double energyMeV, double dm21EV2, double theta12, double c13sq) {
    double lx = Math.log10(energyMeV / dm21EV2);
    double fx = (lx - LOG_X_MIN) / (LOG_X_MAX - LOG_X_MIN) * (NX - 1);
    if (fx < 1 && theta12 >= 0 && theta12 <= 0.5 * Math.PI) {
      double s = Math.sin(theta12);
      return s * s;
    }
    if (!(fx >= 1 && fx <= NX - 3)
        || c13sq < C13SQ[0]
        || !(theta12 >= 0 && theta12 <= 0.5 * Math.PI)) {
      return family.direct(exposure, energyMeV, dm21EV2, theta12, c13sq);
    }
    double ft = theta12 / (0.5 * Math.PI) * (NT - 1);
    double fc = (c13sq - C13SQ[0]) / (C13SQ[1] - C13SQ[0]); // uniform nodes
    int c0 = Math.min((int) fc, C13SQ.length - 2);
    double wc = fc - c0;
    return interpolate(c0, wc, fx, ft);
  }

  /**
   * (1 − wc)·B(c0) + wc·B(c0 + 1), B the bicubic (Catmull–Rom) interpolation in one c₁₃² layer.
   * Both layers are interpolated in one pass: they share the stencil, and in the [x][t][c] layout
   * their values sit side by side (index + 1). The Catmull–Rom weights of the x and θ₁₂ offsets are
   * computed once per lookup, so each of the ten one-dimensional interpolations is a four-term dot
   * product whose products are independent, where the nested form was a chain of dependent
   * operations (the same polynomial; results agree to rounding). A lookup took 75 ns before.
   */
  private double interpolate(int c0, double wc, double fx, double ft) {
    int ix = Math.min((int) Math.floor(fx), NX - 3);
    int it = Math.min(Math.max((int) Math.floor(ft), 0), NT - 2);
    double tx = fx - ix, tt = ft - it;
    int t0 = reflect(it - 1);
    int t3 = reflect(it + 2);
    ensureRow(c0, t0, ix);
    ensureRow(c0, it, ix);
    ensureRow(c0, it + 1, ix);
    ensureRow(c0, t3, ix);
    ensureRow(c0 + 1, t0, ix);
    ensureRow(c0 + 1, it, ix);
    ensureRow(c0 + 1, it + 1, ix);
    ensureRow(c0 + 1, t3, ix);
    double tx2 = tx * tx, tx3 = tx2 * tx;
    double x0 = 0.5 * (-tx + 2 * tx2 - tx3);
    double x1 = 1 + 0.5 * (-5 * tx2 + 3 * tx3);
    double x2 = 0.5 * (tx + 4 * tx2 - 3 * tx3);
    double x3 = 0.5 * (tx3 - tx2);
    double tt2 = tt * tt, tt3 = tt2 * tt;
    double y0 = 0.5 * (-tt + 2 * tt2 - tt3);
    double y1 = 1 + 0.5 * (-5 * tt2 + 3 * tt3);
    double y2 = 0.5 * (tt + 4 * tt2 - 3 * tt3);
    double y3 = 0.5 * (tt3 - tt2);
    int a0 = index(c0, t0, ix - 1);
    int a1 = index(c0, it, ix - 1);
    int a2 = index(c0, it + 1, ix - 1);
    int a3 = index(c0, t3, ix - 1);
    double low =
        y0 * rowAt(a0, x0, x1, x2, x3)
            + y1 * rowAt(a1, x0, x1, x2, x3)
            + y2 * rowAt(a2, x0, x1, x2, x3)
            + y3 * rowAt(a3, x0, x1, x2, x3);
    double high =
        y0 * rowAt(a0 + 1, x0, x1, x2, x3)
            + y1 * rowAt(a1 + 1, x0, x1, x2, x3)
            + y2 * rowAt(a2 + 1, x0, x1, x2, x3)
            + y3 * rowAt(a3 + 1, x0, x1, x2, x3);
    return (1 - wc) * low + wc * high;
  }

  /** The blocks holding x-indices ix − 1 … ix + 2 of row (c, t) are filled. */
  private void ensureRow(int c, int t, int ix) {
    ensure(c, t, ix - 1);
    if ((ix + 2) / BLOCK != (ix - 1) / BLOCK) {
      ensure(c, t, ix + 2);
    }
  }

  /** Catmull–Rom in x along one row, with weights w, from its value at ix − 1 (position at). */
  private double rowAt(int at, double w0, double w1, double w2, double w3) {
    int stride = NT * NC; // from one x to the next
    return w0 * table[at]
        + w1 * table[at + stride]
        + w2 * table[at + 2 * stride]
        + w3 * table[at + 3 * stride];
  }

  /** Position of grid value (c₁₃², θ₁₂, x) in {@link #table}. */
  private static int index(int c, int t, int x) {
    return (x * NT + t) * NC + c;
  }

  /** Makes sure the block holding x-index ix (and so its neighbours within the block) is filled. */
  private void ensure(int c, int t, int ix) {
    int block = ((ix / BLOCK) * NT + t) * NC + c;
    if (filled[block] == 1) {
      VarHandle.acquireFence();
      return;
    }
    family.fill(this, block);
    VarHandle.acquireFence();
  }

  boolean isFilled(int block) {
    boolean f = filled[block] == 1;
    VarHandle.acquireFence();
    return f;
  }

  double weight(int bin) {
    return weights[bin];
  }

  /**
   * Stores a block from the chords' P(ν₂ → ν_e) ({@code p2e[i·bins + b]} for grid point i of the
   * block and nadir bin b): the exposure-weighted mean over bins of non-zero weight, summed in bin
   * order (the same arithmetic as {@link EarthRegeneration#nightMeanP2e}).
   */
  void store(int block, double[] p2e) {
    int bins = weights.length;
    int start = blockStart(block);
    int end = blockEnd(block);
    for (int i = start; i < end; i++) {
      int o = (i - start) * bins;
      double sum = 0, wsum = 0;
      for (int b = 0; b < bins; b++) {
        double w = weights[b];
        if (w == 0) continue;
        sum += w * p2e[o + b];
        wsum += w;
      }
      table[tableIndex(block, i)] = sum / wsum;
    }
    VarHandle.releaseFence(); // the block's values before its flag
    filled[block] = 1;
    if (cache != null) {
      cache.markDirty();
    }
  }

  /** Restores a block read from the disk cache. */
  void restore(int block, double[] values) {
    int start = blockStart(block);
    for (int i = start; i < blockEnd(block); i++) {
      table[tableIndex(block, i)] = values[i - start];
    }
    VarHandle.releaseFence();
    filled[block] = 1;
  }

  /** The values of a filled block (for writing the cache). */
  double[] blockValues(int block) {
    int start = blockStart(block);
    double[] out = new double[blockEnd(block) - start];
    for (int i = start; i < blockEnd(block); i++) {
      out[i - start] = table[tableIndex(block, i)];
    }
    return out;
  }

  /** First x-index of a block. */
  static int blockStart(int block) {
    return (block / (NT * NC)) * BLOCK;
  }

  /** One past the last x-index of a block. */
  static int blockEnd(int block) {
    return Math.min(blockStart(block) + BLOCK, NX);
  }

  /** θ₁₂ of a block's row, radians. */
  static double blockTheta12(int block) {
    int t = (block / NC) % NT;
    return 0.5 * Math.PI * t / (NT - 1);
  }

  /** cos²θ₁₃ of a block's layer. */
  static double blockC13sq(int block) {
    return C13SQ[block % NC];
  }

  /** E/Δm² (MeV/eV²) of x-index i. */
  static double gridX(int i) {
    return Math.pow(10.0, LOG_X_MIN + (LOG_X_MAX - LOG_X_MIN) * i / (NX - 1));
  }

  private static int tableIndex(int block, int i) {
    return index(block % NC, (block / NC) % NT, i);
  }

  /** θ₁₂ nodes reflect at 0° and 90°, where P(ν₂→ν_e) is even in the distance from the edge. */
  private static int reflect(int i) {
    if (i < 0) return -i;
    if (i > NT - 1) return 2 * (NT - 1) - i;
    return i;
  }
}
