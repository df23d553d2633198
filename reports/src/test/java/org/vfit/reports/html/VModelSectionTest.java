package org.vfit.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.result.MatrixElements;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.TensionResult;

/** The V-model reading, rendered from the fixture's Gaussian surfaces. */
class VModelSectionTest {

  private static final TensionResult R = TensionFixtures.withoutToys(1);

  @Test
  void differenceIntervalsAreReadOffTheProfiles() {
    // The fixture's δ(Δm²21) profile is Gaussian: ν 6.1 ± 0.75, ν̄ 7.54 ± 0.19 (1e-5 eV²), so
    // δ = 1.44 ± √(0.75² + 0.19²) = 1.44 ± 0.7737.
    double[] i1 = VModelSection.interval(R, ProfileParameter.DELTA_DM21, 1, 0, 0);
    double half = Math.hypot(0.75, 0.19);
    // Linear interpolation between grid points 0.05e-5 apart misplaces a parabola's crossing by
    // far less than 0.01e-5.
    assertEquals(1.44 - half, i1[0] * 1e5, 0.01);
    assertEquals(1.44 + half, i1[1] * 1e5, 0.01);
    double[] i3 = VModelSection.interval(R, ProfileParameter.DELTA_DM21, 9, 0, 0);
    assertEquals(1.44 - 3 * half, i3[0] * 1e5, 0.02);
  }

  @Test
  void theSectionStatesTheBoundInThePapersTerms() {
    String html = VModelSection.html(R, null);
    assertTrue(html.contains("<h2 id=\"vmodel\">The V-model reading</h2>"));
    // 3σ interval of δ(Δm²21) includes 0 (1.44 − 3·0.77 < 0): no difference seen.
    assertTrue(html.contains("no ν/ν̄ difference is seen at 3σ"), html);
    // Its larger end, 1.44 + 2.32 = 3.76e-5 eV², halves to 1.88e-5 eV² for a₂ − a₁.
    assertTrue(html.contains("differs by at most 1.88e-05 eV²"), html);
    assertTrue(html.contains("vfit matrix-elements"));
    // The report renders it.
    assertTrue(HtmlReport.render(R, List.of()).contains("id=\"vmodel\""));
  }

  @Test
  void elementErrorsAreShownWhenTheResultHasThem() {
    MatrixElements m =
        new MatrixElements(
            MatrixElements.UNITS,
            MatrixElements.PHASE_UNITS,
            new MatrixElements.HeldInputs(2.5e-3, 49, 195, 0.01, 1, 20),
            List.of(),
            List.of(),
            List.of(
                new MatrixElements.Element("ee", "1e-4 eV^2", 0.07, 0.05, 0.001, true),
                new MatrixElements.Element("mumu", "1e-4 eV^2", -0.04, 0.03, 0.09, false)),
            null,
            "statement text");
    String html = VModelSection.html(R, m);
    assertTrue(html.contains("<td>0.0500</td><td>0.00100</td><td>the data</td>"), html);
    assertTrue(html.contains("the held inputs"));
    assertTrue(html.contains("statement text"));
  }
}
