package org.vfit.reports.result;

import java.util.ArrayList;
import java.util.List;
import org.vfit.fit.paper.MatrixElementFit;

/**
 * The fitted potential matrices element by element with errors, and their difference A_ν̄ − A_ν*
 * (zero in the H-model), from {@link MatrixElementFit}: the record a result file carries and the
 * V-model section of the report reads.
 *
 * @param units unit of every element but the phases: {@code 1e-4 eV^2}
 * @param phaseUnits unit of the phases: {@code degrees}
 * @param held the inputs the fit holds (Δm²₃₁, θ₂₃, δ) and the nominal changes of them the data
 *     errors are set against
 * @param nu A_ν: A_αα − Ā, Re, Im, |·| and arg of each off-diagonal element
 * @param nubar A_ν̄ (the conjugate of the H-model matrix of the ν̄ parameters)
 * @param difference A_ν̄ − A_ν*: diagonal offsets, real and imaginary parts, differences of moduli
 * @param directCheck the fit in element variables that checks the propagated errors, or null
 * @param statement which elements these data set and which the held inputs set
 */
public record MatrixElements(
    String units,
    String phaseUnits,
    HeldInputs held,
    List<Element> nu,
    List<Element> nubar,
    List<Element> difference,
    DirectCheck directCheck,
    String statement) {

  public static final String UNITS = "1e-4 eV^2";
  public static final String PHASE_UNITS = "degrees";

  public MatrixElements {
    if (!UNITS.equals(units)) {
      throw new InvalidFieldException("units", "must be \"" + UNITS + "\", was " + units);
    }
    if (!PHASE_UNITS.equals(phaseUnits)) {
      throw new InvalidFieldException(
          "phaseUnits", "must be \"" + PHASE_UNITS + "\", was " + phaseUnits);
    }
    Checks.required("held", held);
    nu = Checks.list("nu", nu);
    nubar = Checks.list("nubar", nubar);
    difference = Checks.list("difference", difference);
    Checks.text("statement", statement);
  }

  /**
   * The held inputs.
   *
   * @param dm31EV2 Δm²₃₁, eV²
   * @param theta23Deg θ₂₃, degrees
   * @param deltaDeg δ, degrees
   * @param dm31RelativeShift nominal fractional change of Δm²₃₁
   * @param theta23ShiftDeg nominal change of θ₂₃, degrees
   * @param deltaShiftDeg nominal change of δ, degrees
   */
  public record HeldInputs(
      double dm31EV2,
      double theta23Deg,
      double deltaDeg,
      double dm31RelativeShift,
      double theta23ShiftDeg,
      double deltaShiftDeg) {
    public HeldInputs {
      Checks.finite("dm31EV2", dm31EV2);
      Checks.finite("theta23Deg", theta23Deg);
      Checks.finite("deltaDeg", deltaDeg);
      Checks.nonNegative("dm31RelativeShift", dm31RelativeShift);
      Checks.nonNegative("theta23ShiftDeg", theta23ShiftDeg);
      Checks.nonNegative("deltaShiftDeg", deltaShiftDeg);
    }
  }

  /**
   * One element.
   *
   * @param name e.g. {@code Re emu}
   * @param unit {@link #UNITS} or {@link #PHASE_UNITS}
   * @param value its value
   * @param error 1σ from the data
   * @param heldInputShift its change under the nominal changes of the held inputs
   * @param setByData whether the data error is at least that change
   */
  public record Element(
      String name,
      String unit,
      double value,
      double error,
      double heldInputShift,
      boolean setByData) {
    public Element {
      Checks.text("name", name);
      Checks.text("unit", unit);
      Checks.finite("value", value);
      Checks.nonNegative("error", error);
      Checks.nonNegative("heldInputShift", heldInputShift);
    }
  }

  /**
   * The check by a fit in matrix-element variables.
   *
   * @param variables {@code nu.ee}, {@code nu.absEmu}, {@code delta.ee}, {@code delta.absEmu}
   * @param values their values in that fit
   * @param hesseErrors their HESSE errors
   * @param jacobianValues the same from the angle fit
   * @param jacobianErrors their errors by Jacobian propagation
   * @param chi2 χ²_min in element variables
   * @param chi2AngleFit χ²_min of the angle fit
   * @param valid whether the element fit is valid
   * @param maxRelativeErrorDeviation max |HESSE − Jacobian|/Jacobian over the variables
   */
  public record DirectCheck(
      List<String> variables,
      List<Double> values,
      List<Double> hesseErrors,
      List<Double> jacobianValues,
      List<Double> jacobianErrors,
      double chi2,
      double chi2AngleFit,
      boolean valid,
      double maxRelativeErrorDeviation) {
    public DirectCheck {
      variables = Checks.list("variables", variables);
      values = Checks.finiteList("values", values);
      hesseErrors = Checks.finiteList("hesseErrors", hesseErrors);
      jacobianValues = Checks.finiteList("jacobianValues", jacobianValues);
      jacobianErrors = Checks.finiteList("jacobianErrors", jacobianErrors);
    }
  }

  /** The record of a {@link MatrixElementFit} result. */
  public static MatrixElements of(MatrixElementFit.Result r) {
    MatrixElementFit.FixedShifts s = r.shifts();
    HeldInputs held =
        new HeldInputs(
            r.reference().dm31EV2(),
            Math.toDegrees(r.reference().theta23()),
            Math.toDegrees(r.reference().delta()),
            s.dm31Relative(),
            s.theta23Deg(),
            s.deltaDeg());
    DirectCheck check = null;
    if (r.direct() != null) {
      MatrixElementFit.DirectCheck d = r.direct();
      check =
          new DirectCheck(
              d.variables(),
              boxed(d.values()),
              boxed(d.hesseErrors()),
              boxed(d.jacobianValues()),
              boxed(d.jacobianErrors()),
              d.chi2(),
              d.chi2AngleFit(),
              d.valid(),
              d.maxRelativeErrorDeviation());
    }
    return new MatrixElements(
        UNITS,
        PHASE_UNITS,
        held,
        elements(r.nu()),
        elements(r.nubar()),
        elements(r.difference()),
        check,
        statement(r));
  }

  private static List<Element> elements(List<MatrixElementFit.Element> in) {
    List<Element> out = new ArrayList<>();
    for (MatrixElementFit.Element e : in) {
      out.add(
          new Element(
              e.name(), e.unit(), e.value(), e.error(), e.fixedInputShift(), e.setByData()));
    }
    return out;
  }

  private static List<Double> boxed(double[] a) {
    List<Double> out = new ArrayList<>();
    for (double v : a) {
      out.add(v);
    }
    return out;
  }

  /** One paragraph: what the data fix, which elements they set, which the held inputs set. */
  static String statement(MatrixElementFit.Result r) {
    return "Solar and reactor nu_e data fix dm21 and theta12 of each sector and theta13: the"
        + " eigenvalue gap a2 - a1 = dm21/2 and the e-row of the eigenvectors. dm31, theta23 and"
        + " delta are held at the reference, so no element is measured by these data alone."
        + " Elements whose data error exceeds the effect of the nominal changes of the held inputs"
        + " - A_nu: "
        + list(r.setByData(r.nu()))
        + "; A_nubar: "
        + list(r.setByData(r.nubar()))
        + "; A_nubar - A_nu*: "
        + list(r.setByData(r.difference()))
        + ". The others are set by the held inputs. In A_nubar - A_nu* the held inputs, assumed"
        + " equal for nu and nubar, nearly cancel.";
  }

  private static String list(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
