package org.vfit.fit.analysis;

import java.io.Serializable;
import java.util.List;
import org.vfit.likelihood.LikelihoodOptions;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;

/**
 * Where a model's likelihood terms come from. Work units sent to other JVMs (Spark executors) carry
 * the source, not the terms, and rebuild the terms there: dataset names are small and always
 * serialisable, while terms hold precomputed tables and need not be.
 */
public interface TermSource extends Serializable {

  /** The terms, in a fixed order (toys split their random streams in this order). */
  List<LikelihoodTerm> terms();

  /** A short description for checkpoints and reports, equal for equal sources. */
  String description();

  /**
   * Terms loaded with {@link Likelihoods#terms} from bundled names or dataset files, with the
   * default modelling choices.
   */
  static TermSource datasets(List<String> namesOrPaths) {
    return new Datasets(namesOrPaths, LikelihoodOptions.defaults());
  }

  /** Terms loaded from bundled names or dataset files with the given modelling choices. */
  static TermSource datasets(List<String> namesOrPaths, LikelihoodOptions options) {
    return new Datasets(namesOrPaths, options);
  }

  /**
   * Terms already in memory. Such a source can be sent to another JVM only if the terms are {@link
   * Serializable}; within one JVM any terms will do.
   */
  static TermSource of(List<LikelihoodTerm> terms) {
    return new InMemory(terms);
  }

  /** Datasets by bundled name or file path, with the modelling choices of their terms. */
  record Datasets(List<String> namesOrPaths, LikelihoodOptions options) implements TermSource {
    private static final long serialVersionUID = 2L;

    public Datasets {
      namesOrPaths = List.copyOf(namesOrPaths);
      if (namesOrPaths.isEmpty()) {
        throw new IllegalArgumentException("no datasets given");
      }
      java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<LikelihoodTerm> terms() {
      return Likelihoods.terms(namesOrPaths, options);
    }

    /**
     * The names, followed by the modelling choices that differ from the defaults, so that equal
     * sources (and only those) describe alike: a toy checkpoint made with other choices is not
     * resumed.
     */
    @Override
    public String description() {
      String names = String.join(",", namesOrPaths);
      java.util.Map<String, String> mine = options.describe();
      java.util.Map<String, String> defaults = LikelihoodOptions.defaults().describe();
      List<String> changed = new java.util.ArrayList<>();
      mine.forEach(
          (k, v) -> {
            if (!v.equals(defaults.get(k))) {
              changed.add(k + "=" + v);
            }
          });
      return changed.isEmpty() ? names : names + " [" + String.join("; ", changed) + "]";
    }
  }

  /** Terms held directly. */
  record InMemory(List<LikelihoodTerm> terms) implements TermSource {
    private static final long serialVersionUID = 1L;

    public InMemory {
      terms = List.copyOf(terms);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("no likelihood terms given");
      }
    }

    @Override
    public String description() {
      return String.join(",", terms.stream().map(LikelihoodTerm::name).toList());
    }
  }
}
