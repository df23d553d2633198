package org.vfit.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterIdTest {

  /** One id of every kind, with set labels that use the characters groups may contain. */
  private static List<ParameterId> examples() {
    List<ParameterId> out = new ArrayList<>();
    for (OscillationParameter p : OscillationParameter.values()) {
      out.add(ParameterId.shared(p));
      out.add(ParameterId.of("nu", p));
      out.add(ParameterId.of("nubar", p));
      out.add(ParameterId.of("daya-bay_near+far.v2", p));
      // a set whose label ends like another parameter's
      out.add(ParameterId.of("x.dm21", p));
      out.add(ParameterId.difference(p));
    }
    out.add(ParameterId.nuisance("kamland-2011", "alpha.geo"));
    out.add(ParameterId.nuisance("solar", "f8b"));
    return out;
  }

  @Test
  void labelsAreTheNamesFitsAndResultFilesUse() {
    assertEquals("dm21", ParameterId.shared(OscillationParameter.DM21).label());
    assertEquals("nubar.dm21", ParameterId.of("nubar", OscillationParameter.DM21).label());
    assertEquals(
        "delta.sin2theta12", ParameterId.difference(OscillationParameter.SIN2_THETA12).label());
    assertEquals("kamland-2011.alpha", ParameterId.nuisance("kamland-2011", "alpha").label());
  }

  @Test
  void parseReadsBackEveryLabel() {
    for (ParameterId id : examples()) {
      assertEquals(id, ParameterId.parse(id.label()), id.label());
    }
  }

  @Test
  void textThatNamesNoVariableIsRefusedByName() {
    for (String bad : List.of("theta99", "", ".alpha", "kamland.", "DM21")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ParameterId.parse(bad));
      assertTrue(e.getMessage().startsWith("unknown parameter '" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void noParameterSetMayTakeTheDifferencesName() {
    assertThrows(
        IllegalArgumentException.class, () -> ParameterId.of("delta", OscillationParameter.DM21));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TermGroups.Group(
                    "delta",
                    Sector.NUBAR,
                    List.of("kamland-2011"),
                    EnumSet.allOf(OscillationParameter.class)));
    assertTrue(e.getMessage().contains("reserved"), e.getMessage());
  }

  @Test
  void aNuisanceTermNameHasNoDot() {
    // The first '.' separates term and parameter; a term name with one would not read back.
    assertThrows(IllegalArgumentException.class, () -> ParameterId.nuisance("a.b", "c"));
  }

  @Test
  void idsSurviveSerialisation() throws Exception {
    // Fit options and models carry ids to Spark executors.
    List<ParameterId> ids = examples();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(ids));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(ids, in.readObject());
    }
  }
}
