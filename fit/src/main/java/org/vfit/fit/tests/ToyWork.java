package org.vfit.fit.tests;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.vfit.datasets.toys.Toys;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.WorkFunction;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.LikelihoodTerm;

/**
 * The work unit of a toy study: toy {@code index} drawn at the H0 best fit and refitted under H0
 * and H1. Its random numbers come only from (seed, index): {@link Toys#random} gives the toy's
 * generator, which is split into one stream per term in term order, so adding a term or running
 * toys in another order, thread or JVM leaves every other draw unchanged.
 *
 * <p>H0 starts from the observed H0 minimum (the toy was drawn there). H1 starts from the toy's own
 * H0 minimum — so its χ² cannot end above H0's and χ²_PG ≥ 0 up to convergence — and from the
 * observed H1 minimum.
 */
final class ToyWork implements WorkFunction<Long, ToyOutcome> {

  @Serial private static final long serialVersionUID = 1L;

  private final Model h0;
  private final Model h1;
  private final double[] generation;
  private final double[] h1Start;
  private final long seed;
  private final FitOptions fit;

  /**
   * @param generation H0 global vector the toys are drawn at (and H0 fits start from)
   * @param h1Start observed H1 minimum (global vector)
   */
  ToyWork(Model h0, Model h1, double[] generation, double[] h1Start, long seed, FitOptions fit) {
    this.h0 = h0;
    this.h1 = h1;
    this.generation = generation.clone();
    this.h1Start = h1Start.clone();
    this.seed = seed;
    this.fit = fit;
  }

  /** The toy's terms. */
  List<LikelihoodTerm> draw(long index) {
    CombinedLikelihood l = h0.likelihood();
    SplittableRandom rng = new Toys(seed).random(index);
    List<LikelihoodTerm> terms = new ArrayList<>();
    for (int t = 0; t < l.terms().size(); t++) {
      LikelihoodTerm term = l.terms().get(t);
      SplittableRandom stream = rng.split();
      terms.add(term.toy(l.termParameters(t, generation), l.nuisance(t, generation), stream));
    }
    return terms;
  }

  @Override
  public ToyOutcome apply(Long index) {
    List<LikelihoodTerm> terms = draw(index);
    Model t0 = h0.withTerms(terms);
    Model t1 = h1.withTerms(terms);
    FitResult f0 = Fitter.fit(t0, fit, List.of(generation));
    FitResult f1 = Fitter.fit(t1, fit, List.of(t1.transfer(t0, f0.globalValues()), h1Start));
    return new ToyOutcome(
        index,
        f0.chi2(),
        f1.chi2(),
        f0.isValid(),
        f1.isValid(),
        f0.minimum().nfcn() + f1.minimum().nfcn());
  }
}
