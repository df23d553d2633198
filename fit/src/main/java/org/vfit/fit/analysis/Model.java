package org.vfit.fit.analysis;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.TermGroups;
import org.vfit.oscillation.MixingParameters;

/**
 * What a fit minimises: the terms of a {@link TermSource} combined under a {@link Hypothesis}
 * ({@link CombinedLikelihood}), optionally reparametrised so that a ν̄ − ν difference is itself a
 * fit variable. Serialisable, so that scan and toy work units can be rebuilt in another JVM; the
 * likelihood is built lazily there and cached.
 *
 * <p>The <em>global</em> vector is the {@link CombinedLikelihood}'s (oscillation parameters, then
 * nuisances). The <em>model</em> vector is the same except, in a difference model, at the ν̄ entry
 * of the chosen parameter, which holds δ = ν̄ − ν. Positions never move, so every index in the
 * global vector is also an index in the model vector.
 */
public final class Model implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final TermSource source;
  private final String hypothesisName;
  private final EnumSet<OscillationParameter> shared;
  private final Reference reference;

  /** Which terms form a parameter set; null (from older serialised forms) means by sector. */
  private final TermGroups groups;

  /** The parameter whose ν̄ entry holds ν̄ − ν, or null for the plain parametrisation. */
  private final OscillationParameter difference;

  /**
   * Oscillation parameters held at their start values in every sector (θ₁₃ fixed at a chosen value
   * is the use): {@link Fitter} fixes them, whatever the fit options say.
   */
  private final EnumSet<OscillationParameter> held;

  private transient volatile CombinedLikelihood likelihood;
  private transient volatile Wall wall;

  private Model(
      TermSource source,
      String hypothesisName,
      EnumSet<OscillationParameter> shared,
      Reference reference,
      TermGroups groups,
      OscillationParameter difference,
      EnumSet<OscillationParameter> held,
      CombinedLikelihood built) {
    this.source = source;
    this.hypothesisName = hypothesisName;
    this.shared = shared.clone();
    this.reference = reference;
    this.groups = groups == null ? TermGroups.bySector() : groups;
    this.difference = difference;
    this.held = held.clone();
    this.likelihood = built;
  }

  private static EnumSet<OscillationParameter> none() {
    return EnumSet.noneOf(OscillationParameter.class);
  }

  /**
   * The terms of {@code source} under {@code hypothesis}; unvaried parameters and starts from
   * {@code reference}.
   */
  public static Model of(TermSource source, Hypothesis hypothesis, MixingParameters reference) {
    return of(source, hypothesis, reference, TermGroups.bySector());
  }

  /**
   * The terms of {@code source} grouped into parameter sets by {@code groups} (e.g. the ν̄ data by
   * baseline) under {@code hypothesis}, which says which parameters all sets share.
   */
  public static Model of(
      TermSource source, Hypothesis hypothesis, MixingParameters reference, TermGroups groups) {
    return new Model(
        source,
        hypothesis.name(),
        sharedSet(hypothesis),
        Reference.of(reference),
        groups,
        null,
        none(),
        null);
  }

  /** The model of an existing combination (its terms held in memory). */
  public static Model of(CombinedLikelihood l) {
    return new Model(
        TermSource.of(l.terms()),
        l.hypothesis().name(),
        sharedSet(l.hypothesis()),
        Reference.of(l.fixedReference()),
        l.grouping(),
        null,
        none(),
        l);
  }

  private static EnumSet<OscillationParameter> sharedSet(Hypothesis h) {
    EnumSet<OscillationParameter> s = EnumSet.noneOf(OscillationParameter.class);
    s.addAll(h.shared());
    return s;
  }

  /** The same terms under another hypothesis (plain parametrisation). */
  public Model withHypothesis(Hypothesis h) {
    return new Model(source, h.name(), sharedSet(h), reference, groups, null, held, null);
  }

  /** The same hypothesis and reference on other terms (toy or Asimov data). */
  public Model withTerms(List<LikelihoodTerm> terms) {
    // The new terms join the sets of the terms they replace (toy terms carry other names).
    TermGroups carried = groups.isBySector() ? groups : likelihood().groupingFor(terms);
    return new Model(
        TermSource.of(terms), hypothesisName, shared, reference, carried, difference, held, null);
  }

  /**
   * This model with δ = ν̄ − ν of {@code p} as the fit variable in place of the ν̄ value, so that
   * MIGRAD, MINOS and profiles treat the difference like any parameter (the form of published CPT
   * bounds, docs/design.md §1).
   *
   * @throws IllegalArgumentException unless both sectors have their own {@code p}
   */
  public Model withDifference(OscillationParameter p) {
    Model plain =
        new Model(source, hypothesisName, shared, reference, groups, null, held, likelihood);
    if (!plain.separates(p)) {
      throw new IllegalArgumentException(
          "the difference nubar - nu of "
              + p.label()
              + " needs data of both sectors and a hypothesis with separate "
              + p.label()
              + " (H1); have "
              + hypothesisName
              + " on "
              + source.description());
    }
    return new Model(source, hypothesisName, shared, reference, groups, p, held, likelihood);
  }

  /**
   * This model with {@code p} held at the reference value in every sector (e.g. θ₁₃ fixed at a
   * chosen value: give the value in the reference).
   */
  public Model withHeld(OscillationParameter p) {
    EnumSet<OscillationParameter> h = held.clone();
    h.add(p);
    return new Model(source, hypothesisName, shared, reference, groups, difference, h, likelihood);
  }

  /** The parameters held in every sector. */
  public java.util.Set<OscillationParameter> held() {
    return java.util.Collections.unmodifiableSet(held);
  }

  /** The fit variables that are held (every parameter set's entry of each held parameter). */
  public List<ParameterId> heldIds() {
    List<ParameterId> out = new ArrayList<>();
    List<ParameterId> ids = ids();
    for (OscillationParameter p : held) {
      for (String g : likelihood().groupLabels()) {
        int i = likelihood().index(g, p);
        if (i >= 0 && !out.contains(ids.get(i))) {
          out.add(ids.get(i));
        }
      }
    }
    return out;
  }

  /** The same model without the difference reparametrisation. */
  public Model plain() {
    return difference == null
        ? this
        : new Model(source, hypothesisName, shared, reference, groups, null, held, likelihood);
  }

  public TermSource source() {
    return source;
  }

  public Hypothesis hypothesis() {
    return new Hypothesis(hypothesisName, shared);
  }

  public Reference reference() {
    return reference;
  }

  /** Which terms form a parameter set. */
  public TermGroups groups() {
    return groups;
  }

  /** The reparametrised parameter, or null. */
  public OscillationParameter difference() {
    return difference;
  }

  /** The combination, built on first use. Thread-safe. */
  public CombinedLikelihood likelihood() {
    CombinedLikelihood l = likelihood;
    if (l == null) {
      synchronized (this) {
        l = likelihood;
        if (l == null) {
          l = new CombinedLikelihood(source.terms(), hypothesis(), reference.toMixing(), groups);
          likelihood = l;
        }
      }
    }
    return l;
  }

  /** Whether some term reads the sector. */
  public boolean hasSector(Sector s) {
    return likelihood().index(s, OscillationParameter.DM21) >= 0;
  }

  /** Whether ν and ν̄ each have their own {@code p} (both sectors present and p not shared). */
  public boolean separates(OscillationParameter p) {
    return copies(p) > 1;
  }

  /**
   * Number of distinct entries of {@code p} among the parameter sets that read it: 1 when tied (or
   * read by one set only), the number of reading sets when free, 0 when no set reads it.
   */
  public int copies(OscillationParameter p) {
    CombinedLikelihood l = likelihood();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (String g : l.groupLabels()) {
      if (l.groupReads(g, p)) {
        seen.add(l.index(g, p));
      }
    }
    return seen.size();
  }

  /** Position of a parameter set's parameter in the global vector, −1 if there is no such set. */
  public int index(String group, OscillationParameter p) {
    return likelihood().index(group, p);
  }

  /**
   * Position of a sector's parameter in the global (and model) vector, −1 if that sector is unused.
   */
  public int index(Sector s, OscillationParameter p) {
    return likelihood().index(s, p);
  }

  /** Position of a fit variable in the model vector, −1 if there is none. */
  public int index(ParameterId id) {
    return ids().indexOf(id);
  }

  private int[] differencePair() {
    CombinedLikelihood l = likelihood();
    return new int[] {l.index(Sector.NU, difference), l.index(Sector.NUBAR, difference)};
  }

  /** The fit variables of the model vector: the likelihood's, with ν̄ − ν in a difference model. */
  public List<ParameterId> ids() {
    List<ParameterId> n = new ArrayList<>(likelihood().parameterIds());
    if (difference != null) {
      n.set(differencePair()[1], ParameterId.difference(difference));
    }
    return List.copyOf(n);
  }

  /** Labels of {@link #ids()}: the names Minuit and the result files use. */
  public List<String> names() {
    return ids().stream().map(ParameterId::label).toList();
  }

  public double[] start() {
    return fromGlobal(likelihood().startValues());
  }

  public double[] steps() {
    return likelihood().steps();
  }

  public double[] lower() {
    double[] lo = likelihood().lowerLimits();
    if (difference != null) {
      int[] d = differencePair();
      lo[d[1]] = lo[d[1]] - likelihood().upperLimits()[d[0]];
    }
    return lo;
  }

  public double[] upper() {
    double[] up = likelihood().upperLimits();
    if (difference != null) {
      int[] d = differencePair();
      up[d[1]] = up[d[1]] - likelihood().lowerLimits()[d[0]];
    }
    return up;
  }

  /**
   * −2 ln L at model vector y. In a difference model ν̄ = ν + δ can leave its own limits although
   * both fit variables are inside theirs; it is then evaluated at the limit and a pull of one unit
   * of χ² per initial step beyond it is added, a smooth wall in the spirit of Minuit's penalty for
   * out-of-range parameters that keeps the function continuous for MIGRAD. A non-finite parameter
   * (a minimisation that has already failed) gives NaN, which Minuit reports as an invalid minimum,
   * rather than an exception from the physics.
   */
  public double value(double[] y) {
    for (double v : y) {
      if (!Double.isFinite(v)) {
        return Double.NaN;
      }
    }
    if (difference == null) {
      return likelihood().value(y);
    }
    Wall w = wall();
    double[] x = toGlobal(y);
    double excess =
        x[w.index] < w.lower
            ? w.lower - x[w.index]
            : (x[w.index] > w.upper ? x[w.index] - w.upper : 0.0);
    if (excess > 0) {
      x[w.index] = Math.max(w.lower, Math.min(w.upper, x[w.index]));
      return likelihood().value(x) + (excess / w.step) * (excess / w.step);
    }
    return likelihood().value(x);
  }

  /** The ν̄ entry of a difference model: its position, limits and step, looked up once. */
  private record Wall(int index, double lower, double upper, double step) {}

  private Wall wall() {
    Wall w = wall;
    if (w == null) {
      CombinedLikelihood l = likelihood();
      int j = differencePair()[1];
      w = new Wall(j, l.lowerLimits()[j], l.upperLimits()[j], l.steps()[j]);
      wall = w;
    }
    return w;
  }

  /** Global vector of a model vector. */
  public double[] toGlobal(double[] y) {
    double[] x = y.clone();
    if (difference != null) {
      int[] d = differencePair();
      x[d[1]] = y[d[0]] + y[d[1]];
    }
    return x;
  }

  /** Model vector of a global vector. */
  public double[] fromGlobal(double[] x) {
    double[] y = x.clone();
    if (difference != null) {
      int[] d = differencePair();
      y[d[1]] = x[d[1]] - x[d[0]];
    }
    return y;
  }

  /** Covariance of the global vector from that of the model vector (x = J·y is linear). */
  public double[][] toGlobalCovariance(double[][] cy) {
    int n = cy.length;
    double[][] c = new double[n][];
    for (int i = 0; i < n; i++) {
      c[i] = cy[i].clone();
    }
    if (difference == null) {
      return c;
    }
    int[] d = differencePair();
    int a = d[0];
    int b = d[1];
    // Row and column b of J·C·Jᵀ with J = 1 + e_b e_aᵀ: x_b = y_a + y_b.
    for (int k = 0; k < n; k++) {
      c[b][k] = cy[a][k] + cy[b][k];
    }
    for (int k = 0; k < n; k++) {
      c[k][b] = c[b][k];
    }
    c[b][b] = cy[a][a] + 2 * cy[a][b] + cy[b][b];
    return c;
  }

  /**
   * This model's global vector built from another model's global vector on the same terms: each
   * oscillation parameter takes the value the other model gives its sector, each nuisance parameter
   * the value of the same nuisance (term and name). Maps an H0 minimum to the equivalent H1 point,
   * whose χ² is then the same.
   */
  public double[] transfer(Model from, double[] fromGlobal) {
    CombinedLikelihood mine = likelihood();
    CombinedLikelihood theirs = from.likelihood();
    double[] x = mine.startValues();
    for (String g : mine.groupLabels()) {
      for (OscillationParameter p : OscillationParameter.values()) {
        // Only where both read p: a set that ignores p points at another set's entry, whose value
        // must not be overwritten with one no data of this set determined.
        if (!mine.groupReads(g, p) || !theirs.groupReads(g, p)) {
          continue;
        }
        x[mine.index(g, p)] = fromGlobal[theirs.index(g, p)];
      }
    }
    List<ParameterId> myIds = mine.parameterIds();
    for (int i = 0; i < myIds.size(); i++) {
      int j = theirs.index(myIds.get(i));
      if (j >= 0 && !isOscillation(mine, i)) {
        x[i] = fromGlobal[j];
      }
    }
    return x;
  }

  private static boolean isOscillation(CombinedLikelihood l, int i) {
    return l.isOscillationEntry(i);
  }

  /** One-line description: hypothesis, parametrisation and terms. */
  public String description() {
    String tied =
        shared.isEmpty()
            ? "nothing shared"
            : "shared "
                + String.join(", ", shared.stream().map(OscillationParameter::label).toList());
    return hypothesisName
        + " ("
        + tied
        + ")"
        + (difference == null ? "" : " with " + ParameterId.difference(difference).label())
        + (groups.isBySector() ? "" : " in sets " + String.join(", ", likelihood().groupLabels()))
        + (held.isEmpty()
            ? ""
            : ", held: "
                + String.join(", ", held.stream().map(OscillationParameter::label).toList()))
        + " on "
        + source.description();
  }

  @Override
  public String toString() {
    return "Model[" + description() + "]";
  }
}
