package org.vfit.oscillation.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.paper.PaperInputs.SplittingSet;

/**
 * The paper's printed numbers set against what vfit computes from the paper's own inputs, element
 * by element, and the internal inconsistencies of the printed numbers: diagonal offsets that do not
 * sum to zero, Appendix B values that do not follow from their printed definitions, rows repeated
 * between orderings. A printed number that disagrees is also matched against every quantity vfit
 * computes (both orderings, both splitting sets, offsets, moduli, real and imaginary parts,
 * phases), so that a number printed in the wrong cell or from other inputs is recognised.
 */
public final class PrintedComparison {

  private PrintedComparison() {}

  /**
   * One printed number against the computed one.
   *
   * @param quantity what it is, e.g. {@code A_ee - mean}
   * @param unit unit of both numbers
   * @param computed vfit's value
   * @param printed the paper's value
   * @param difference printed − computed
   * @param tolerance how far they may differ and still agree (printed rounding plus input rounding)
   * @param nearest when they disagree: the computed quantity closest to the printed number, if
   *     within 1 % of it, else null
   */
  public record Row(
      String quantity,
      String unit,
      double computed,
      double printed,
      double difference,
      double tolerance,
      String nearest) {
    public boolean agrees() {
      return Math.abs(difference) <= tolerance;
    }
  }

  /**
   * Table 1's printed numbers are given to 3 decimals (half a unit: 5e-4) of 1e-4 eV² or radians;
   * the inputs they come from are rounded too (angles to 0.01°, splittings to 3–4 digits), which
   * moves the elements by up to ~0.2 %.
   */
  static double table1Tolerance(double computed) {
    return 5e-4 + 2e-3 * Math.abs(computed);
  }

  /** Table 1 of an ordering: printed against computed from the main-text inputs. */
  public static List<Row> table1(MassOrdering o, PrintedPaper p) {
    PrintedPaper.Table1Row r = p.table1().get(o);
    if (r == null) {
      return List.of();
    }
    Table1 t = PaperTables.table1(o, SplittingSet.MAIN);
    String u = "1e-4 eV^2";
    List<Row> out = new ArrayList<>();
    out.add(row("A_ee - mean", u, t.ee(), r.ee()));
    out.add(row("A_mumu - mean", u, t.mumu(), r.mumu()));
    out.add(row("A_tautau - mean", u, t.tautau(), r.tautau()));
    out.add(phaseRow("arg A_emu", t.emu().phase(), r.phaseEmu()));
    out.add(phaseRow("arg A_etau", t.etau().phase(), r.phaseEtau()));
    out.add(phaseRow("arg A_mutau", t.mutau().phase(), r.phaseMutau()));
    out.add(row("|A_emu|", u, t.emu().modulus(), r.modulusEmu()));
    out.add(row("|A_etau|", u, t.etau().modulus(), r.modulusEtau()));
    out.add(row("|A_mutau|", u, t.mutau().modulus(), r.modulusMutau()));
    return out;
  }

  private static Row row(String q, String unit, double computed, double printed) {
    double tol = table1Tolerance(computed);
    double d = printed - computed;
    return new Row(
        q, unit, computed, printed, d, tol, Math.abs(d) <= tol ? null : nearest(printed));
  }

  /** Phases compared in degrees, the difference taken on the circle. */
  private static Row phaseRow(String q, double computedRad, double printedRad) {
    double c = Math.toDegrees(computedRad);
    double pr = Math.toDegrees(printedRad);
    double d = pr - c;
    d -= 360 * Math.floor((d + 180) / 360);
    double tol = Math.toDegrees(table1Tolerance(computedRad));
    return new Row(q, "degrees", c, pr, d, tol, Math.abs(d) <= tol ? null : nearest(printedRad));
  }

