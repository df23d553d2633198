package org.vfit.fit.tests;

import java.util.List;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.TermSource;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * The parameter goodness-of-fit test of Maltoni and Schwetz (PRD 68, 033020 (2003)): χ²_PG =
 * χ²_min(H0) − χ²_min(H1), with H0 fitting one parameter set to all data and H1 letting the ν
 * (solar) and ν̄ (reactor) data have their own. It measures only how compatible the data sets are
 * with each other, not how well either is fitted, and under H0 follows χ² with as many degrees of
 * freedom as H0 ties parameters that H1 frees (dof = P_ν + P_ν̄ − P_joint).
 *
 * <p>H1 contains H0, so its minimum cannot lie above H0's. The H1 fit therefore always starts from
 * the H0 minimum as well as from its own grid, and if its multi-start result still lies above H0
 * (an imperfect minimisation), it is refitted from the H0 minimum alone.
 */
public final class ParameterGoodnessOfFit {

  private ParameterGoodnessOfFit() {}

  /** The test of H0 against {@code h1} on the terms of {@code source}. */
  public static PgResult test(
      TermSource source, MixingParameters reference, Hypothesis h1, FitOptions options) {
    Model m0 = Model.of(source, Hypothesis.h0(), reference);
    return test(m0, m0.withHypothesis(h1), options);
  }

  /**
   * The test on two models of the same terms.
   *
   * @throws IllegalArgumentException if H1 frees nothing H0 ties (e.g. data of one sector only)
   */
  public static PgResult test(Model h0, Model h1, FitOptions options) {
    int dof = dof(h0, h1);
    FitResult f0 = Fitter.fit(h0, options);
    double[] fromH0 = h1.transfer(h0, f0.globalValues());
    FitResult f1 = Fitter.fit(h1, options, List.of(fromH0));
    boolean refit = false;
    if (f1.chi2() > f0.chi2()) {
      f1 = Fitter.fit(h1, options.withMultiStart(false), List.of(fromH0));
      refit = true;
    }
    double chi2 = f0.chi2() - f1.chi2();
    double p = Significance.pValue(Math.max(chi2, 0), dof);
    return new PgResult(h0, h1, f0, f1, chi2, dof, p, Significance.sigma(p), refit);
  }

  /**
   * Parameters tied under {@code h0} and separate under {@code h1} for these data.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static int dof(Model h0, Model h1) {
    // Each parameter adds the copies H1 has beyond H0's: with ν and ν̄ sets, one for each
    // parameter H0 ties and H1 frees; with k baseline classes, k − 1.
    int dof = 0;
    for (OscillationParameter p : OscillationParameter.values()) {
      dof += Math.max(0, h1.copies(p) - h0.copies(p));
    }
    if (dof == 0) {
      boolean both = h0.hasSector(Sector.NU) && h0.hasSector(Sector.NUBAR);
      throw new IllegalArgumentException(
          both
              ? h1.hypothesis().name()
                  + " frees no parameter that "
                  + h0.hypothesis().name()
                  + " ties"
              : "the nu/nubar test needs datasets of both sectors (solar nu and reactor nubar); "
                  + h0.source().description()
                  + " has only "
                  + (h0.hasSector(Sector.NU) ? "nu" : "nubar"));
    }
    return dof;
  }
}
