package org.vfit.reports.result;

import java.util.List;

/**
 * Counts in bins with explicit edges. Entries outside the edges are not counted in any bin, so a
 * density is counts / (total entries × bin width) with the total kept by the owner.
 *
 * @param edges bin edges, strictly increasing, one more than {@code counts}
 * @param counts entries per bin, {@code >= 0}
 */
public record Histogram(List<Double> edges, List<Long> counts) {
  public Histogram {
    edges = Checks.increasing("edges", edges, 2);
    counts = Checks.list("counts", counts);
    if (counts.size() != edges.size() - 1) {
      throw new InvalidFieldException(
          "counts",
          "must have one entry per bin (" + (edges.size() - 1) + "), has " + counts.size());
    }
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) < 0) {
        throw new InvalidFieldException("counts/" + i, "must be >= 0, was " + counts.get(i));
      }
    }
  }

  /** Total entries inside the edges. */
  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /** Counts the values into bins with the given edges; values outside them are left out. */
  public static Histogram of(List<Double> values, List<Double> edges) {
    List<Double> e = Checks.increasing("edges", edges, 2);
    long[] counts = new long[e.size() - 1];
    for (double v : values) {
      if (v < e.get(0) || v > e.get(e.size() - 1)) {
        continue;
      }
      int lo = 0;
      int hi = counts.length - 1;
      // Binary search for the bin [e_k, e_k+1) holding v; the last bin also takes its upper edge.
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (v >= e.get(mid)) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      counts[lo]++;
    }
    return new Histogram(e, java.util.Arrays.stream(counts).boxed().toList());
  }
}
