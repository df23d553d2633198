package org.vfit.fit.paper;

import java.util.ArrayList;
import java.util.List;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.minuit.Fcn;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.Minuit;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.paper.ElementCoordinates;
import org.vfit.oscillation.paper.Table1;

/**
 * The potential matrices A_ν and A_ν̄ of a fit with separate ν and ν̄ parameters (H1), element by
 * element in the paper's Table 1 form, and their differences A_ν̄ − A_ν* (zero in the H-model),
 * with errors.
 *
 * <p>Errors are propagated from the fit's covariance through the Jacobian of each element with
 * respect to the fitted parameters. The propagation is checked by a fit in matrix-element
 * variables: each sector's (Δm²₂₁, sin²θ₁₂) replaced by its e-row (A_ee − Ā, |A_eμ|) — for ν̄ by
 * the differences δ(A_ee − Ā) and δ|A_eμ| from ν — so that HESSE measures the element errors
 * directly.
 *
 * <p>What the data constrain: solar and reactor ν_e data fix Δm²₂₁, θ₁₂ and θ₁₃, i.e. the
 * eigenvalue gap a₂ − a₁ and the e-row of the eigenvectors; Δm²₃₁, θ₂₃ and δ are held at the
 * reference (NuFit-6.0 in the paper). Every element depends on both, so for each one the data error
 * is set against the shift that nominal changes of the held inputs would cause ({@link
 * FixedShifts}): an element is "set by these data" when its data error is the larger, "set by the
 * held inputs" otherwise. In A_ν̄ − A_ν* the held inputs, assumed equal for ν and ν̄, nearly
 * cancel.
 */
public final class MatrixElementFit {

  private MatrixElementFit() {}

  /**
   * Nominal changes of the held inputs, against which the data errors are set (not a fit: scales of
   * the size of their present uncertainties).
   *
   * @param dm31Relative fractional change of Δm²₃₁
   * @param theta23Deg change of θ₂₃ in degrees
   * @param deltaDeg change of δ in degrees
   */
  public record FixedShifts(double dm31Relative, double theta23Deg, double deltaDeg) {
    /** 1 % in Δm²₃₁, 1° in θ₂₃, 20° in δ. */
    public static FixedShifts nominal() {
      return new FixedShifts(0.01, 1.0, 20.0);
    }
  }

  /**
   * One element.
   *
   * @param name e.g. {@code Re emu} (see {@link ElementCoordinates#NAMES})
   * @param unit {@code 1e-4 eV^2} or {@code degrees}
   * @param value value at the best fit
   * @param error 1σ from the fit (Jacobian propagation)
   * @param fixedInputShift its change under the nominal changes of the held inputs, in quadrature
   */
  public record Element(
      String name, String unit, double value, double error, double fixedInputShift) {
    /** The data error is at least the held inputs' effect: these data are what fix it. */
    public boolean setByData() {
      return error >= fixedInputShift;
    }
  }

  /**
   * The fit in matrix-element variables.
   *
   * @param variables {@code nu.ee}, {@code nu.absEmu}, {@code delta.ee}, {@code delta.absEmu}
   * @param values their best-fit values, 1e-4 eV²
   * @param hesseErrors their HESSE errors
   * @param jacobianValues the same quantities from the angle fit
   * @param jacobianErrors their errors by Jacobian propagation from the angle fit
   * @param chi2 χ²_min of this fit
   * @param chi2AngleFit χ²_min of the angle fit (the same minimum)
   * @param valid the minimum is valid
   */
  public record DirectCheck(
      List<String> variables,
      double[] values,
      double[] hesseErrors,
      double[] jacobianValues,
      double[] jacobianErrors,
      double chi2,
      double chi2AngleFit,
      boolean valid) {
    public DirectCheck {
      variables = List.copyOf(variables);
      values = values.clone();
      hesseErrors = hesseErrors.clone();
      jacobianValues = jacobianValues.clone();
      jacobianErrors = jacobianErrors.clone();
    }

    /** The largest |HESSE − Jacobian| / Jacobian error among the variables. */
    public double maxRelativeErrorDeviation() {
      double m = 0;
      for (int i = 0; i < hesseErrors.length; i++) {
        m = Math.max(m, Math.abs(hesseErrors[i] - jacobianErrors[i]) / jacobianErrors[i]);
      }
      return m;
    }
  }

