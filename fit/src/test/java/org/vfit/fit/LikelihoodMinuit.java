package org.vfit.fit;

import org.vfit.fit.minuit.Minuit;
import org.vfit.likelihood.CombinedLikelihood;

/** A Minuit on a combined likelihood: its parameters, start values, steps and limits. */
final class LikelihoodMinuit {
  private LikelihoodMinuit() {}

  static Minuit of(CombinedLikelihood l) {
    String[] names = l.parameterNames().toArray(new String[0]);
    Minuit m = new Minuit(l::value, names, l.startValues(), l.steps());
    double[] lo = l.lowerLimits(), hi = l.upperLimits();
    for (int i = 0; i < names.length; i++) {
      m.limits(names[i], lo[i], hi[i]);
    }
    return m;
  }
}
