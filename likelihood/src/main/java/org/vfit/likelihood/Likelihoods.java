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

  /** The term for one dataset (bundled name or file path) with the default options. */
  public static LikelihoodTerm term(String nameOrPath) {
    return term(Datasets.resolve(nameOrPath));
  }

  /** The term for one dataset with the default options. */
  public static LikelihoodTerm term(Dataset d) {
    return term(d, LikelihoodOptions.defaults());
  }

  /**
   * The term for one dataset with the given modelling choices (built once, see {@link TermMemo}).
   */
  public static LikelihoodTerm term(Dataset d, LikelihoodOptions options) {
    if (SolarTerm.accepts(d)) {
      return solarTerm(List.of(d), options.solar());
    }
    String table = options.reactor().reactorTable();
    if (d instanceof ReactorSpectrum && (table == null || Datasets.isBundled(table))) {
      // A reactor table given as a file is read at build time and may change between runs: only
      // terms whose every input is bundled (or the dataset record itself) are remembered.
      return TermMemo.term(List.of(d), options.reactor(), () -> build(d, options));
    }
    return build(d, options);
  }

  private static LikelihoodTerm solarTerm(List<Dataset> solar, SolarOptions options) {
    return TermMemo.term(solar, options, () -> SolarTerm.of(solar, options));
  }

  /** A reactor or constraint term (solar datasets go together into {@link #solarTerm}). */
  private static LikelihoodTerm build(Dataset d, LikelihoodOptions options) {
    if (d instanceof GaussianConstraint g) {
      return new GaussianConstraintTerm(g);
    }
    if (d instanceof ReactorSpectrum r) {
      return new KamLandTerm(r, options.reactor());
    }
    throw noTerm(d);
  }

  /**
   * The sector whose parameters a dataset's term reads, without building the term (cheap: no
   * prediction tables are filled).
   *
   * @throws IllegalArgumentException if vfit has no term for the dataset
   */
  public static Sector sector(Dataset d) {
    if (d instanceof GaussianConstraint g) {
      return new GaussianConstraintTerm(g).sector();
    }
    if (SolarTerm.accepts(d)) {
      return Sector.NU;
    }
    if (d instanceof ReactorSpectrum) {
      return Sector.NUBAR;
    }
    throw noTerm(d);
  }

  private static IllegalArgumentException noTerm(Dataset d) {
    return new IllegalArgumentException(
        "dataset "
            + d.name()
            + " (kind "
            + d.kind().id()
            + ") has no likelihood term in this version of vfit");
  }

  /** Terms for several datasets with the default options. */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths) {
    return terms(namesOrPaths, LikelihoodOptions.defaults());
  }

  /** Terms for several datasets with default reactor options and the given solar ones. */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths, SolarOptions solarOptions) {
    return terms(namesOrPaths, LikelihoodOptions.defaults().withSolar(solarOptions));
  }

  /**
   * Terms for several datasets: all solar datasets go into one {@link SolarTerm} (they share the ⁸B
   * flux and correlated solar-model errors), placed where the first of them appears; every other
   * dataset is its own term.
   */
  public static List<LikelihoodTerm> terms(List<String> namesOrPaths, LikelihoodOptions options) {
    List<LikelihoodTerm> out = new ArrayList<>();
    List<Dataset> solar = new ArrayList<>();
    int solarSlot = -1;
    for (String n : namesOrPaths) {
      Dataset d = Datasets.resolve(n);
      if (SolarTerm.accepts(d)) {
        if (solarSlot < 0) solarSlot = out.size();
        solar.add(d);
      } else {
        out.add(term(d, options));
      }
    }
    if (!solar.isEmpty()) {
      out.add(solarSlot, solarTerm(solar, options.solar()));
    }
    return out;
  }
}
