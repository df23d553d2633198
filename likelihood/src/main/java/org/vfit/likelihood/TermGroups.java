package org.vfit.likelihood;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the terms of a {@link CombinedLikelihood} are grouped into parameter sets. By default ({@link
 * #bySector()}) there is one set per {@link Sector}: every solar term reads the ν set, every
 * reactor term the ν̄ set, and the {@link Hypothesis} ties or frees the two (H0, H1). Explicit
 * groups split a sector further — e.g. the ν̄ data by baseline (Daya Bay, JUNO, KamLAND) — so that
 * a hypothesis that frees a parameter gives each group its own copy of it; a term not named in any
 * group falls into its sector's default group.
 *
 * <p>A group may read only some oscillation parameters (Daya Bay's θ₁₃ constraint reads θ₁₃ alone):
 * a freed parameter then gets a copy only in the groups that read it, so a group never carries a
 * parameter no data constrain.
 *
 * @param groups the explicit groups, in the order their parameters appear in the fit vector; empty
 *     for the default of one group per sector
 */
public record TermGroups(List<Group> groups) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * One parameter set.
   *
   * @param label name of the set, also the prefix of its parameters ({@code label.dm21}); letters,
   *     digits, '-', '_' and '.'
   * @param sector the sector of its terms (a group never mixes ν and ν̄ data)
   * @param terms names of the terms in the group ({@link LikelihoodTerm#name()})
   * @param reads the oscillation parameters its terms depend on
   */
  public record Group(
      String label, Sector sector, List<String> terms, Set<OscillationParameter> reads)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    public Group {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(sector, "sector");
      if (!label.matches("[A-Za-z0-9][A-Za-z0-9_.+-]*")) {
        throw new IllegalArgumentException(
            "group label '" + label + "': use letters, digits, '-', '_', '+' and '.'");
      }
      if (label.equals("delta")) {
        // delta.dm21 names the ν̄ − ν difference (ParameterId.Difference), not a set's copy.
        throw new IllegalArgumentException(
            "group label 'delta' is reserved for nubar - nu differences (delta.dm21)");
      }
      terms = List.copyOf(terms);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("group " + label + " has no terms");
      }
      // EnumSet for a stable iteration order; copied so that the caller cannot change it.
      EnumSet<OscillationParameter> r = EnumSet.noneOf(OscillationParameter.class);
      r.addAll(reads);
      if (r.isEmpty()) {
        throw new IllegalArgumentException("group " + label + " reads no oscillation parameter");
      }
      reads = r;
    }

    @Override
    public Set<OscillationParameter> reads() {
      return EnumSet.copyOf(reads);
    }

    public boolean readsParameter(OscillationParameter p) {
      return reads.contains(p);
    }
  }

  public TermGroups {
    groups = List.copyOf(groups);
    List<String> labels = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (Group g : groups) {
      if (labels.contains(g.label())) {
        throw new IllegalArgumentException("group label " + g.label() + " used twice");
      }
      labels.add(g.label());
      for (String t : g.terms()) {
        if (terms.contains(t)) {
          throw new IllegalArgumentException("term " + t + " is in two groups");
        }
        terms.add(t);
      }
    }
    for (Sector s : Sector.values()) {
      if (labels.contains(s.label())
          && groups.stream().anyMatch(g -> g.label().equals(s.label()) && g.sector() != s)) {
        throw new IllegalArgumentException(
            "group label " + s.label() + " is reserved for the " + s.label() + " sector");
      }
    }
  }

  /** The default: one group per sector, reading every parameter (H0/H1 of the ν–ν̄ test). */
  public static TermGroups bySector() {
    return new TermGroups(List.of());
  }

  /** Whether this is the default grouping. */
  public boolean isBySector() {
    return groups.isEmpty();
  }

  /** The explicit group that lists a term, or null when the term is in its sector's default. */
  public Group groupOf(String termName) {
    for (Group g : groups) {
      if (g.terms().contains(termName)) {
        return g;
      }
    }
    return null;
  }
}
