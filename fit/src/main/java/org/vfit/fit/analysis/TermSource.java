package org.vfit.fit.analysis;

import java.io.Serializable;
import java.util.List;
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

  /** Terms loaded with {@link Likelihoods#terms} from bundled names or dataset files. */
  static TermSource datasets(List<String> namesOrPaths) {
    return new Datasets(namesOrPaths);
  }

  /**
   * Terms already in memory. Such a source can be sent to another JVM only if the terms are {@link
   * Serializable}; within one JVM any terms will do.
   */
  static TermSource of(List<LikelihoodTerm> terms) {
    return new InMemory(terms);
  }

  /** Datasets by bundled name or file path. */
  record Datasets(List<String> namesOrPaths) implements TermSource {
    private static final long serialVersionUID = 1L;

    public Datasets {
      namesOrPaths = List.copyOf(namesOrPaths);
      if (namesOrPaths.isEmpty()) {
        throw new IllegalArgumentException("no datasets given");
      }
    }

    @Override
    public List<LikelihoodTerm> terms() {
      return Likelihoods.terms(namesOrPaths);
    }

    @Override
    public String description() {
      return String.join(",", namesOrPaths);
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
