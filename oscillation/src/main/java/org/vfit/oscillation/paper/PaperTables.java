package org.vfit.oscillation.paper;

import java.util.ArrayList;
import java.util.List;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.paper.PaperInputs.SplittingSet;

/** Entry point for reproducing the paper's numbers. */
public final class PaperTables {
  private PaperTables() {}

  /** Table 1 for an ordering and splitting set. */
  public static Table1 table1(MassOrdering ordering, SplittingSet set) {
    return Table1.of(PaperInputs.of(ordering, set));
  }

  /**
   * The eigenvalues of A relative to Ā (1e-4 eV²), labelled by mass state: a_i − Ā with a_i =
   * m_i²/2 in the H-model. Appendix B quotes these "Δm_i²"-type numbers.
   */
  public static double[] eigenvaluesRelativeToMean(MassOrdering ordering, SplittingSet set) {
    MixingParameters p = PaperInputs.of(ordering, set);
    PotentialMatrix a = p.toPotentialMatrix();
    double mean = a.meanDiagonal();
    // m1² = 0 reference: a = (0, Δm²21, Δm²31)/2 by mass label.
    double[] byLabel = {0.0, 0.5 * p.dm21EV2(), 0.5 * p.dm31EV2()};
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] = (byLabel[i] - mean) / Table1.UNIT_EV2;
    }
    return out;
  }

  /**
   * Internal-consistency checks that any printed Table 1 must pass, evaluated on a table: the
   * diagonal offsets sum to zero, and the matrix rebuilt from the table has the splittings and
   * angles it was made from. Returns human-readable findings (empty when consistent).
   */
  public static List<String> consistencyFindings(Table1 t, MixingParameters inputs) {
    List<String> out = new ArrayList<>();
    // Printed tables round to ~3 significant digits: allow 5e-3 in units of 1e-4 eV².
    double tolerance = 5e-3;
    if (Math.abs(t.diagonalSum()) > tolerance) {
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "diagonal offsets sum to %.4f (x1e-4 eV^2), must be 0",
              t.diagonalSum()));
    }
    MixingParameters back = t.toTracelessMatrix().toMixing();
    if (Math.abs(back.dm21EV2() - inputs.dm21EV2()) > 0.01 * inputs.dm21EV2()) {
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "table implies dm21 = %.4g eV^2, inputs say %.4g",
              back.dm21EV2(),
              inputs.dm21EV2()));
    }
    if (Math.abs(back.dm31EV2() - inputs.dm31EV2()) > 0.01 * Math.abs(inputs.dm31EV2())) {
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "table implies dm31 = %.4g eV^2, inputs say %.4g",
              back.dm31EV2(),
              inputs.dm31EV2()));
    }
    return out;
  }
}
