package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The façade's contract: state updates, copies, and precise errors for bad input. */
class MinuitApiTest {

  private static final Fcn BOWL = x -> Math.pow(x[0] - 1, 2) + Math.pow((x[1] + 2) / 3, 2);

  @Test
  void migradUpdatesValuesAndErrorsForTheNextVerb() {
    Minuit m = new Minuit(BOWL, new String[] {"x", "y"}, new double[] {0, 0});
    FunctionMinimum f = m.migrad();
    assertEquals(f.value("x"), m.value("x"));
    assertEquals(f.error("y"), m.error("y"));
    assertEquals(f, m.fmin());
    m.minos("x");
    assertTrue(m.minosErrors().containsKey("x"));
    m.migrad();
    assertTrue(m.minosErrors().isEmpty(), "a new minimum invalidates old MINOS errors");
  }

  @Test
  void copyIsIndependent() {
    Minuit m =
        new Minuit(BOWL, new String[] {"x", "y"}, new double[] {0, 0})
            .limits("y", -10, 10)
            .fix("x");
    Minuit c = m.copy();
    c.release("x").value("x", 5);
    assertTrue(m.isFixed("x"));
    assertEquals(0.0, m.value("x"));
    assertEquals(new Limits(-10, 10), c.limits("y"));
    assertEquals(null, c.fmin());
    m.migrad();
    assertEquals(null, c.fmin());
    assertNotEquals(m.value("y"), c.value("y"));
  }

  @Test
  void badInputIsRejectedWithTheOffendingValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Minuit(BOWL, new String[] {"x", "y"}, new double[] {0, 0}).fix("z"));
    assertTrue(e.getMessage().contains("'z'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Minuit(BOWL, new String[] {"x", "x"}, new double[] {0, 0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Minuit(BOWL, new String[] {"x"}, new double[] {0, 0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Minuit(BOWL, new String[] {"x", "y"}, new double[] {Double.NaN, 0}));
    Minuit m = new Minuit(BOWL, new String[] {"x", "y"}, new double[] {0, 0});
    assertThrows(IllegalArgumentException.class, () -> m.strategy(3));
    assertThrows(IllegalArgumentException.class, () -> m.tolerance(0));
    assertThrows(IllegalArgumentException.class, () -> m.limits("x", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> m.error("x", -1));
    assertThrows(IllegalArgumentException.class, () -> Fcn.withErrorDef(BOWL, 0));
    assertThrows(IllegalStateException.class, m::summary);
  }

  @Test
  void allParametersFixedStillEvaluates() {
    Minuit m = new Minuit(BOWL, new String[] {"x", "y"}, new double[] {2, 1}).fix("x").fix("y");
    FunctionMinimum f = m.migrad();
    assertTrue(f.isValid());
    assertEquals(BOWL.value(new double[] {2, 1}), f.fval());
    assertEquals(1, f.nfcn());
  }
}
