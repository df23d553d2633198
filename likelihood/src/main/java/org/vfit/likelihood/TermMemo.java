package org.vfit.likelihood;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vfit.datasets.model.Dataset;

/**
 * The terms most recently built, shared by every caller that asks for the same datasets with the
 * same modelling choices. One analysis builds many models of one data set (H0, H1, the difference
 * parametrisations, each grid's work units) and the solar term's Super-K response kernels alone
 * cost about 0.3 s per build — 8 % of the main job before this memo. Sharing is safe because terms
 * are immutable and thread-safe, and it lets every model use the term's memo of recent oscillation
 * points.
 *
 * <p>Datasets are compared by identity: bundled datasets are loaded once per JVM ({@code
 * Datasets.load}), so equal names give the same records, while a dataset file is read anew on each
 * request and so never meets an older copy of itself. The memo keeps a few entries (levers and run
 * cards go through several variants in turn) and drops the least recently used.
 */
final class TermMemo {

  /** Entries kept: the main job uses about five (solar, each reactor set, constraints). */
  static final int CAPACITY = 32;

  /** Datasets by identity, and the options that shape the term. */
  private record Key(List<Identity> datasets, Object options) {}

  private record Identity(Dataset dataset) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.dataset == dataset;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(dataset);
    }
  }

  private static final Map<Key, LikelihoodTerm> MEMO =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, LikelihoodTerm> eldest) {
          return size() > CAPACITY;
        }
      };

  private TermMemo() {}

  /**
   * The remembered term of these datasets and options, or {@code build}'s, then remembered.
   * Building happens outside the lock; should two threads build the same term at once, the first
   * stored wins and both return it.
   */
  static LikelihoodTerm term(
      List<Dataset> datasets, Object options, Supplier<LikelihoodTerm> build) {
    Key key = new Key(datasets.stream().map(Identity::new).toList(), options);
    synchronized (MEMO) {
      LikelihoodTerm hit = MEMO.get(key);
      if (hit != null) {
        return hit;
      }
    }
    LikelihoodTerm built = build.get();
    synchronized (MEMO) {
      LikelihoodTerm raced = MEMO.putIfAbsent(key, built);
      return raced != null ? raced : built;
    }
  }
}
