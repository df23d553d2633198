package org.vfit.oscillation.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.paper.PaperInputs.SplittingSet;

class PaperTablesTest {

  @Test
  void table1ElementsMatchClosedFormPmnsExpressions() {
    for (MassOrdering o : MassOrdering.values()) {
      MixingParameters p = PaperInputs.of(o, SplittingSet.MAIN);
      Table1 t = PaperTables.table1(o, SplittingSet.MAIN);
      double s12 = Math.sin(p.theta12()), c12 = Math.cos(p.theta12());
      double s13 = Math.sin(p.theta13()), c13 = Math.cos(p.theta13());
      double s23 = Math.sin(p.theta23()), c23 = Math.cos(p.theta23());
      double d = p.delta();
      double mean = (p.dm21EV2() + p.dm31EV2()) / 6;
      // A_ee = ½(s12²c13² Δm²21 + s13² Δm²31) (m1² = 0).
      double aee = 0.5 * (s12 * s12 * c13 * c13 * p.dm21EV2() + s13 * s13 * p.dm31EV2());
      assertEquals((aee - mean) / 1e-4, t.ee(), 1e-12);
      // A_eτ = ½ Σ m_i² U_ei U*_τi with U_τ2 = −c12 s23 − s12 c23 s13 e^{iδ}, U_τ3 = c23 c13.
      double reEt =
          0.5
              * (p.dm21EV2() * s12 * c13 * (-c12 * s23 - s12 * c23 * s13 * Math.cos(d))
                  + p.dm31EV2() * s13 * c23 * c13 * Math.cos(d));
      double imEt =
          0.5
              * (p.dm21EV2() * s12 * c13 * (s12 * c23 * s13 * Math.sin(d))
                  + p.dm31EV2() * (-s13 * Math.sin(d)) * c23 * c13);
      assertEquals(reEt / 1e-4, t.etau().re(), 1e-12);
      assertEquals(imEt / 1e-4, t.etau().im(), 1e-12);
      // Tolerances: ~100 ulps of elements of size ~10 (units 1e-4 eV²).
    }
  }

  @Test
  void table1RoundTripReturnsTheInputs() {
    for (MassOrdering o : MassOrdering.values()) {
      for (SplittingSet s : SplittingSet.values()) {
        MixingParameters in = PaperInputs.of(o, s);
        Table1 t = Table1.of(in);
        MixingParameters back = t.toTracelessMatrix().toMixing();
        assertEquals(in.dm21EV2(), back.dm21EV2(), 1e-12 * in.dm21EV2());
        assertEquals(in.dm31EV2(), back.dm31EV2(), 1e-12 * Math.abs(in.dm31EV2()));
        assertEquals(in.theta12(), back.theta12(), 1e-12);
        assertEquals(in.theta13(), back.theta13(), 1e-12);
        assertEquals(in.theta23(), back.theta23(), 1e-12);
        assertEquals(in.delta(), back.delta(), 1e-11);
        assertEquals(0.0, t.diagonalSum(), 1e-12);
        assertTrue(PaperTables.consistencyFindings(t, in).isEmpty());
      }
    }
  }

  @Test
  void inconsistentPrintedTableIsReported() {
    MixingParameters in = PaperInputs.of(MassOrdering.NO, SplittingSet.MAIN);
    Table1 t = Table1.of(in);
    Table1 broken = new Table1(t.ee() + 0.05, t.mumu(), t.tautau(), t.emu(), t.etau(), t.mutau());
    assertTrue(PaperTables.consistencyFindings(broken, in).get(0).contains("sum"));
  }

  @Test
  void appendixCFluxIsNcPiDSquared() {
    RelicNeutrinoFlux f = RelicNeutrinoFlux.paperBest();
    // 56 cm^-3 × 2.99792458e10 cm/s × π × 17822.25 cm² = 9.39985e16 /s (hand arithmetic).
    assertEquals(9.39985e16, f.perSecond(), 0.00001e16);
    // The paper compares N with the missing 20 %, 2.3e16 ν/s: 9.39985/2.3 = 4.08689 ...
    assertEquals(4.08689, f.ratioToMissingFlux(), 1e-5);
    // ... not with the whole 1.16e17 ν/s source: 9.39985/11.6 = 0.810332.
    assertEquals(0.810332, f.ratioToSourceFlux(), 1e-6);
    // A disc of diameter 133.5 cm has a quarter of the area: 9.39985e16/4.
    assertEquals(2.34996e16, f.perSecondIfDiameter(), 0.00001e16);
  }

  @Test
  void eigenvaluesRelativeToMeanSumToZero() {
    double[] a = PaperTables.eigenvaluesRelativeToMean(MassOrdering.IO, SplittingSet.APPENDIX_B);
    assertEquals(0.0, a[0] + a[1] + a[2], 1e-12);
    // Δm²31 = 2(a3 − a1) in units of 1e-4 eV².
    assertEquals(-24.35, 2 * (a[2] - a[0]), 1e-10);
  }
}
