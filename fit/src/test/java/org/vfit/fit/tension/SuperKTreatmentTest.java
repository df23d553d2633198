package org.vfit.fit.tension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.RecoilSpectrum;

class SuperKTreatmentTest {

  @Test
  void eachTreatmentUsesEveryPhaseExactlyOnceForTheSpectrumAndOnceForTheDayNightDifference() {
    for (SuperKTreatment t : SuperKTreatment.values()) {
      java.util.Set<String> spectra = new java.util.HashSet<>();
      java.util.Set<String> dayNight = new java.util.HashSet<>();
      java.util.Set<String> splitSpectra = new java.util.HashSet<>();
      for (String n : t.datasets()) {
        var d = Datasets.resolve(n);
        if (d instanceof RecoilSpectrum r) {
          assertTrue(spectra.add(r.phase()), t + ": two spectra of " + r.phase());
          if (r.rows().stream().anyMatch(x -> x.zenith() != RecoilSpectrum.ZenithClass.ALL)) {
            splitSpectra.add(r.phase());
          }
        } else if (d instanceof DayNight dn) {
          for (String p : dn.phases()) {
            assertTrue(dayNight.add(p), t + ": two amplitudes of " + p);
          }
        }
      }
      assertEquals(java.util.Set.of("SK-I", "SK-II", "SK-III", "SK-IV"), spectra, t.label());
      // Every phase's day-night difference enters once: through an amplitude, or else through its
      // own zenith-split spectrum.
      for (String p : spectra) {
        assertTrue(dayNight.contains(p) || splitSpectra.contains(p), t + ": " + p);
      }
    }
    assertEquals(
        List.of("SK-I", "SK-II", "SK-III", "SK-IV"),
        Datasets.load("superk-day-night", DayNight.class).phases());
  }

  @Test
  void replacingSwapsOnlyTheAmplitude() {
    List<String> a = SuperKTreatment.AMPLITUDE.defaultSolar();
    List<String> s = SuperKTreatment.SPECTRA.replaceIn(a);
    assertEquals(SuperKTreatment.SPECTRA.defaultSolar(), s);
    assertEquals(a, SuperKTreatment.AMPLITUDE.replaceIn(s));
    assertEquals(List.of("homestake"), SuperKTreatment.SPECTRA.replaceIn(List.of("homestake")));
    assertThrows(IllegalArgumentException.class, () -> SuperKTreatment.parse("both"));
  }
}
