package org.vfit.fit.paper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * Do the ν̄ data see the same parameters at every baseline? The data are split into baseline
 * classes ({@link BaselineClasses}: the Sun at 1 AU, each reactor distance), each a parameter set
 * of its own, and the H-model's "one set for all" is tested against "one set per class" with the
 * parameter goodness-of-fit statistic (Maltoni–Schwetz): χ²_PG = χ²_min(one set) − χ²_min(per
 * class), with dof = Σ over the freed parameters of (number of classes constraining it − 1). With
 * one reactor class this is exactly the ν/ν̄ test of {@code vfit tension}. The same test among the
 * reactor classes alone (the solar data left out) asks the question without the solar data, and the
 * continuous κ hypothesis ({@link KappaFit}) asks it with one parameter.
 */
public final class BaselineAnalysis {

  private BaselineAnalysis() {}

  /**
   * How the analysis runs.
   *
   * @param perClass the parameters each class gets its own copy of (default Δm²₂₁ and sin²θ₁₂;
   *     sin²θ₁₃ stays common, as in the tension test's H1, because only Daya Bay measures it)
   * @param baselineTolerance ν̄ datasets whose baselines agree within this fraction share a class
   * @param l0Km reference length L₀ of the κ hypothesis, km
   * @param fit fit options
   * @param kappaProfilePoints points of the κ profile (0: none)
   */
  public record Options(
      Set<OscillationParameter> perClass,
      double baselineTolerance,
      double l0Km,
      FitOptions fit,
      int kappaProfilePoints) {
    public Options {
      EnumSet<OscillationParameter> p = EnumSet.noneOf(OscillationParameter.class);
      p.addAll(perClass);
      if (p.isEmpty()) {
        throw new IllegalArgumentException("at least one parameter must be free per class");
      }
      perClass = p;
    }

    @Override
    public Set<OscillationParameter> perClass() {
      return EnumSet.copyOf(perClass);
    }

    /** Δm²₂₁ and sin²θ₁₂ per class, 5 % baseline tolerance, L₀ = 100 km, 21 profile points. */
    public static Options defaults(FitOptions fit) {
      return new Options(
          EnumSet.of(OscillationParameter.DM21, OscillationParameter.SIN2_THETA12),
          0.05,
          100.0,
          fit,
          21);
    }

    /** The "one set per class" hypothesis: everything not freed per class is shared. */
    Hypothesis perClassHypothesis() {
      EnumSet<OscillationParameter> shared = EnumSet.allOf(OscillationParameter.class);
      shared.removeAll(perClass);
      return new Hypothesis("per-class", shared);
    }
  }

  /**
   * The outcome.
   *
   * @param classes the baseline classes, solar first, reactors by increasing baseline
   * @param pg one set for all (H0, the H-model) against one set per class
   * @param perClass each class's parameters in the per-class fit
   * @param hModel each class's parameters in the one-set fit (the flat line)
   * @param reactorPg the same test among the reactor classes alone, or null (see {@code
   *     reactorPgNote})
   * @param reactorPgNote why there is no reactor-only test, or null
   * @param kappa the κ fit, or null (see {@code kappaNote})
   * @param kappaNote why there is no κ fit, or null
   */
  public record Result(
      List<BaselineClass> classes,
      PgResult pg,
      List<ClassParameters> perClass,
      List<ClassParameters> hModel,
      PgResult reactorPg,
      String reactorPgNote,
      KappaFit.Result kappa,
      String kappaNote) {
    public Result {
      classes = List.copyOf(classes);
      perClass = List.copyOf(perClass);
      hModel = List.copyOf(hModel);
    }
  }

  /** The two models of the test: one set for all (H0) and one per class. */
  public static Model[] models(
      TermSource source, MixingParameters reference, List<BaselineClass> classes, Options o) {
    Model h0 = Model.of(source, Hypothesis.h0(), reference, BaselineClasses.groups(classes));
    return new Model[] {h0, h0.withHypothesis(o.perClassHypothesis())};
  }

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException if a dataset records no baseline or nothing is freed (a single
   *     class)
   */
  public static Result run(TermSource source, MixingParameters reference, Options o) {
    List<LikelihoodTerm> terms = source.terms();
    List<BaselineClass> classes = BaselineClasses.of(terms, o.baselineTolerance());
    Model[] m = models(TermSource.of(terms), reference, classes, o);
    PgResult pg = ParameterGoodnessOfFit.test(m[0], m[1], o.fit());
    List<ClassParameters> perClass = new ArrayList<>();
    List<ClassParameters> hModel = new ArrayList<>();
    for (BaselineClass c : classes) {
      perClass.add(ClassParameters.of(m[1], pg.h1(), c));
      hModel.add(ClassParameters.of(m[0], pg.h0(), c));
    }

    PgResult reactorPg = null;
    String reactorNote = null;
    List<BaselineClass> reactorClasses =
        classes.stream().filter(c -> c.sector() == Sector.NUBAR).toList();
    List<LikelihoodTerm> reactorTerms =
        terms.stream().filter(t -> t.sector() == Sector.NUBAR).toList();
    if (freedCopies(reactorClasses, o) < 1) {
      reactorNote =
          "fewer than two reactor classes constrain a parameter freed per class, so there is"
              + " nothing to compare among them";
    } else {
      Model[] r = models(TermSource.of(reactorTerms), reference, reactorClasses, o);
      reactorPg = ParameterGoodnessOfFit.test(r[0], r[1], o.fit());
    }

    KappaFit.Result kappa = null;
    String kappaNote = null;
    long dm21Classes =
        classes.stream().filter(c -> c.constrains(OscillationParameter.DM21)).count();
    if (!o.perClass().contains(OscillationParameter.DM21) || dm21Classes < 2) {
      kappaNote = "kappa needs Delta m^2_21 free per class and at least two classes measuring it";
    } else if (!pg.isValid()) {
      kappaNote = "no kappa fit: the per-class test is not valid";
    } else {
      kappa =
          KappaFit.fit(
              m[1], classes, m[0], pg.h0(), pg.h1(), o.l0Km(), o.fit(), o.kappaProfilePoints());
    }
    return new Result(classes, pg, perClass, hModel, reactorPg, reactorNote, kappa, kappaNote);
  }

  /** Σ over freed parameters of (classes constraining it − 1): the test's degrees of freedom. */
  static int freedCopies(List<BaselineClass> classes, Options o) {
    int dof = 0;
    for (OscillationParameter p : o.perClass()) {
      long n = classes.stream().filter(c -> c.constrains(p)).count();
      dof += (int) Math.max(0, n - 1);
    }
    return dof;
  }
}
