package org.vfit.fit.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.TermGroups;

/**
 * Baseline classes from the data: every term must record its baseline ({@link
 * LikelihoodTerm#baselineKm()}); the solar terms form one class at 1 AU, and the ν̄ terms one class
 * per distinct baseline, in increasing order, so a new reactor dataset (SNO+) is its own class
 * without a list of names to update.
 */
public final class BaselineClasses {

  /** Label of the solar class. */
  public static final String SOLAR = "solar";

  private BaselineClasses() {}

  /**
   * The classes of a set of terms.
   *
   * @param relativeTolerance ν̄ terms whose baselines differ by at most this fraction share a class
   *     (0: one class per dataset unless two record the same distance)
   * @throws IllegalArgumentException naming a term that records no baseline
   */
  public static List<BaselineClass> of(List<LikelihoodTerm> terms, double relativeTolerance) {
    if (!(relativeTolerance >= 0) || !Double.isFinite(relativeTolerance)) {
      throw new IllegalArgumentException(
          "the baseline tolerance must be a finite fraction >= 0, got " + relativeTolerance);
    }
    List<LikelihoodTerm> solar = new ArrayList<>();
    List<LikelihoodTerm> reactor = new ArrayList<>();
    for (LikelihoodTerm t : terms) {
      OptionalDouble l = t.baselineKm();
      if (l.isEmpty()) {
        throw new IllegalArgumentException(
            "dataset "
                + t.name()
                + " records no baseline: a baseline class needs one (baseline_km in a"
                + " gaussian-constraint file, the reactor list of a reactor spectrum)");
      }
      (t.sector() == Sector.NU ? solar : reactor).add(t);
    }
    List<BaselineClass> out = new ArrayList<>();
    if (!solar.isEmpty()) {
      out.add(merged(SOLAR, Sector.NU, solar));
    }
    reactor.sort(Comparator.comparingDouble(t -> t.baselineKm().getAsDouble()));
    List<LikelihoodTerm> current = new ArrayList<>();
    for (LikelihoodTerm t : reactor) {
      if (!current.isEmpty()) {
        double first = current.get(0).baselineKm().getAsDouble();
        if (t.baselineKm().getAsDouble() > first * (1 + relativeTolerance)) {
          out.add(merged(label(current), Sector.NUBAR, current));
          current = new ArrayList<>();
        }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      out.add(merged(label(current), Sector.NUBAR, current));
    }
    return List.copyOf(out);
  }

  private static String label(List<LikelihoodTerm> terms) {
    return String.join("+", terms.stream().map(LikelihoodTerm::name).toList());
  }

  /**
   * One class of several terms: the baseline is the distance whose 1/L² is their mean 1/L² (equal
   * weights; they agree within the tolerance anyway), the dependence the union.
   */
  private static BaselineClass merged(String label, Sector sector, List<LikelihoodTerm> terms) {
    double inverseSquare = 0;
    EnumSet<OscillationParameter> depends = EnumSet.noneOf(OscillationParameter.class);
    List<String> names = new ArrayList<>();
    for (LikelihoodTerm t : terms) {
      double l = t.baselineKm().getAsDouble();
      inverseSquare += 1 / (l * l);
      depends.addAll(t.dependsOn());
      names.add(t.name());
    }
    if (depends.isEmpty()) {
      throw new IllegalArgumentException(
          "class " + label + " constrains none of dm21, sin2theta12, sin2theta13");
    }
    double baseline =
        terms.size() == 1
            ? terms.get(0).baselineKm().getAsDouble()
            : 1 / Math.sqrt(inverseSquare / terms.size());
    return new BaselineClass(label, sector, baseline, names, depends);
  }

  /** The parameter sets of the classes, for {@link org.vfit.likelihood.CombinedLikelihood}. */
  public static TermGroups groups(List<BaselineClass> classes) {
    List<TermGroups.Group> g = new ArrayList<>();
    for (BaselineClass c : classes) {
      g.add(new TermGroups.Group(c.label(), c.sector(), c.datasets(), c.dependsOn()));
    }
    return new TermGroups(g);
  }
}
