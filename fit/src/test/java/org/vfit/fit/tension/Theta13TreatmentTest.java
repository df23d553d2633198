package org.vfit.fit.tension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Theta13TreatmentTest {

  @Test
  void everyFormParsesAndReadsBack() {
    assertEquals(Theta13Treatment.Mode.FREE, Theta13Treatment.parse("free").mode());
    assertEquals(Theta13Treatment.Mode.FIXED, Theta13Treatment.parse("reference").mode());
    assertEquals(0.0222, Theta13Treatment.parse("reference").fixedValue(0.0222), 0.0);
    assertEquals(0.0, Theta13Treatment.parse("0").fixedValue(0.0222), 0.0);
    assertEquals(0.0219, Theta13Treatment.parse("0.0219").fixedValue(0.0222), 0.0);
    Theta13Treatment c = Theta13Treatment.parse("daya-bay-theta13");
    assertEquals(Theta13Treatment.Mode.CONSTRAINED, c.mode());
    assertEquals("daya-bay-theta13", c.dataset());
    for (String s : new String[] {"free", "reference", "0.0", "0.0219", "daya-bay-theta13"}) {
      assertEquals(
          Theta13Treatment.parse(s), Theta13Treatment.parse(Theta13Treatment.parse(s).label()));
    }
  }

  @Test
  void valuesOutsideTheFitRangeAndEmptyTextAreRefused() {
    for (String s : new String[] {"1.5", "-0.1", "0.5", "", "  ", "1e400x"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Theta13Treatment.parse(s), s);
      assertTrue(!e.getMessage().isBlank());
    }
  }
}
