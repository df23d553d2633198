package org.vfit.fit.tension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeversTest {

  private static TensionRequest request() {
    return DefaultRequests.tension(true);
  }

  @Test
  void everyLeverOfTheDesignIsVariedAndEachVariantChangesTheRequest() {
    TensionRequest r = request();
    List<Levers.Variant> v = Levers.variants(r);
    Set<String> levers = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Levers.Variant x : v) {
      levers.add(x.lever());
      assertTrue(seen.add(x.lever() + "=" + x.value()), "duplicate " + x.lever() + " " + x.value());
      TensionRequest changed = x.change().apply(r);
      assertFalse(changed.equals(r), x.lever() + " " + x.value() + " changes nothing");
    }
    // DESIGN §5 and issue 9: reactor table, geo, propagation, solar model, survival form, 8B
    // prior, radiative corrections, theta13, Super-K treatment (and shape, cross section).
    for (String l :
        List.of(
            "reactor table",
            "geo-nu",
            "reactor propagation",
            "solar model",
            "survival form",
            "8B flux",
            "nu-e radiative corrections",
            "theta13",
            "Super-K day-night",
            "reactor spectral shape",
            "IBD cross section",
            "KamLAND data")) {
      assertTrue(levers.contains(l), "missing lever " + l);
    }
    // Two other tables, two other geo treatments, three other theta13 treatments.
    assertEquals(2, v.stream().filter(x -> x.lever().equals("reactor table")).count());
    assertEquals(3, v.stream().filter(x -> x.lever().equals("theta13")).count());
  }
}
