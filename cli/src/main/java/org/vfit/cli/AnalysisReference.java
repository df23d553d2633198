package org.vfit.cli;

import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.paper.PaperInputs;

/**
 * The parameters fits hold fixed (Δm²₃₁, θ₂₃, δ) and start from: the paper's NuFit-6.0 NO inputs.
 */
final class AnalysisReference {
  private AnalysisReference() {}

  static MixingParameters nufit() {
    return PaperInputs.of(MassOrdering.NO, PaperInputs.SplittingSet.MAIN);
  }
}
