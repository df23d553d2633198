package org.vfit.likelihood;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vfit.oscillation.MixingParameters;

/**
 * A sum of likelihood terms under a {@link Hypothesis}: the global parameter vector (oscillation
 * parameters per the hypothesis' sharing, then each term's nuisance parameters) is mapped onto each
 * term's sector parameters and nuisance values. Solar terms read the ν set, reactor terms the ν̄
 * set; a shared parameter is one entry read by both.
 *
 * <p>Parameters the fit does not vary (Δm²₃₁, θ₂₃, δ) are taken from {@code fixedReference}.
 * Thread-safe if the terms are.
 */
public final class CombinedLikelihood {
  private final List<LikelihoodTerm> terms;
  private final Hypothesis hypothesis;
  private final MixingParameters fixedReference;
  private final List<String> names = new ArrayList<>();
  private final List<Double> starts = new ArrayList<>();
  private final List<Double> steps = new ArrayList<>();
  private final List<Double> lowers = new ArrayList<>();
  private final List<Double> uppers = new ArrayList<>();

  /**
   * index of each sector's oscillation parameter in the global vector (−1: the sector is unused).
   */
  private final Map<Sector, int[]> oscillationIndex = new EnumMap<>(Sector.class);

  private final int[] nuisanceOffset;

  /**
   * @param terms the likelihood terms
   * @param hypothesis which parameters the sectors share
   * @param start starting oscillation parameters (both sectors)
   */
  public CombinedLikelihood(
      List<LikelihoodTerm> terms, Hypothesis hypothesis, MixingParameters start) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("a likelihood needs at least one term");
    }
    this.terms = List.copyOf(terms);
    this.hypothesis = hypothesis;
    this.fixedReference = start;
    boolean hasNu = terms.stream().anyMatch(t -> t.sector() == Sector.NU);
    boolean hasNubar = terms.stream().anyMatch(t -> t.sector() == Sector.NUBAR);
    int[] nu = new int[3], nubar = new int[3];
    java.util.Arrays.fill(nu, -1);
    java.util.Arrays.fill(nubar, -1);
    for (OscillationParameter op : OscillationParameter.values()) {
      int k = op.ordinal();
      double s = startValue(op, start);
      boolean both = hasNu && hasNubar;
      if (!both || hypothesis.isShared(op)) {
        int idx = add(op.label(), s, op);
        if (hasNu) nu[k] = idx;
        if (hasNubar) nubar[k] = idx;
      } else {
        nu[k] = add("nu." + op.label(), s, op);
        nubar[k] = add("nubar." + op.label(), s, op);
      }
    }
    oscillationIndex.put(Sector.NU, nu);
    oscillationIndex.put(Sector.NUBAR, nubar);
    nuisanceOffset = new int[this.terms.size()];
    for (int t = 0; t < this.terms.size(); t++) {
      nuisanceOffset[t] = names.size();
      for (NuisanceParameter n : this.terms.get(t).nuisanceParameters()) {
        names.add(this.terms.get(t).name() + "." + n.name());
        starts.add(n.start());
        steps.add(n.step());
        lowers.add(n.lower());
        uppers.add(n.upper());
      }
    }
  }

  private int add(String name, double start, OscillationParameter op) {
    names.add(name);
    starts.add(start);
    steps.add(op == OscillationParameter.DM21 ? 0.1 * Math.max(start, 0.1) : 0.02);
    lowers.add(op.lower());
    uppers.add(op.upper());
    return names.size() - 1;
  }

  private static double startValue(OscillationParameter op, MixingParameters p) {
    switch (op) {
      case DM21:
        return p.dm21EV2() / op.unit();
      case SIN2_THETA12:
        return p.sin2Theta12();
      default:
        return p.sin2Theta13();
    }
  }

  /** −2 ln L summed over the terms at the global parameter vector x. */
  public double value(double[] x) {
    MixingParameters nu = sectorParameters(Sector.NU, x);
    MixingParameters nubar = sectorParameters(Sector.NUBAR, x);
    double sum = 0;
    for (int t = 0; t < terms.size(); t++) {
      LikelihoodTerm term = terms.get(t);
      double[] nuis = nuisance(t, x);
      sum += term.chi2(term.sector() == Sector.NU ? nu : nubar, nuis);
    }
    return sum;
  }

  /** −2 ln L of one term at x. */
  public double termValue(int t, double[] x) {
    LikelihoodTerm term = terms.get(t);
    return term.chi2(sectorParameters(term.sector(), x), nuisance(t, x));
  }

  /** The oscillation parameters a sector sees at x (null if no term reads that sector). */
  public MixingParameters sectorParameters(Sector s, double[] x) {
    int[] idx = oscillationIndex.get(s);
    if (idx[0] < 0) {
      return null;
    }
    double dm21 = x[idx[0]] * OscillationParameter.DM21.unit();
    double s12 = clamp01(x[idx[1]]), s13 = clamp01(x[idx[2]]);
    return MixingParameters.ofSin2(
        dm21,
        fixedReference.dm31EV2(),
        s12,
        s13,
        fixedReference.sin2Theta23(),
        fixedReference.delta());
  }

  private static double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  /** The nuisance values of term t at x. */
  public double[] nuisance(int t, double[] x) {
    int n = terms.get(t).nuisanceParameters().size();
    double[] out = new double[n];
    System.arraycopy(x, nuisanceOffset[t], out, 0, n);
    return out;
  }

  /** Global index of a sector's oscillation parameter (−1 if that sector is unused). */
  public int index(Sector s, OscillationParameter p) {
    return oscillationIndex.get(s)[p.ordinal()];
  }

  public List<LikelihoodTerm> terms() {
    return terms;
  }

  public Hypothesis hypothesis() {
    return hypothesis;
  }

  public MixingParameters fixedReference() {
    return fixedReference;
  }

  public List<String> parameterNames() {
    return List.copyOf(names);
  }

  public double[] startValues() {
    return starts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public double[] steps() {
    return steps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public double[] lowerLimits() {
    return lowers.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public double[] upperLimits() {
    return uppers.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Total number of measured quantities. */
  public int dataPoints() {
    return terms.stream().mapToInt(LikelihoodTerm::dataPoints).sum();
  }

  /** The same combination with different terms (e.g. toy data), same hypothesis and reference. */
  public CombinedLikelihood withTerms(List<LikelihoodTerm> newTerms) {
    return new CombinedLikelihood(newTerms, hypothesis, fixedReference);
  }
}
