package org.vfit.likelihood;

import java.util.ArrayList;
import java.util.List;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.likelihood.constraint.GaussianConstraintTerm;
import org.vfit.likelihood.reactor.KamLandTerm;

/**
 * Entry point of the likelihood module: builds likelihood terms from datasets (bundled names or
 * files) and combines them under a hypothesis.
 *
 * <pre>{@code
 * List<LikelihoodTerm> terms = Likelihoods.terms(List.of("kamland-2011", "daya-bay-theta13"));
 * CombinedLikelihood l = new CombinedLikelihood(terms, Hypothesis.h0(), start);
 * }</pre>
 */
public final class Likelihoods {
  private Likelihoods() {}

  /** The term for one dataset (bundled name or file path). */
  public static LikelihoodTerm term(String nameOrPath) {
    return term(Datasets.resolve(nameOrPath));
  }

  /** The term for one dataset. */
  public static LikelihoodTerm term(Dataset d) {
    if (d instanceof GaussianConstraint g) {
      return new GaussianConstraintTerm(g);
    }
    if (d instanceof ReactorSpectrum r) {
      return new KamLandTerm(r);
    }
    throw new IllegalArgumentException("dataset " + d.name() + " (kind " + d.kind().id()
        + ") has no likelihood term in this version of vfit");
  }

  /** Terms for several datasets, in order. */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths) {
    List<LikelihoodTerm> out = new ArrayList<>();
    for (String n : namesOrPaths) {
      out.add(term(n));
    }
    return out;
  }
}
