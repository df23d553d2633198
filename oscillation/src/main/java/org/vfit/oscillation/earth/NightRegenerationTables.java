package org.vfit.oscillation.earth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The night-regeneration tables of every detector and zenith class that share one Earth model, one
 * nadir binning and one slab length, filled together.
 *
 * <p>Why: a table entry is the exposure-weighted mean of P(ν₂ → ν_e) over the chords at the centres
 * of the nadir bins, and those chords — the whole cost of a fill — are the same for every detector:
 * only the weights differ (Kamioka, Sudbury and Gran Sasso, each whole night or a zenith class). So
 * a block of grid points is computed once, as P(ν₂ → ν_e) per grid point and nadir bin, and every
 * member table takes its own weighted mean from it. A table that joins after some blocks were
 * filled (tables are created as experiments first ask for them) finds the most recent blocks'
 * chords kept here and only computes chords no earlier member needed. The means are summed in bin
 * order exactly as {@link EarthRegeneration#nightMeanP2e} sums them, so a table's values are
 * bit-identical to filling it alone. Thread-safe.
 */
public final class NightRegenerationTables {
  /** Blocks of chord values kept for late-joining members (32 kB each at 400 bins). */
  private static final int RECENT_BLOCKS = 384;

  private final EarthModel earth;
  private final int bins;
  private final double maxSlabKm;
  private final EarthRegeneration chords;
  private final List<NightRegenerationTable> members = new CopyOnWriteArrayList<>();
  private final Object[] locks = new Object[64];
  private final Map<Integer, double[]> recent =
      new LinkedHashMap<>(RECENT_BLOCKS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, double[]> eldest) {
          return size() > RECENT_BLOCKS;
        }
      };

  /**
   * @param earth the Earth model
   * @param bins number of uniform night bins in cos η (every member exposure must use them)
   * @param maxSlabKm longest slab of a chord
   */
  public NightRegenerationTables(EarthModel earth, int bins, double maxSlabKm) {
    this.earth = earth;
    this.bins = bins;
    this.maxSlabKm = maxSlabKm;
    this.chords = new EarthRegeneration(earth, centres(bins), maxSlabKm);
    for (int i = 0; i < locks.length; i++) locks[i] = new Object();
  }

  /** A new member table for an exposure with this family's nadir bins. */
  public NightRegenerationTable table(NadirExposure exposure) {
    if (exposure.bins() != bins) {
      throw new IllegalArgumentException(
          "exposure has " + exposure.bins() + " nadir bins, the family " + bins);
    }
    double[] centres = centres(bins);
    for (int i = 0; i < bins; i++) {
      if (exposure.binCentreCosNadir(i) != centres[i]) {
        throw new IllegalArgumentException("exposure's nadir bins are not uniform in cos η");
      }
    }
    NightRegenerationTable t = new NightRegenerationTable(this, exposure);
    members.add(t);
    return t;
  }

  /** Bin centres in cos η, computed as {@link NadirExposure} computes them (bit for bit). */
  private static double[] centres(int bins) {
    double[] c = new double[bins];
    for (int i = 0; i < bins; i++) c[i] = 0.5 * ((double) i / bins + (double) (i + 1) / bins);
    return c;
  }

  EarthModel earth() {
    return earth;
  }

  int bins() {
    return bins;
  }

  double maxSlabKm() {
    return maxSlabKm;
  }

  /** The exposure mean computed chord by chord (outside the tabulated range). */
  double direct(
      NadirExposure exposure, double energyMeV, double dm21EV2, double theta12, double c13sq) {
    return chords.nightMeanP2e(exposure, energyMeV, dm21EV2, theta12, c13sq);
  }

  /** Fills a block of {@code requester} and, from the same chords, of every member lacking it. */
  void fill(NightRegenerationTable requester, int block) {
    synchronized (locks[block % locks.length]) {
      if (requester.isFilled(block)) {
        return;
      }
      List<NightRegenerationTable> waiting = new ArrayList<>();
      boolean[] needed = new boolean[bins];
      for (NightRegenerationTable m : members) {
        if (m.isFilled(block)) continue;
        waiting.add(m);
        for (int b = 0; b < bins; b++) needed[b] |= m.weight(b) != 0;
      }
      if (!waiting.contains(requester)) {
        waiting.add(requester); // not registered (cannot happen through table()), still served
        for (int b = 0; b < bins; b++) needed[b] |= requester.weight(b) != 0;
      }
      int start = NightRegenerationTable.blockStart(block);
      int end = NightRegenerationTable.blockEnd(block);
      double[] p2e;
      synchronized (recent) {
        p2e = recent.get(block);
      }
      if (p2e == null) {
        p2e = new double[NightRegenerationTable.BLOCK * bins];
        Arrays.fill(p2e, Double.NaN);
      }
      double theta = NightRegenerationTable.blockTheta12(block);
      double c13sq = NightRegenerationTable.blockC13sq(block);
      for (int i = start; i < end; i++) {
        // Only the ratio E/Δm² matters: evaluate at Δm² = 1e-4 eV², E = x·1e-4 MeV.
        double e = NightRegenerationTable.gridX(i) * 1e-4;
        int o = (i - start) * bins;
        for (int b = 0; b < bins; b++) {
          if (needed[b] && Double.isNaN(p2e[o + b])) {
            p2e[o + b] = chords.p2e(b, e, 1e-4, theta, c13sq);
          }
        }
      }
      for (NightRegenerationTable m : waiting) {
        m.store(block, p2e);
      }
      synchronized (recent) {
        recent.put(block, p2e);
      }
    }
  }
}
