package org.vfit.oscillation.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightRegenerationTablesTest {
  private static final EarthModel EARTH = EarthModel.premContinental();
  // 40 nadir bins keep every fill cheap; nothing below depends on the bin count.
  private static final int BINS = 40;
  private static final NadirExposure KAMIOKA = NadirExposure.compute(Detector.KAMIOKA, BINS);
  private static final NadirExposure KAMIOKA_CORE = KAMIOKA.restrictedTo(0.84, 1.0);
  private static final NadirExposure SUDBURY = NadirExposure.compute(Detector.SUDBURY, BINS);

  @AfterEach
  void forgetCache() {
    NightTableCache.reset();
  }

  /** LMA-like points inside the table (E/Δm² 2e3–3e5 MeV/eV², θ12 25–40°, c13² 0.95–1). */
  private static List<double[]> points(long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new double[] {
            rng.nextDouble(0.3, 15), rng.nextDouble(5e-5, 1.5e-4),
            rng.nextDouble(0.44, 0.70), rng.nextDouble(0.95, 1.0)
          });
    }
    return out;
  }

  private static double at(NightRegeneration t, double[] p) {
    return t.meanP2e(p[0], p[1], p[2], p[3]);
  }

  @Test
  void membersOfAFamilyEqualTablesFilledAloneBitForBit() {
    NightRegenerationTables family = new NightRegenerationTables(EARTH, BINS, 100);
    NightRegenerationTable kamioka = family.table(KAMIOKA);
    NightRegenerationTable core = family.table(KAMIOKA_CORE);
    for (double[] p : points(1, 30)) {
      // Kamioka fills every block; the core class and Sudbury (joining late) reuse its chords.
      at(kamioka, p);
    }
    NightRegenerationTable sudbury = family.table(SUDBURY);
    for (double[] p : points(1, 30)) {
      assertEquals(at(NightRegenerationTable.build(EARTH, KAMIOKA, 100), p), at(kamioka, p));
      assertEquals(at(NightRegenerationTable.build(EARTH, KAMIOKA_CORE, 100), p), at(core, p));
      assertEquals(at(NightRegenerationTable.build(EARTH, SUDBURY, 100), p), at(sudbury, p));
    }
  }

  @Test
  void tableNodesAreTheExposureAverageOfTheChords() {
    // At a grid node the interpolation returns the stored value: it must be the direct weighted
    // mean over the chords (independent code path, EarthRegeneration.nightMeanP2e). 1e-12: the
    // node's E/Δm² goes through log10 and back, a few ulps off the node.
    NightRegenerationTables family = new NightRegenerationTables(EARTH, BINS, 100);
    NightRegenerationTable core = family.table(KAMIOKA_CORE);
    NightRegeneration direct = NightRegeneration.direct(EARTH, KAMIOKA_CORE, 100);
    for (int i : new int[] {400, 517, 700}) {
      double x = NightRegenerationTable.gridX(i);
      double theta = Math.toRadians(34);
      assertEquals(
          direct.meanP2e(x * 1e-4, 1e-4, theta, 0.95),
          core.meanP2e(x * 1e-4, 1e-4, theta, 0.95),
          1e-12);
    }
  }

  @Test
  void exposuresWithOtherBinsAreRefused() {
    NightRegenerationTables family = new NightRegenerationTables(EARTH, BINS, 100);
    assertThrows(
        IllegalArgumentException.class,
        () -> family.table(NadirExposure.compute(Detector.KAMIOKA, 2 * BINS)));
  }

  @Test
  void aSecondRunReadsTheBlocksTheFirstWrote(@TempDir Path dir) throws Exception {
    NightTableCache.configure(dir);
    NightRegenerationTable first = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    List<double[]> pts = points(2, 10);
    double[] values = new double[pts.size()];
    for (int i = 0; i < values.length; i++) values[i] = at(first, pts.get(i));
    NightTableCache.flush();
    Path file = first.cache.file();
    assertTrue(Files.isRegularFile(file));

    NightRegenerationTable second = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    int restored = filledBlocks(second);
    assertEquals(filledBlocks(first), restored, "every block comes back from disk");
    assertTrue(restored > 0);
    for (int i = 0; i < values.length; i++) assertEquals(values[i], at(second, pts.get(i)));
    assertEquals(restored, filledBlocks(second), "nothing was recomputed");
  }

  @Test
  void aCorruptOrForeignFileIsIgnoredAndRewritten(@TempDir Path dir) throws Exception {
    NightTableCache.configure(dir);
    NightRegenerationTable first = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    double[] p = points(3, 1).get(0);
    double value = at(first, p);
    NightTableCache.flush();
    Path file = first.cache.file();
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x10; // one flipped bit in a stored value
    Files.write(file, bytes);

    NightRegenerationTable second = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    assertEquals(0, filledBlocks(second), "the CRC rejects the file");
    assertEquals(value, at(second, p));
    NightTableCache.flush();
    assertEquals(
        filledBlocks(second), filledBlocks(NightRegenerationTable.build(EARTH, KAMIOKA, 100)));

    Files.write(file, new byte[] {1, 2, 3}); // truncated
    assertEquals(0, filledBlocks(NightRegenerationTable.build(EARTH, KAMIOKA, 100)));
  }

  @Test
  void anotherExposureOrEarthHasItsOwnKey() {
    NightRegenerationTables family = new NightRegenerationTables(EARTH, BINS, 100);
    byte[] k = NightTableCache.key(family, KAMIOKA);
    assertFalse(java.util.Arrays.equals(k, NightTableCache.key(family, KAMIOKA_CORE)));
    assertFalse(java.util.Arrays.equals(k, NightTableCache.key(family, SUDBURY)));
    assertFalse(
        java.util.Arrays.equals(
            k, NightTableCache.key(new NightRegenerationTables(EARTH, BINS, 50), KAMIOKA)));
    assertTrue(java.util.Arrays.equals(k, NightTableCache.key(family, KAMIOKA)));
  }

  @Test
  void concurrentWritersMergeTheirBlocks(@TempDir Path dir) throws Exception {
    // Two runs start from the same (empty) cache and fill different regions; whichever writes
    // last must keep the other's blocks.
    NightTableCache.configure(dir);
    NightRegenerationTable a = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    NightRegenerationTable b = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    double[] pa = {1.0, 7e-5, 0.58, 0.98};
    double[] pb = {10.0, 7e-5, 0.30, 0.90};
    double va = at(a, pa), vb = at(b, pb);
    int na = filledBlocks(a), nb = filledBlocks(b);
    NightTableCache.flush();
    NightRegenerationTable c = NightRegenerationTable.build(EARTH, KAMIOKA, 100);
    assertEquals(na + nb, filledBlocks(c), "disjoint regions: the union");
    assertEquals(va, at(c, pa));
    assertEquals(vb, at(c, pb));
  }

  private static int filledBlocks(NightRegenerationTable t) {
    int n = 0;
    for (int b = 0; b < NightRegenerationTable.BLOCKS; b++) if (t.isFilled(b)) n++;
    return n;
  }
}
