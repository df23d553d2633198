package org.vfit.fit.analysis;

import java.util.Locale;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;

/**
 * A physics quantity a profile can be taken in: an oscillation parameter shared by the sectors
 * ({@code dm21}), one sector's own ({@code nu.dm21}, {@code nubar.sin2theta12}), or the ν̄ − ν
 * difference ({@code delta.dm21}, {@code delta.sin2theta12}). Its text form is that of the fit
 * variable it names in the default grouping ({@link #id()}); {@link #index} finds it in any model
 * (a sector's parameter is the shared entry when the hypothesis ties the sectors).
 *
 * @param kind which of the four
 * @param parameter the oscillation parameter
 */
public record PhysicsParameter(Kind kind, OscillationParameter parameter) {

  /** Whose value it is. */
  public enum Kind {
    /** The value both sectors share (H0), or that of the only sector with data. */
    SHARED,
    NU,
    NUBAR,
    /** ν̄ minus ν (H1). */
    DIFFERENCE
  }

  /**
   * Parses {@code [nu.|nubar.|delta.]dm21|sin2theta12|sin2theta13} (any case, blanks around it).
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static PhysicsParameter parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    ParameterId id = null;
    try {
      id = ParameterId.parse(t);
    } catch (IllegalArgumentException e) {
      // reported below, in this quantity's own terms
    }
    if (id instanceof ParameterId.Difference d) {
      return new PhysicsParameter(Kind.DIFFERENCE, d.parameter());
    }
    if (id instanceof ParameterId.Oscillation o) {
      if (o.set() == null) {
        return new PhysicsParameter(Kind.SHARED, o.parameter());
      }
      for (Sector s : Sector.values()) {
        if (s.label().equals(o.set())) {
          return new PhysicsParameter(s == Sector.NU ? Kind.NU : Kind.NUBAR, o.parameter());
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown parameter '"
            + text
            + "': expected [nu.|nubar.|delta.]"
            + "dm21|sin2theta12|sin2theta13, e.g. nubar.dm21 or delta.sin2theta12");
  }

  /**
   * The fit variable this quantity is in the default grouping by sector: the shared entry, a
   * sector's copy, or the difference.
   */
  public ParameterId id() {
    return switch (kind) {
      case SHARED -> ParameterId.shared(parameter);
      case NU -> ParameterId.of(Sector.NU.label(), parameter);
      case NUBAR -> ParameterId.of(Sector.NUBAR.label(), parameter);
      case DIFFERENCE -> ParameterId.difference(parameter);
    };
  }

  /** The text form, e.g. {@code delta.dm21}. */
  public String label() {
    return id().label();
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
                  + ": profile "
                  + new PhysicsParameter(Kind.NU, parameter).label()
                  + ", "
                  + new PhysicsParameter(Kind.NUBAR, parameter).label()
                  + " or "
                  + new PhysicsParameter(Kind.DIFFERENCE, parameter).label()
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

  /** Unit of grids given in fit units, for messages and tables. */
  public String fitUnitLabel() {
    return parameter.fitUnitLabel();
  }

  /** Unit of physical values, for JSON output. */
  public String unitLabel() {
    return parameter.physicalUnitLabel();
  }
}
