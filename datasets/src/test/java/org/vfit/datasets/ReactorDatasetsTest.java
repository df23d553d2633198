package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Status;

/** The reactor datasets added for issue 10: KamLAND 2013 exposure inputs, JUNO and SNO+. */
class ReactorDatasetsTest {

  /**
   * Each 2013 period has dates, and its live time fits in them (live time cannot exceed calendar
   * time); the periods follow each other without overlap; the efficiencies are fractions that reach
   * their plateau (above 0.6 from 3 MeV) — Fig. 3a's curves.
   */
  @Test
  void kamland2013PeriodsCarryDatesLiveTimesAndEfficiencies() {
    ReactorSpectrum k = Datasets.load("kamland-2013-periods", ReactorSpectrum.class);
    ReactorSpectrum.Period previous = null;
    for (ReactorSpectrum.Period p : k.periods()) {
      assertNotNull(p.start(), p.name());
      assertNotNull(p.end(), p.name());
      double days = ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
      assertTrue(p.livetime() <= days, p.name() + ": " + p.livetime() + " live of " + days);
      if (previous != null) {
        assertTrue(p.start().isAfter(previous.end()), p.name() + " overlaps " + previous.name());
      }
      previous = p;
      ReactorSpectrum.Efficiency e = p.efficiency();
      assertNotNull(e, p.name());
      assertTrue(e.at(3.5) > 0.6 && e.at(3.5) <= 1, p.name() + " at 3.5 MeV: " + e.at(3.5));
      assertTrue(e.at(0.95) < e.at(3.5), p.name() + ": no threshold rise");
    }
    assertEquals(1486 + 1154 + 351, k.periods().stream().mapToDouble(p -> p.livetime()).sum(), 0);
    ReactorSpectrum.AbsoluteRate rate = k.absoluteRate();
    assertEquals(5.752e-43, rate.anchor().crossSectionPerFission(), 0);
    assertEquals(1.007, rate.longLivedFactor(), 0);
  }

  /** JUNO's abstract numbers and its 52.5 km (the cores' nominal range around it). */
  @Test
  void junoRecordsItsBaseline() {
    GaussianConstraint j = Datasets.load("juno-2025", GaussianConstraint.class);
    assertEquals(0.3092, j.parameter("sin2_theta12").value(), 0);
    assertEquals(0.0087, j.parameter("sin2_theta12").sigma(), 0);
    assertEquals(7.50e-5, j.parameter("dm2_21").value(), 1e-20);
    assertEquals(1.2e-6, j.parameter("dm2_21").sigma(), 1e-21);
    assertTrue(j.baselines().minKm() <= 52.5 && j.baselines().maxKm() >= 52.5);
  }

  /**
   * SNO+ 2026: 7.93 +0.21 −0.24 ×10⁻⁵ eV² as a Gaussian with the mean error 0.225, baselines
   * 240–350 km, and a status that says it was not read in the paper itself.
   */
  @Test
  void snoPlusIsSecondaryWithItsBaselines() {
    GaussianConstraint s = Datasets.load("snoplus-2026", GaussianConstraint.class);
    assertEquals(Status.SECONDARY, s.meta().status());
    assertEquals(7.93e-5, s.parameter("dm2_21").value(), 1e-20);
    assertEquals(0.5 * (0.21 + 0.24) * 1e-5, s.parameter("dm2_21").sigma(), 1e-20);
    assertEquals(240, s.baselines().minKm(), 0);
    assertEquals(350, s.baselines().maxKm(), 0);
    assertEquals("2604.05746", s.meta().provenance().reference().arxiv());
  }
}
