package org.vfit.fit.tension;

import java.util.List;
import org.vfit.likelihood.LikelihoodOptions;
import org.vfit.oscillation.MixingParameters;

/** The request of {@code vfit tension} with its defaults and no toys, grids or profiles (tests). */
final class DefaultRequests {
  private DefaultRequests() {}

  /**
   * @param levers whether the lever table is asked for
   */
  static TensionRequest tension(boolean levers) {
    return new TensionRequest(
        SuperKTreatment.AMPLITUDE.defaultSolar(),
        List.of("kamland-2011"),
        Theta13Treatment.constrainedBy("daya-bay-theta13"),
        false,
        LikelihoodOptions.defaults(),
        MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.022, 0.5, 0),
        0,
        1,
        null,
        0,
        0,
        levers,
        1);
  }
}
