package org.vfit.likelihood;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.vfit.oscillation.MixingParameters;

/**
 * A sum of likelihood terms under a {@link Hypothesis}: the global parameter vector (oscillation
 * parameters per the hypothesis' sharing, then each term's nuisance parameters) is mapped onto each
 * term's parameter set and nuisance values. By default ({@link TermGroups#bySector()}) solar terms
 * read the ν set and reactor terms the ν̄ set; a shared parameter is one entry read by both. With
 * explicit {@link TermGroups} there are as many sets as groups (e.g. the ν̄ data split by
 * baseline), and a parameter the hypothesis frees gets one entry per group that reads it.
 *
 * <p>Parameters the fit does not vary (Δm²₃₁, θ₂₃, δ) are taken from {@code fixedReference}.
 * Thread-safe if the terms are.
 */
public final class CombinedLikelihood {
  private final List<LikelihoodTerm> terms;
  private final Hypothesis hypothesis;
  private final TermGroups grouping;
  private final MixingParameters fixedReference;
  private final List<ParameterId> ids = new ArrayList<>();
  private final List<Double> starts = new ArrayList<>();
  private final List<Double> steps = new ArrayList<>();
  private final List<Double> lowers = new ArrayList<>();
  private final List<Double> uppers = new ArrayList<>();

  /** The parameter sets with at least one term, in fit-vector order. */
  private final List<ResolvedGroup> groups = new ArrayList<>();

  /** Index into {@link #groups} of each term's set. */
  private final int[] termGroup;

  /** Number of oscillation entries at the head of the global vector. */
  private final int oscillationEntries;

  private final int[] nuisanceOffset;

  /**
   * A parameter set as built: its label, sector, the parameters its terms read, and the position of
   * each oscillation parameter in the global vector.
   */
  private record ResolvedGroup(
      String label, Sector sector, EnumSet<OscillationParameter> reads, int[] index) {}

  /**
   * @param terms the likelihood terms
   * @param hypothesis which parameters the sectors share
   * @param start starting oscillation parameters (both sectors)
   */
  public CombinedLikelihood(
      List<LikelihoodTerm> terms, Hypothesis hypothesis, MixingParameters start) {
    this(terms, hypothesis, start, TermGroups.bySector());
  }

