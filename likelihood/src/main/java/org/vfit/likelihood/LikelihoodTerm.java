package org.vfit.likelihood;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.vfit.oscillation.MixingParameters;

/**
 * One dataset's contribution to the fit: −2 ln L (χ² convention) as a function of the oscillation
 * parameters of its sector and of its own nuisance parameters, including their pull terms.
 *
 * <p>Implementations are immutable and thread-safe: {@link #chi2} may be called concurrently (grid
 * scans and toys run in parallel); per-thread scratch space is the implementation's business.
 */
public interface LikelihoodTerm {
  /** Name, normally the dataset name. */
  String name();

  /** Which parameter set this term reads. */
  Sector sector();

  /** This term's nuisance parameters (may be empty). */
  List<NuisanceParameter> nuisanceParameters();

  /**
   * −2 ln L at the given point, including the nuisance pull terms.
   *
   * @param p oscillation parameters of this term's sector
   * @param nuisance values of {@link #nuisanceParameters()}, in order
   */
  double chi2(MixingParameters p, double[] nuisance);

  /** Number of measured quantities (bins, rates, coefficients), for goodness-of-fit reporting. */
  int dataPoints();

  /**
   * The fitted oscillation parameters this term's χ² depends on: all of them unless the term says
   * otherwise (a θ₁₃ prior depends on θ₁₃ alone). Analyses that give data groups their own
   * parameters ({@link TermGroups}) read it so as not to create parameters no data constrain.
   */
  default Set<OscillationParameter> dependsOn() {
    return EnumSet.allOf(OscillationParameter.class);
  }

  /**
   * The source–detector distance of this term's data in km — for many sources their flux-weighted
   * mean, for the Sun one astronomical unit — or empty when the data do not record one.
   */
  default OptionalDouble baselineKm() {
    return OptionalDouble.empty();
  }

  /**
   * A copy of this term whose data are a pseudo-experiment drawn at the given point (Poisson for
   * counts, Gaussian with the data covariance for summary data); nuisance priors are re-centred on
   * draws from their prior as well, so toys carry the systematic uncertainty too. The draw uses
   * only {@code rng}.
   */
  LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng);

  /** A copy whose data equal the expectation at the given point (Asimov data set). */
  LikelihoodTerm asimov(MixingParameters p, double[] nuisance);
}