  /**
   * The outcome.
   *
   * @param reference the held inputs (and the fit's start)
   * @param shifts the nominal changes the data errors are set against
   * @param nu A_ν
   * @param nubar A_ν̄ (the complex conjugate of the H-model matrix of the ν̄ parameters)
   * @param difference A_ν̄ − A_ν*: diagonal offsets, real and imaginary parts, and the differences
   *     of the moduli
   * @param direct the check by a fit in element variables, or null when not run
   */
  public record Result(
      MixingParameters reference,
      FixedShifts shifts,
      List<Element> nu,
      List<Element> nubar,
      List<Element> difference,
      DirectCheck direct) {
    public Result {
      nu = List.copyOf(nu);
      nubar = List.copyOf(nubar);
      difference = List.copyOf(difference);
    }

    /** The names of the elements whose error is set by the data, per matrix. */
    public List<String> setByData(List<Element> matrix) {
      return matrix.stream().filter(Element::setByData).map(Element::name).toList();
    }
  }

  /** Names of the difference coordinates. */
  static final List<String> DIFFERENCE_NAMES =
      List.of(
          "ee",
          "mumu",
          "tautau",
          "Re emu",
          "Im emu",
          "Re etau",
          "Im etau",
          "Re mutau",
          "Im mutau",
          "|emu| nubar - nu",
          "|etau| nubar - nu",
          "|mutau| nubar - nu");

  /**
   * Elements, errors and (with {@code direct}) the check by a fit in element variables.
   *
   * @param h1 a model with separate ν and ν̄ Δm²₂₁ and sin²θ₁₂
   * @param fit its valid best fit with a covariance
   * @throws IllegalArgumentException if the model does not separate the two sectors
   * @throws IllegalStateException if the fit has no covariance
   */
  public static Result run(
      Model h1, FitResult fit, FitOptions options, FixedShifts shifts, boolean direct) {
    if (!h1.separates(OscillationParameter.DM21)
        || !h1.separates(OscillationParameter.SIN2_THETA12)) {
      throw new IllegalArgumentException(
          "the matrix elements of A_nu and A_nubar need separate nu and nubar dm21 and theta12"
              + " (H1 on solar and reactor data); have "
              + h1.description());
    }
    double[][] cov = fit.globalCovariance();
    if (cov == null) {
      throw new IllegalStateException("the fit has no covariance: no element errors");
    }
    CombinedLikelihood l = h1.likelihood();
    double[] x = fit.globalValues();
    MixingParameters ref = l.fixedReference();
    List<Element> nu = elements(l, x, cov, shifts, 0);
    List<Element> nubar = elements(l, x, cov, shifts, 1);
    List<Element> diff = elements(l, x, cov, shifts, 2);
    DirectCheck check = direct ? direct(h1, fit, options, nu, nubar, diff) : null;
    return new Result(ref, shifts, nu, nubar, diff, check);
  }

  /**
   * The coordinates of matrix k (0 A_ν, 1 A_ν̄, 2 A_ν̄ − A_ν*) at x with the held inputs of ref.
   */
  static double[] coordinates(CombinedLikelihood l, double[] x, int k, MixingParameters ref) {
    MixingParameters pNu = withHeld(l.sectorParameters(Sector.NU, x), ref);
    MixingParameters pBar = withHeld(l.sectorParameters(Sector.NUBAR, x), ref);
    if (k == 0) {
      return ElementCoordinates.of(Table1.of(PotentialMatrix.fromMixing(pNu)));
    }
    Table1 bar = Table1.of(PotentialMatrix.fromMixing(pBar).conjugate());
    if (k == 1) {
      return ElementCoordinates.of(bar);
    }
    Table1 nuStar = Table1.of(PotentialMatrix.fromMixing(pNu).conjugate());
    return new double[] {
      bar.ee() - nuStar.ee(),
      bar.mumu() - nuStar.mumu(),
      bar.tautau() - nuStar.tautau(),
      bar.emu().re() - nuStar.emu().re(),
      bar.emu().im() - nuStar.emu().im(),
      bar.etau().re() - nuStar.etau().re(),
      bar.etau().im() - nuStar.etau().im(),
      bar.mutau().re() - nuStar.mutau().re(),
      bar.mutau().im() - nuStar.mutau().im(),
      bar.emu().modulus() - nuStar.emu().modulus(),
      bar.etau().modulus() - nuStar.etau().modulus(),
      bar.mutau().modulus() - nuStar.mutau().modulus()
    };
  }

