package org.vfit.fit.tension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.Model;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;

/** The fit variables of the default tension run, as ids and as the labels result files carry. */
class TensionModelIdsTest {

  /** {@code vfit tension} with its defaults (the reference does not change any id). */
  private static TensionAnalysis.Setup defaults() {
    return TensionAnalysis.Setup.of(DefaultRequests.tension(false));
  }

  @Test
  void everyVariableOfTheDefaultModelsReadsBackFromItsLabel() {
    TensionAnalysis.Setup s = defaults();
    Map<String, Model> models =
        Map.of(
            "nu", s.nu(),
            "nubar", s.nubar(),
            "H0", s.h0(),
            "H1", s.h1(),
            "H1 delta.dm21", s.h1().withDifference(OscillationParameter.DM21),
            "H1 delta.sin2theta12", s.h1().withDifference(OscillationParameter.SIN2_THETA12));
    for (Map.Entry<String, Model> e : models.entrySet()) {
      Model m = e.getValue();
      List<ParameterId> ids = m.ids();
      assertEquals(ids.size(), new HashSet<>(ids).size(), e.getKey() + ": ids not distinct");
      assertEquals(m.names(), ids.stream().map(ParameterId::label).toList(), e.getKey());
      for (int i = 0; i < ids.size(); i++) {
        ParameterId id = ids.get(i);
        assertEquals(id, ParameterId.parse(id.label()), e.getKey() + ": " + id.label());
        assertEquals(i, m.index(id), e.getKey() + ": " + id.label());
      }
    }
  }

  @Test
  void h1AndItsDifferenceModelNameTheSectorsAsBefore() {
    TensionAnalysis.Setup s = defaults();
    Model h1 = s.h1();
    for (String label : List.of("nu.dm21", "nubar.dm21", "nu.sin2theta12", "nubar.sin2theta12")) {
      assertTrue(h1.index(ParameterId.parse(label)) >= 0, label + " in " + h1.names());
    }
    Model diff = h1.withDifference(OscillationParameter.DM21);
    assertEquals(
        h1.index(Sector.NUBAR, OscillationParameter.DM21),
        diff.index(ParameterId.parse("delta.dm21")));
    // The solar fit holds θ13 at the reference: its one entry is the held variable.
    assertEquals(List.of(ParameterId.shared(OscillationParameter.SIN2_THETA13)), s.nu().heldIds());
    assertTrue(h1.heldIds().isEmpty());
  }
}
