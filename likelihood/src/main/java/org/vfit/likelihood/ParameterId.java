package org.vfit.likelihood;

import java.io.Serializable;

/**
 * A fit variable: an oscillation parameter, either shared (one entry for every parameter set that
 * reads it) or of one parameter set; the ν̄ − ν difference of one (a model reparametrised for CPT
 * bounds); or a likelihood term's nuisance parameter. {@link #label()} is the one text form (Minuit
 * names, result files, messages) and {@link #parse} reads it back.
 *
 * <p>Labels: {@code dm21} (shared), {@code nubar.dm21} (set {@code nubar}), {@code delta.dm21}
 * (difference), {@code kamland-2011.alpha} (nuisance {@code alpha} of term {@code kamland-2011}).
 */
public sealed interface ParameterId extends Serializable {

  /** The text form. */
  String label();

  /**
   * The oscillation parameter this variable is (or is the difference of), or null for a nuisance.
   */
  OscillationParameter oscillationParameter();

  /** Unit of the variable's fit value ("1e-5 eV^2" for Δm²₂₁ and its difference, else empty). */
  default String fitUnitLabel() {
    OscillationParameter p = oscillationParameter();
    return p == null ? "" : p.fitUnitLabel();
  }

  /**
   * An oscillation parameter: {@code set} null for the shared entry, else the label of the
   * parameter set that owns this copy (a sector, "nu" or "nubar", by default).
   */
  record Oscillation(String set, OscillationParameter parameter) implements ParameterId {
    private static final long serialVersionUID = 1L;

    public Oscillation {
      if (parameter == null
          || (set != null && (set.isEmpty() || set.equals(Difference.PREFIX_SET)))) {
        throw new IllegalArgumentException(
            "an oscillation parameter id needs a parameter and a set other than '' and 'delta' (or"
                + " none), got "
                + set);
      }
    }

    @Override
    public String label() {
      return set == null ? parameter.label() : set + "." + parameter.label();
    }

    @Override
    public OscillationParameter oscillationParameter() {
      return parameter;
    }
  }

  /** ν̄ − ν of an oscillation parameter, a fit variable of a difference model. */
  record Difference(OscillationParameter parameter) implements ParameterId {
    private static final long serialVersionUID = 1L;

    /** Taken by the difference: no parameter set may be called this. */
    static final String PREFIX_SET = "delta";

    static final String PREFIX = PREFIX_SET + ".";

    public Difference {
      if (parameter == null) {
        throw new IllegalArgumentException("a difference id needs a parameter");
      }
    }

    @Override
    public String label() {
      return PREFIX + parameter.label();
    }

    @Override
    public OscillationParameter oscillationParameter() {
      return parameter;
    }
  }

  /**
   * A nuisance parameter of a likelihood term. Term names carry no '.' (dataset names are {@code
   * [a-z0-9][a-z0-9-]*}), so the first '.' of the label separates term and parameter.
   */
  record Nuisance(String term, String name) implements ParameterId {
    private static final long serialVersionUID = 1L;

    public Nuisance {
      if (term == null || term.isEmpty() || term.contains(".") || name == null || name.isEmpty()) {
        throw new IllegalArgumentException(
            "a nuisance id needs a term name without '.' and a parameter name, got "
                + term
                + " and "
                + name);
      }
    }

    @Override
    public String label() {
      return term + "." + name;
    }

    @Override
    public OscillationParameter oscillationParameter() {
      return null;
    }
  }

  /** The entry of {@code p} shared by every parameter set that reads it. */
  static ParameterId shared(OscillationParameter p) {
    return new Oscillation(null, p);
  }

  /** Parameter set {@code set}'s own copy of {@code p}. */
  static ParameterId of(String set, OscillationParameter p) {
    return new Oscillation(set, p);
  }

  /** ν̄ − ν of {@code p}. */
  static ParameterId difference(OscillationParameter p) {
    return new Difference(p);
  }

  /** Nuisance parameter {@code name} of term {@code term}. */
  static ParameterId nuisance(String term, String name) {
    return new Nuisance(term, name);
  }

  /**
   * Reads a {@link #label()}: an oscillation label alone is the shared entry; {@code delta.} before
   * one the difference; any other prefix before one a parameter set's copy; anything else with a
   * '.' a nuisance parameter.
   *
   * @throws IllegalArgumentException for text that is none of these (no '.' and no parameter)
   */
  static ParameterId parse(String text) {
    for (OscillationParameter p : OscillationParameter.values()) {
      String suffix = "." + p.label();
      if (text.equals(p.label())) {
        return shared(p);
      }
      if (text.equals(Difference.PREFIX + p.label())) {
        return difference(p);
      }
      if (text.length() > suffix.length() && text.endsWith(suffix)) {
        return of(text.substring(0, text.length() - suffix.length()), p);
      }
    }
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new IllegalArgumentException(
          "unknown parameter '"
              + text
              + "': expected [set.|delta.]dm21|sin2theta12|sin2theta13 or term.nuisance");
    }
    return nuisance(text.substring(0, dot), text.substring(dot + 1));
  }
}
