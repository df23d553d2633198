package org.vfit.oscillation.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MassOrdering;

/**
 * The printed-versus-computed comparison, on a printed table built here: the computed table itself
 * (which must agree everywhere) and numbers with known defects, checked against hand arithmetic.
 */
class PrintedComparisonTest {

  private static PrintedPaper.Table1Row asPrinted(Table1 t) {
    return new PrintedPaper.Table1Row(
        t.ee(),
        t.mumu(),
        t.tautau(),
        t.emu().phase(),
        t.etau().phase(),
        t.mutau().phase(),
        t.emu().modulus(),
        t.etau().modulus(),
        t.mutau().modulus());
  }

  private static final PrintedPaper.AppendixC APPENDIX_C =
      new PrintedPaper.AppendixC(1.1623e17, 1.16e17, 0.20, 2.3e16, 56, 3e10, 133.5, 9.4e16);

  @Test
  void theComputedTableRoundedToThreeDecimalsAgreesEverywhere() {
    Table1 t = PaperTables.table1(MassOrdering.NO, PaperInputs.SplittingSet.MAIN);
    PrintedPaper.Table1Row r = asPrinted(t);
    PrintedPaper.Table1Row rounded =
        new PrintedPaper.Table1Row(
            Math.round(r.ee() * 1000) / 1000.0,
            Math.round(r.mumu() * 1000) / 1000.0,
            Math.round(r.tautau() * 1000) / 1000.0,
            Math.round(r.phaseEmu() * 1000) / 1000.0,
            Math.round(r.phaseEtau() * 1000) / 1000.0,
            Math.round(r.phaseMutau() * 1000) / 1000.0,
            Math.round(r.modulusEmu() * 1000) / 1000.0,
            Math.round(r.modulusEtau() * 1000) / 1000.0,
            Math.round(r.modulusMutau() * 1000) / 1000.0);
    PrintedPaper p =
        new PrintedPaper("test", "test", Map.of(MassOrdering.NO, rounded), Map.of(), APPENDIX_C);
    List<PrintedComparison.Row> rows = PrintedComparison.table1(MassOrdering.NO, p);
    assertEquals(9, rows.size());
    for (PrintedComparison.Row x : rows) {
      assertTrue(x.agrees(), x.toString());
    }
    // Phases are compared in degrees: arg A_emu = 163.72° (issue 2's measurement).
    assertEquals(163.72, rows.get(3).computed(), 0.005);
    assertEquals("degrees", rows.get(3).unit());
  }

  @Test
  void theDefectsOfTheTranscribedNumbersAreFound() {
    // As printed (shen2025_printed.json): the same row for NO and IO.
    PrintedPaper.Table1Row row =
        new PrintedPaper.Table1Row(
            -3.957, 3.775, 2.744, 3.199, 4.532, 3.189, -2.656, 1.214, -1.119);
    PrintedPaper p =
        new PrintedPaper(
            "test",
            "test",
            Map.of(MassOrdering.NO, row, MassOrdering.IO, row),
            Map.of(
                MassOrdering.NO,
                new PrintedPaper.AppendixB(7.49e-5, 2.534e-3, -8.60e-4, -7.93e-4, 1.65e-3),
                MassOrdering.IO,
                new PrintedPaper.AppendixB(7.49e-5, -2.435e-3, 7.87e-4, 8.54e-4, -1.59e-3)),
            APPENDIX_C);
    List<String> f = PrintedComparison.findings(p);
    String all = String.join("\n", f);
    // −3.957 + 3.775 + 2.744 = 2.562.
    assertTrue(all.contains("Table 1 NO: the printed diagonal offsets sum to 2.562"), all);
    assertTrue(all.contains("the IO row repeats the NO row"), all);
    // Dm1 = −(7.49e-5 + 2.534e-3)/3 = −8.6963e-4, printed −8.60e-4.
    assertTrue(all.contains("Appendix B NO: printed Dm1 = -(dm21 + dm31)/3 = -8.600e-04"), all);
    assertTrue(all.contains("-8.6963e-04"), all);
    // IO: Dm2 = (2·7.49e-5 + 2.435e-3)/3 = 8.6160e-4, printed 8.54e-4; Dm1 = 7.8670e-4 agrees.
    assertTrue(all.contains("8.6160e-04"), all);
    assertFalse(all.contains("Appendix B IO: printed Dm1"), all);
    // IO Dm1 + Dm2 + Dm3 = (7.87 + 8.54 − 15.9)e-4 = 5.1e-5.
    assertTrue(all.contains("Appendix B IO: the printed Dm1 + Dm2 + Dm3 = 5.100e-05"), all);
    // The printed NO A_ee − mean, −3.957, is the Appendix-B table's value (−3.9556), not the
    // main text's (−3.9244).
    assertTrue(
        all.contains(
            "Table 1 NO A_ee - mean: printed -3.9570 agrees within rounding with NO appendixB"
                + " A_ee - mean = -3.9556"),
        all);
    // Negative "moduli".
    assertTrue(all.contains("the trailing numbers include negative values"), all);
    // Appendix C: 0.2 × 1.16e17 = 2.32e16 rounds to the printed 2.3e16, and 56·3e10·π·133.5² =
    // 9.406e16 to the printed 9.4e16: no finding on either; the diameter note is always there.
    assertFalse(all.contains("printed missing rate"), all);
    assertFalse(all.contains("printed N ="), all);
    assertTrue(all.contains("N/missing = 1.02 instead of 4.09"), all);
  }

  @Test
  void halfUnitOfTheThirdSignificantDigit() {
    assertEquals(0.005e-4, PrintedComparison.halfUnitOfThirdDigit(-8.60e-4), 1e-20);
    assertEquals(0.005e-3, PrintedComparison.halfUnitOfThirdDigit(1.65e-3), 1e-20);
  }
}
