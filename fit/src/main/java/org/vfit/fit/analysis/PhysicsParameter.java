package org.vfit.fit.analysis;

import java.util.Locale;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;

/**
 * A physics quantity a profile can be taken in: an oscillation parameter shared by the sectors
 * ({@code dm21}), one sector's own ({@code nu.dm21}, {@code nubar.sin2theta12}), or the ν̄ − ν
 * difference ({@code delta.dm21}, {@code delta.sin2theta12}).
 *
 * @param kind which of the four
 * @param parameter the oscillation parameter
 */
public record PhysicsParameter(Kind kind, OscillationParameter parameter) {

  /** Whose value it is. */
  public enum Kind {
    /** The value both sectors share (H0), or that of the only sector with data. */
    SHARED(""),
    NU("nu."),
    NUBAR("nubar."),
    /** ν̄ minus ν (H1). */
    DIFFERENCE("delta.");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /**
   * Parses {@code [nu.|nubar.|delta.]dm21|sin2theta12|sin2theta13}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static PhysicsParameter parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Kind k : new Kind[] {Kind.NU, Kind.NUBAR, Kind.DIFFERENCE, Kind.SHARED}) {
      if (!k.prefix.isEmpty() && !t.startsWith(k.prefix)) {
        continue;
      }
      String rest = t.substring(k.prefix.length());
      for (OscillationParameter p : OscillationParameter.values()) {
        if (p.label().equals(rest)) {
          return new PhysicsParameter(k, p);
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown parameter '"
            + text
            + "': expected [nu.|nubar.|delta.]"
            + "dm21|sin2theta12|sin2theta13, e.g. nubar.dm21 or delta.sin2theta12");
  }

  /** The text form, e.g. {@code delta.dm21}. */
  public String label() {
    return kind.prefix + parameter.label();
  }

  /** The model in which this quantity is a fit variable: the difference parametrisation for δ. */
  public Model modelFor(Model base) {
    return kind == Kind.DIFFERENCE ? base.withDifference(parameter) : base;
  }

  /**
   * Position of the quantity in the vector of {@link #modelFor}(model).
   *
   * @throws IllegalArgumentException if the data or hypothesis do not have it
   */
  public int index(Model model) {
    return switch (kind) {
      case SHARED -> {
        int a = model.index(Sector.NU, parameter);
        int b = model.index(Sector.NUBAR, parameter);
        if (a >= 0 && b >= 0 && a != b) {
          throw new IllegalArgumentException(
              parameter.label()
                  + " is separate for nu and nubar under "
                  + model.hypothesis().name()
                  + ": profile nu."
                  + parameter.label()
                  + ", nubar."
                  + parameter.label()
                  + " or delta."
                  + parameter.label()
                  + ", or use H0");
        }
        yield Math.max(a, b);
      }
      case NU, NUBAR -> {
        Sector s = kind == Kind.NU ? Sector.NU : Sector.NUBAR;
        int i = model.index(s, parameter);
        if (i < 0) {
          throw new IllegalArgumentException(
              "no dataset reads the "
                  + s.label()
                  + " sector, so there is no "
                  + label()
                  + " (datasets: "
                  + model.source().description()
                  + ")");
        }
        yield i;
      }
      case DIFFERENCE -> {
        if (model.difference() != parameter) {
          throw new IllegalArgumentException(
              label()
                  + " needs the model reparametrised with "
                  + "Model.withDifference("
                  + parameter
                  + ")");
        }
        yield model.index(Sector.NUBAR, parameter);
      }
    };
  }

  /** Physical value of one fit unit (1e-5 eV² for Δm²₂₁). */
  public double unit() {
    return parameter.unit();
  }

  /** Unit of grids given in fit units, for messages and tables. */
  public String fitUnitLabel() {
    return parameter == OscillationParameter.DM21 ? "1e-5 eV^2" : "";
  }

  /** Unit of physical values, for JSON output. */
  public String unitLabel() {
    return parameter == OscillationParameter.DM21 ? "eV^2" : "";
  }
}
