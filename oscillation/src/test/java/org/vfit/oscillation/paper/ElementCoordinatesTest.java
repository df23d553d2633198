package org.vfit.oscillation.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;

class ElementCoordinatesTest {

  @Test
  void eRowRoundTripsThroughTheApparentParametersToTenDigits() {
    for (MassOrdering o : MassOrdering.values()) {
      MixingParameters ref = PaperInputs.of(o, PaperInputs.SplittingSet.MAIN);
      // Solar-like and KamLAND-like points, started from the reference.
      for (double[] q : new double[][] {{6.1e-5, 0.30}, {7.5e-5, 0.31}, {8.2e-5, 0.28}}) {
        MixingParameters p =
            MixingParameters.ofSin2(
                q[0], ref.dm31EV2(), q[1], ref.sin2Theta13(), ref.sin2Theta23(), ref.delta());
        double[] e = ElementCoordinates.eRow(p);
        MixingParameters back = ElementCoordinates.fromERow(e[0], e[1], ref);
        assertEquals(p.dm21EV2(), back.dm21EV2(), 1e-10 * p.dm21EV2());
        assertEquals(p.sin2Theta12(), back.sin2Theta12(), 1e-10);
        // The held parameters are the reference's.
        assertEquals(ref.delta(), back.delta(), 1e-15);
      }
    }
  }

  @Test
  void eRowMatchesTheClosedFormOfTheDiagonal() {
    MixingParameters p = PaperInputs.of(MassOrdering.NO, PaperInputs.SplittingSet.MAIN);
    double s12 = p.sin2Theta12(), s13 = p.sin2Theta13();
    // A_ee = ½(s12² c13² Δm²21 + s13² Δm²31), Ā = (Δm²21 + Δm²31)/6 (m1² = 0).
    double aee = 0.5 * (s12 * (1 - s13) * p.dm21EV2() + s13 * p.dm31EV2());
    double mean = (p.dm21EV2() + p.dm31EV2()) / 6;
    assertEquals((aee - mean) / 1e-4, ElementCoordinates.eRow(p)[0], 1e-12);
    // Table 1 order: the full coordinate list starts with the same diagonal offset.
    assertEquals(ElementCoordinates.eRow(p)[0], ElementCoordinates.of(Table1.of(p))[0], 0);
    assertEquals(15, ElementCoordinates.of(Table1.of(p)).length);
  }

  @Test
  void anUnreachablePairIsRejected() {
    MixingParameters ref = PaperInputs.of(MassOrdering.NO, PaperInputs.SplittingSet.MAIN);
    // |A_eμ| of 50e-4 eV² is beyond anything Δm²21 and θ12 can make with Δm²31 = 2.5e-3.
    assertThrows(IllegalArgumentException.class, () -> ElementCoordinates.fromERow(-3.9, 50, ref));
  }
}