  /**
   * The computed quantity closest to a printed number (in the printed units: 1e-4 eV² or radians)
   * among both orderings, both splitting sets and every form of each element, if the two agree
   * within {@link #table1Tolerance} — as they would if the number had been printed in the wrong
   * cell or computed from the other inputs.
   */
  static String nearest(double printed) {
    String best = null;
    double bestDiff = Double.POSITIVE_INFINITY;
    double bestValue = 0;
    for (SplittingSet s : SplittingSet.values()) {
      for (MassOrdering o : MassOrdering.values()) {
        Table1 t = PaperTables.table1(o, s);
        String pre = o + " " + s.label() + " ";
        double[] v = {t.ee(), t.mumu(), t.tautau()};
        String[] n = {"A_ee - mean", "A_mumu - mean", "A_tautau - mean"};
        for (int k = 0; k < 3; k++) {
          double d = Math.abs(v[k] - printed);
          if (d < bestDiff) {
            bestDiff = d;
            bestValue = v[k];
            best = pre + n[k] + " = " + fmt(v[k]);
          }
        }
        Table1.Element[] e = {t.emu(), t.etau(), t.mutau()};
        String[] en = {"A_emu", "A_etau", "A_mutau"};
        for (int k = 0; k < 3; k++) {
          double[] forms = {
            e[k].modulus(), e[k].re(), e[k].im(), e[k].phase(), 2 * Math.PI - e[k].phase()
          };
          String[] fn = {"|%s|", "Re %s", "Im %s", "arg %s [rad]", "-arg %s [rad]"};
          for (int f = 0; f < forms.length; f++) {
            double d = Math.abs(forms[f] - printed);
            if (d < bestDiff) {
              bestDiff = d;
              bestValue = forms[f];
              best = pre + String.format(Locale.ROOT, fn[f], en[k]) + " = " + fmt(forms[f]);
            }
          }
        }
      }
    }
    return bestDiff <= table1Tolerance(bestValue) ? best : null;
  }

  /**
   * Appendix B of an ordering: the printed splittings against the inputs vfit uses for Appendix B,
   * and the printed Δm_i against their printed definitions evaluated on the printed splittings.
   */
  public static List<Row> appendixB(MassOrdering o, PrintedPaper p) {
    PrintedPaper.AppendixB b = p.appendixB().get(o);
    if (b == null) {
      return List.of();
    }
    var in = PaperInputs.of(o, SplittingSet.APPENDIX_B);
    String u = "eV^2";
    List<Row> out = new ArrayList<>();
    out.add(defRow("dm21", u, in.dm21EV2(), b.dm21EV2()));
    out.add(defRow("dm31", u, in.dm31EV2(), b.dm31EV2()));
    out.add(defRow("Dm1 = -(dm21 + dm31)/3", u, b.dm1FromDefinition(), b.dm1EV2()));
    out.add(defRow("Dm2 = (2 dm21 - dm31)/3", u, b.dm2FromDefinition(), b.dm2EV2()));
    out.add(defRow("Dm3 = (2 dm31 - dm21)/3", u, b.dm3FromDefinition(), b.dm3EV2()));
    return out;
  }

  /** Printed to 3 significant digits: they agree within half a unit of the last printed digit. */
  private static Row defRow(String q, String unit, double computed, double printed) {
    double tol = halfUnitOfThirdDigit(printed);
    return new Row(q, unit, computed, printed, printed - computed, tol, null);
  }

