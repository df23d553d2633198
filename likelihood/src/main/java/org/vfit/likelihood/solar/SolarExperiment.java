package org.vfit.likelihood.solar;

import java.util.List;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Values;

/**
 * One solar measurement set inside the solar term: predicts its observables from the shared {@link
 * SolarPoint} and the ⁸B flux normalisation, and scores them. Immutable.
 */
interface SolarExperiment {
  /** The datasets this experiment reads (usually one; the radiochemical group may hold several). */
  List<Dataset> datasets();

  /** Number of measured quantities. */
  int dataPoints();

  /**
   * −2 ln L (Gaussian) at the point.
   *
   * @param fB8 Φ(⁸B)/Φ_SSM(⁸B)
   */
  double chi2(SolarPoint point, double fB8);

  /** The expected observables of each dataset, in the dataset's observable order. */
  List<Values> expected(SolarPoint point, double fB8);

  /** The same experiment on other data (toys, Asimov), same response. */
  SolarExperiment withData(List<Dataset> data);

  /**
   * For a toy: the same experiment with its systematic nuisances' prior centres drawn (itself when
   * it has none, without touching the generator).
   */
  default SolarExperiment withDrawnSystematics(java.util.SplittableRandom rng) {
    return this;
  }
}
