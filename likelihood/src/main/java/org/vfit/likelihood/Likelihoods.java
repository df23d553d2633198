package org.vfit.likelihood;

import java.util.ArrayList;
import java.util.List;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.likelihood.constraint.GaussianConstraintTerm;
import org.vfit.likelihood.reactor.KamLandTerm;
import org.vfit.likelihood.solar.SolarOptions;
import org.vfit.likelihood.solar.SolarTerm;

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
    if (SolarTerm.accepts(d)) {
      return SolarTerm.of(List.of(d), SolarOptions.defaults());
    }
    if (d instanceof ReactorSpectrum r) {
      return new KamLandTerm(r);
    }
    throw new IllegalArgumentException(
        "dataset "
            + d.name()
            + " (kind "
            + d.kind().id()
            + ") has no likelihood term in this version of vfit");
  }

  /** Terms for several datasets with default solar options. */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths) {
    return terms(namesOrPaths, SolarOptions.defaults());
  }

  /**
   * Terms for several datasets: all solar datasets go into one {@link SolarTerm} (they share the ⁸B
   * flux and correlated solar-model errors), placed where the first of them appears; every other
   * dataset is its own term.
   */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths, SolarOptions solarOptions) {
    List<LikelihoodTerm> out = new ArrayList<>();
    List<Dataset> solar = new ArrayList<>();
    int solarSlot = -1;
    for (String n : namesOrPaths) {
      Dataset d = Datasets.resolve(n);
      if (SolarTerm.accepts(d)) {
        if (solarSlot < 0) solarSlot = out.size();
        solar.add(d);
      } else {
        out.add(term(d));
      }
    }
    if (!solar.isEmpty()) {
      out.add(solarSlot, SolarTerm.of(solar, solarOptions));
    }
    return out;
  }
}