  static double halfUnitOfThirdDigit(double printed) {
    if (printed == 0) {
      return 0;
    }
    return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(printed))) - 2);
  }

  /** Every inconsistency of the printed numbers, one sentence each. */
  public static List<String> findings(PrintedPaper p) {
    List<String> out = new ArrayList<>();
    for (MassOrdering o : MassOrdering.values()) {
      PrintedPaper.Table1Row r = p.table1().get(o);
      if (r == null) {
        continue;
      }
      // Three printed offsets each within 5e-4: their sum within 1.5e-3 of zero.
      if (Math.abs(r.diagonalSum()) > 1.5e-3) {
        out.add(
            String.format(
                Locale.ROOT,
                "Table 1 %s: the printed diagonal offsets sum to %.3f (x1e-4 eV^2); offsets from"
                    + " the mean diagonal must sum to 0",
                o,
                r.diagonalSum()));
      }
      List<Row> rows = table1(o, p);
      long bad = rows.stream().filter(x -> !x.agrees()).count();
      if (bad > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "Table 1 %s: %d of %d printed numbers differ from the table computed from the"
                    + " paper's own inputs (main-text splittings)",
                o,
                bad,
                rows.size()));
      }
      for (Row x : rows) {
        if (!x.agrees() && x.nearest() != null) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "Table 1 %s %s: printed %s agrees within rounding with %s",
                  o,
                  x.quantity(),
                  fmt(x.unit().equals("degrees") ? Math.toRadians(x.printed()) : x.printed())
                      + (x.unit().equals("degrees") ? " rad" : ""),
                  x.nearest()));
        }
      }
    }
    for (MassOrdering o : MassOrdering.values()) {
      PrintedPaper.Table1Row r = p.table1().get(o);
      if (r != null && (r.modulusEmu() < 0 || r.modulusEtau() < 0 || r.modulusMutau() < 0)) {
        out.add(
            "Table 1 "
                + o
                + ": the trailing numbers include negative values, so they cannot all be the"
                + " moduli they are read as");
      }
    }
    PrintedPaper.Table1Row no = p.table1().get(MassOrdering.NO);
    PrintedPaper.Table1Row io = p.table1().get(MassOrdering.IO);
    if (no != null
        && io != null
        && no.ee() == io.ee()
        && no.mumu() == io.mumu()
        && no.tautau() == io.tautau()
        && no.modulusEmu() == io.modulusEmu()
        && no.modulusEtau() == io.modulusEtau()
        && no.modulusMutau() == io.modulusMutau()) {
      out.add(
          "Table 1: the IO row repeats the NO row's diagonal offsets and trailing numbers digit for"
              + " digit, although the computed IO table differs (the IO diagonal has the opposite"
              + " sign pattern)");
    }
    for (MassOrdering o : MassOrdering.values()) {
      PrintedPaper.AppendixB b = p.appendixB().get(o);
      if (b == null) {
        continue;
      }
      for (Row x : appendixB(o, p)) {
        if (!x.agrees()) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "Appendix B %s: printed %s = %.3e eV^2, but its definition on the printed"
                      + " splittings gives %.4e",
                  o,
                  x.quantity(),
                  x.printed(),
                  x.computed()));
        }
      }
      double sum = b.dm1EV2() + b.dm2EV2() + b.dm3EV2();
      double tol =
          halfUnitOfThirdDigit(b.dm1EV2())
              + halfUnitOfThirdDigit(b.dm2EV2())
              + halfUnitOfThirdDigit(b.dm3EV2());
      if (Math.abs(sum) > tol) {
        out.add(
            String.format(
                Locale.ROOT,
                "Appendix B %s: the printed Dm1 + Dm2 + Dm3 = %.3e eV^2; by their definitions they"
                    + " sum to 0",
                o,
                sum));
      }
    }
    if (!p.appendixB().isEmpty()) {
      out.add(
          "Appendix B: the printed definitions make Dm_i = m_i^2 - mean(m^2), the eigenvalues of"
              + " U diag(m^2) U^+ about their mean; the eigenvalues of the paper's A = 1/2 U diag(m^2)"
              + " U^+ about tr(A)/3 are half of them");
    }
    PrintedPaper.AppendixC c = p.appendixC();
    double n =
        c.relicDensityPerCm3() * c.speedCmPerS() * Math.PI * Math.pow(c.innerSphereDiameterCm(), 2);
    if (Math.abs(n - c.printedN()) > 0.5 * Math.pow(10, Math.floor(Math.log10(c.printedN())) - 1)) {
      out.add(
          String.format(
              Locale.ROOT,
              "Appendix C: n c pi d^2 = %.4e nu/s from the printed inputs, printed N = %.2e",
              n,
              c.printedN()));
    }
    double missing = c.missingFraction() * c.sourceNeutrinosPerSecond();
    if (Math.abs(missing - c.missingNeutrinosPerSecond())
        > 0.5 * Math.pow(10, Math.floor(Math.log10(c.missingNeutrinosPerSecond())) - 1)) {
      out.add(
          String.format(
              Locale.ROOT,
              "Appendix C: %.2f x %.3g = %.3e nu/s, printed missing rate %.2e",
              c.missingFraction(),
              c.sourceNeutrinosPerSecond(),
              missing,
              c.missingNeutrinosPerSecond()));
    }
    out.add(
        String.format(
            Locale.ROOT,
            "Appendix C: N = n c pi d^2 treats the inner sphere's %.1f cm diameter as a radius;"
                + " with the disc of that diameter, pi d^2/4, N = %.3e nu/s and N/missing = %.2f"
                + " instead of %.2f",
            c.innerSphereDiameterCm(),
            n / 4,
            n / 4 / c.missingNeutrinosPerSecond(),
            n / c.missingNeutrinosPerSecond()));
    return out;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