  /**
   * @param terms the likelihood terms
   * @param hypothesis which parameters all parameter sets share
   * @param start starting oscillation parameters (every set)
   * @param grouping which terms form a parameter set
   * @throws IllegalArgumentException if a group lists a term of the other sector
   */
  public CombinedLikelihood(
      List<LikelihoodTerm> terms,
      Hypothesis hypothesis,
      MixingParameters start,
      TermGroups grouping) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("a likelihood needs at least one term");
    }
    this.terms = List.copyOf(terms);
    this.hypothesis = hypothesis;
    this.grouping = grouping;
    this.fixedReference = start;
    this.termGroup = new int[this.terms.size()];
    resolveGroups();
    for (OscillationParameter op : OscillationParameter.values()) {
      int k = op.ordinal();
      double s = startValue(op, start);
      List<ResolvedGroup> readers = new ArrayList<>();
      for (ResolvedGroup g : groups) {
        if (g.reads().contains(op)) {
          readers.add(g);
        }
      }
      if (readers.size() <= 1 || hypothesis.isShared(op)) {
        int idx = add(ParameterId.shared(op), s, op);
        for (ResolvedGroup g : groups) {
          g.index()[k] = idx;
        }
      } else {
        for (ResolvedGroup g : readers) {
          g.index()[k] = add(ParameterId.of(g.label(), op), s, op);
        }
        // A set that does not read the parameter points at the first copy: its terms ignore the
        // value, and the vector carries no entry that no data constrain.
        for (ResolvedGroup g : groups) {
          if (!g.reads().contains(op)) {
            g.index()[k] = readers.get(0).index()[k];
          }
        }
      }
    }
    oscillationEntries = ids.size();
    nuisanceOffset = new int[this.terms.size()];
    for (int t = 0; t < this.terms.size(); t++) {
      nuisanceOffset[t] = ids.size();
      for (NuisanceParameter n : this.terms.get(t).nuisanceParameters()) {
        ids.add(ParameterId.nuisance(this.terms.get(t).name(), n.name()));
        starts.add(n.start());
        steps.add(n.step());
        lowers.add(n.lower());
        uppers.add(n.upper());
      }
    }
  }

  /**
   * Explicit groups with a term present, in their order, then each sector's default group (ν, then
   * ν̄) for the terms no explicit group lists. With the default grouping this is (ν, ν̄).
   */
  private void resolveGroups() {
    int[] assigned = new int[terms.size()];
    java.util.Arrays.fill(assigned, -1);
    for (TermGroups.Group g : grouping.groups()) {
      int gi = -1;
      for (int t = 0; t < terms.size(); t++) {
        LikelihoodTerm term = terms.get(t);
        if (!g.terms().contains(term.name())) {
          continue;
        }
        if (term.sector() != g.sector()) {
          throw new IllegalArgumentException(
              "group "
                  + g.label()
                  + " is a "
                  + g.sector().label()
                  + " group but term "
                  + term.name()
                  + " reads the "
                  + term.sector().label()
                  + " parameters");
        }
        if (gi < 0) {
          gi = groups.size();
          groups.add(newGroup(g.label(), g.sector(), g.reads()));
        }
        assigned[t] = gi;
      }
    }
    for (Sector s : Sector.values()) {
      int gi = -1;
      for (int t = 0; t < terms.size(); t++) {
        if (assigned[t] >= 0 || terms.get(t).sector() != s) {
          continue;
        }
        if (gi < 0) {
          gi = groups.size();
          groups.add(newGroup(s.label(), s, EnumSet.allOf(OscillationParameter.class)));
        }
        assigned[t] = gi;
      }
    }
    System.arraycopy(assigned, 0, termGroup, 0, assigned.length);
  }

  private static ResolvedGroup newGroup(
      String label, Sector sector, java.util.Set<OscillationParameter> reads) {
    int[] index = new int[OscillationParameter.values().length];
    java.util.Arrays.fill(index, -1);
    EnumSet<OscillationParameter> r = EnumSet.noneOf(OscillationParameter.class);
    r.addAll(reads);
    return new ResolvedGroup(label, sector, r, index);
  }

  private int add(ParameterId id, double start, OscillationParameter op) {
    ids.add(id);
    starts.add(start);
    steps.add(op == OscillationParameter.DM21 ? 0.1 * Math.max(start, 0.1) : 0.02);
    lowers.add(op.lower());
    uppers.add(op.upper());
    return ids.size() - 1;
  }

  private static double startValue(OscillationParameter op, MixingParameters p) {
    switch (op) {
      case DM21:
        return op.toFit(p.dm21EV2());
      case SIN2_THETA12:
        return p.sin2Theta12();
      default:
        return p.sin2Theta13();
    }
  }

  /** −2 ln L summed over the terms at the global parameter vector x. */
  public double value(double[] x) {
    MixingParameters[] byGroup = new MixingParameters[groups.size()];
    for (int g = 0; g < byGroup.length; g++) {
      byGroup[g] = parameters(groups.get(g).index(), x);
    }
    double sum = 0;
    for (int t = 0; t < terms.size(); t++) {
      LikelihoodTerm term = terms.get(t);
      double[] nuis = nuisance(t, x);
      sum += term.chi2(byGroup[termGroup[t]], nuis);
    }
    return sum;
  }

  /** −2 ln L of one term at x. */
  public double termValue(int t, double[] x) {
    LikelihoodTerm term = terms.get(t);
    return term.chi2(termParameters(t, x), nuisance(t, x));
  }

  /** The oscillation parameters term t sees at x. */
  public MixingParameters termParameters(int t, double[] x) {
    return parameters(groups.get(termGroup[t]).index(), x);
  }

  /**
   * The oscillation parameters a sector sees at x (null if no term reads that sector). With several
   * groups in the sector, each parameter is that of the sector's first group reading it; {@link
   * #groupParameters} gives a group's own.
   */
  public MixingParameters sectorParameters(Sector s, double[] x) {
    int[] idx = new int[OscillationParameter.values().length];
    for (OscillationParameter p : OscillationParameter.values()) {
      idx[p.ordinal()] = index(s, p);
    }
    if (idx[0] < 0) {
      return null;
    }
    return parameters(idx, x);
  }

  /** The oscillation parameters of a parameter set at x (null if there is no such set). */
  public MixingParameters groupParameters(String label, double[] x) {
    ResolvedGroup g = group(label);
    return g == null ? null : parameters(g.index(), x);
  }

  private MixingParameters parameters(int[] idx, double[] x) {
    double dm21 = OscillationParameter.DM21.toPhysical(x[idx[0]]);
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

  /**
   * Global index of a sector's oscillation parameter (−1 if that sector is unused): that of the
   * sector's first set that reads it (with the default grouping, the sector's only set).
   */
  public int index(Sector s, OscillationParameter p) {
    ResolvedGroup first = null;
    for (ResolvedGroup g : groups) {
      if (g.sector() != s) {
        continue;
      }
      if (g.reads().contains(p)) {
        return g.index()[p.ordinal()];
      }
      if (first == null) {
        first = g;
      }
    }
    return first == null ? -1 : first.index()[p.ordinal()];
  }

  /** Global index of a parameter set's oscillation parameter (−1 if there is no such set). */
  public int index(String group, OscillationParameter p) {
    ResolvedGroup g = group(group);
    return g == null ? -1 : g.index()[p.ordinal()];
  }

  private ResolvedGroup group(String label) {
    for (ResolvedGroup g : groups) {
      if (g.label().equals(label)) {
        return g;
      }
    }
    return null;
  }

  /**
   * Labels of the parameter sets that have terms, in fit-vector order ("nu", "nubar" by default).
   */
  public List<String> groupLabels() {
    return groups.stream().map(ResolvedGroup::label).toList();
  }

  /** The sector of a parameter set. */
  public Sector groupSector(String label) {
    ResolvedGroup g = group(label);
    if (g == null) {
      throw new IllegalArgumentException(
          "no parameter set " + label + " (have " + groupLabels() + ")");
    }
    return g.sector();
  }

  /** Whether the terms of a parameter set depend on {@code p}. */
  public boolean groupReads(String label, OscillationParameter p) {
    ResolvedGroup g = group(label);
    return g != null && g.reads().contains(p);
  }

  /** Label of the parameter set term t reads. */
  public String groupOf(int t) {
    return groups.get(termGroup[t]).label();
  }

  /** The grouping this combination was built with. */
  public TermGroups grouping() {
    return grouping;
  }

  /** Whether global entry i is an oscillation parameter (they come before every nuisance). */
  public boolean isOscillationEntry(int i) {
    return i >= 0 && i < oscillationEntries;
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

  /** The fit variables, in vector order. */
  public List<ParameterId> parameterIds() {
    return List.copyOf(ids);
  }

  /** Position of a fit variable, −1 if there is none. */
  public int index(ParameterId id) {
    return ids.indexOf(id);
  }

  /** The variables' labels ({@link ParameterId#label()}), in vector order. */
  public List<String> parameterNames() {
    return ids.stream().map(ParameterId::label).toList();
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

  /**
   * The same combination with different terms (e.g. toy data), same hypothesis and reference; the
   * new term at each position joins the parameter set of the old one (toy terms may be renamed).
   */
  public CombinedLikelihood withTerms(List<LikelihoodTerm> newTerms) {
    return new CombinedLikelihood(newTerms, hypothesis, fixedReference, groupingFor(newTerms));
  }

  /**
   * This grouping carried over to other terms by position: the term replacing term t joins t's
   * explicit group. Toy and Asimov terms may have other names than the data they were drawn from.
   *
   * @throws IllegalArgumentException if the number of terms differs
   */
  public TermGroups groupingFor(List<LikelihoodTerm> newTerms) {
    if (newTerms.size() != terms.size()) {
      throw new IllegalArgumentException(
          "expected " + terms.size() + " terms in place of " + terms + ", got " + newTerms.size());
    }
    if (grouping.isBySector()) {
      return grouping;
    }
    List<TermGroups.Group> out = new ArrayList<>();
    for (TermGroups.Group g : grouping.groups()) {
      List<String> names = new ArrayList<>();
      for (int t = 0; t < terms.size(); t++) {
        if (g.terms().contains(terms.get(t).name())) {
          names.add(newTerms.get(t).name());
        }
      }
      if (!names.isEmpty()) {
        out.add(new TermGroups.Group(g.label(), g.sector(), names, g.reads()));
      }
    }
    return new TermGroups(out);
  }
}