  private static MixingParameters withHeld(MixingParameters p, MixingParameters ref) {
    return MixingParameters.ofSin2(
        p.dm21EV2(),
        ref.dm31EV2(),
        p.sin2Theta12(),
        p.sin2Theta13(),
        ref.sin2Theta23(),
        ref.delta());
  }

  private static List<Element> elements(
      CombinedLikelihood l, double[] x, double[][] cov, FixedShifts shifts, int k) {
    MixingParameters ref = l.fixedReference();
    double[] c0 = coordinates(l, x, k, ref);
    List<String> names = k == 2 ? DIFFERENCE_NAMES : ElementCoordinates.NAMES;
    int n = c0.length;
    // Jacobian with respect to the oscillation entries (the elements do not see the nuisances).
    List<Integer> osc = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (l.isOscillationEntry(i)) {
        osc.add(i);
      }
    }
    double[][] jac = new double[n][osc.size()];
    for (int j = 0; j < osc.size(); j++) {
      int i = osc.get(j);
      // Central differences with 1e-6 relative steps: the elements are smooth in the parameters,
      // and this keeps truncation and rounding below 1e-8 of the derivatives.
      double h = 1e-6 * Math.max(Math.abs(x[i]), 1e-2);
      double[] xp = x.clone();
      double[] xm = x.clone();
      xp[i] += h;
      xm[i] -= h;
      double[] cp = coordinates(l, xp, k, ref);
      double[] cm = coordinates(l, xm, k, ref);
      for (int q = 0; q < n; q++) {
        jac[q][j] = wrapped(cp[q] - cm[q], k != 2 && ElementCoordinates.isPhase(q)) / (2 * h);
      }
    }
    double[][] held = {
      coordinates(l, x, k, held(ref, shifts.dm31Relative(), 0, 0)),
      coordinates(l, x, k, held(ref, 0, shifts.theta23Deg(), 0)),
      coordinates(l, x, k, held(ref, 0, 0, shifts.deltaDeg()))
    };
    List<Element> out = new ArrayList<>();
    for (int q = 0; q < n; q++) {
      boolean phase = k != 2 && ElementCoordinates.isPhase(q);
      double var = 0;
      for (int a = 0; a < osc.size(); a++) {
        for (int b = 0; b < osc.size(); b++) {
          var += jac[q][a] * cov[osc.get(a)][osc.get(b)] * jac[q][b];
        }
      }
      double shift = 0;
      for (double[] h : held) {
        double d = wrapped(h[q] - c0[q], phase);
        shift += d * d;
      }
      out.add(
          new Element(
              names.get(q),
              phase ? "degrees" : "1e-4 eV^2",
              c0[q],
              Math.sqrt(Math.max(var, 0)),
              Math.sqrt(shift)));
    }
    return out;
  }

  /** A difference of phases in degrees brought into (−180, 180]. */
  private static double wrapped(double d, boolean phase) {
    if (!phase) {
      return d;
    }
    return d - 360 * Math.ceil((d - 180) / 360);
  }

  private static MixingParameters held(
      MixingParameters ref, double dm31Relative, double theta23Deg, double deltaDeg) {
    return new MixingParameters(
        ref.dm21EV2(),
        ref.dm31EV2() * (1 + dm31Relative),
        ref.theta12(),
        ref.theta13(),
        ref.theta23() + Math.toRadians(theta23Deg),
        ref.delta() + Math.toRadians(deltaDeg));
  }

  // ---------------------------------------------------------------- the direct fit

  /**
   * The map between the angle model's global vector and the element vector: (Δm²₂₁, sin²θ₁₂) of ν
   * replaced by (A_ee − Ā, |A_eμ|) of A_ν, those of ν̄ by the differences from ν. Newton's method
   * (from the angle fit's best values) inverts the e-row.
   */
  static final class ElementMap {
    final CombinedLikelihood l;
    final int nuDm;
    final int nuS12;
    final int barDm;
    final int barS12;
    final MixingParameters nuStart;
    final MixingParameters barStart;

    ElementMap(Model h1, double[] best) {
      this.l = h1.likelihood();
      nuDm = l.index(Sector.NU, OscillationParameter.DM21);
      nuS12 = l.index(Sector.NU, OscillationParameter.SIN2_THETA12);
      barDm = l.index(Sector.NUBAR, OscillationParameter.DM21);
      barS12 = l.index(Sector.NUBAR, OscillationParameter.SIN2_THETA12);
      nuStart = l.sectorParameters(Sector.NU, best);
      barStart = l.sectorParameters(Sector.NUBAR, best);
    }

    double[] toElements(double[] x) {
      double[] y = x.clone();
      double[] a = ElementCoordinates.eRow(l.sectorParameters(Sector.NU, x));
      double[] b = ElementCoordinates.eRow(l.sectorParameters(Sector.NUBAR, x));
      y[nuDm] = a[0];
      y[nuS12] = a[1];
      y[barDm] = b[0] - a[0];
      y[barS12] = b[1] - a[1];
      return y;
    }

    /** The global vector of an element vector (IllegalArgumentException if not reached). */
    double[] toGlobal(double[] y) {
      double[] x = y.clone();
      // θ13 (and the held inputs) of each sector as the element vector has them.
      x[nuDm] = OscillationParameter.DM21.toFit(nuStart.dm21EV2());
      x[nuS12] = nuStart.sin2Theta12();
      x[barDm] = OscillationParameter.DM21.toFit(barStart.dm21EV2());
      x[barS12] = barStart.sin2Theta12();
      MixingParameters nu =
          ElementCoordinates.fromERow(y[nuDm], y[nuS12], l.sectorParameters(Sector.NU, x));
      MixingParameters bar =
          ElementCoordinates.fromERow(
              y[nuDm] + y[barDm], y[nuS12] + y[barS12], l.sectorParameters(Sector.NUBAR, x));
      x[nuDm] = OscillationParameter.DM21.toFit(nu.dm21EV2());
      x[nuS12] = nu.sin2Theta12();
      x[barDm] = OscillationParameter.DM21.toFit(bar.dm21EV2());
      x[barS12] = bar.sin2Theta12();
      return x;
    }
  }

  private static DirectCheck direct(
      Model h1,
      FitResult fit,
      FitOptions options,
      List<Element> nu,
      List<Element> nubar,
      List<Element> diff) {
    double[] best = fit.globalValues();
    ElementMap map = new ElementMap(h1, best);
    CombinedLikelihood l = map.l;
    Fcn f =
        y -> {
          try {
            return l.value(map.toGlobal(y));
          } catch (IllegalArgumentException e) {
            // Outside the region the e-row reaches from the start: not a point of the model.
            return Double.NaN;
          }
        };
    List<String> names = new ArrayList<>(l.parameterNames());
    names.set(map.nuDm, "nu.ee");
    names.set(map.nuS12, "nu.absEmu");
    names.set(map.barDm, "delta.ee");
    names.set(map.barS12, "delta.absEmu");
    double[] y0 = map.toElements(best);
    double[] steps = l.steps();
    int[] idx = {map.nuDm, map.nuS12, map.barDm, map.barS12};
    double[] jv = {nu.get(0).value(), nu.get(5).value(), diff.get(0).value(), diff.get(9).value()};
    double[] je = {nu.get(0).error(), nu.get(5).error(), diff.get(0).error(), diff.get(9).error()};
    for (int i = 0; i < idx.length; i++) {
      steps[idx[i]] = je[i];
    }
    Minuit m =
        new Minuit(f, names.toArray(new String[0]), y0, steps)
            .tolerance(options.tolerance())
            .strategy(options.strategy())
            .maxCalls(options.maxCalls());
    double[] lo = l.lowerLimits();
    double[] hi = l.upperLimits();
    for (int i = 0; i < names.size(); i++) {
      boolean replaced = i == map.nuDm || i == map.nuS12 || i == map.barDm || i == map.barS12;
      if (!replaced && (lo[i] != Double.NEGATIVE_INFINITY || hi[i] != Double.POSITIVE_INFINITY)) {
        m.limits(names.get(i), lo[i], hi[i]);
      }
    }
    // Variables the element parametrisation keeps keep their labels; fixing a replaced one (the
    // ν Δm²₂₁, say) has no meaning here and is skipped.
    for (ParameterId fx : options.fixed()) {
      if (names.contains(fx.label())) {
        m.fix(fx.label());
      }
    }
    FunctionMinimum fm = m.migrad();
    if (fm.hasValidParameters()) {
      fm = m.hesse();
    }
    double[] v = new double[4];
    double[] e = new double[4];
    for (int i = 0; i < 4; i++) {
      v[i] = fm.values()[idx[i]];
      e[i] = fm.errors()[idx[i]];
    }
    return new DirectCheck(
        List.of("nu.ee", "nu.absEmu", "delta.ee", "delta.absEmu"),
        v,
        e,
        jv,
        je,
        fm.fval(),
        fit.chi2(),
        fm.isValid());
  }
}
