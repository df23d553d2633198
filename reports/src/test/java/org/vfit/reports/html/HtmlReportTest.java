package org.vfit.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.plots.PlotFormat;
import org.vfit.reports.plots.Plots;
import org.vfit.reports.plots.RenderedPlot;
import org.vfit.reports.result.DatasetInput;
import org.vfit.reports.result.Estimate;
import org.vfit.reports.result.Sector;
import org.vfit.reports.result.TensionResult;

class HtmlReportTest {
  static TensionResult result;
  static List<RenderedPlot> plots;
  static String html;

  @BeforeAll
  static void render() {
    result = TensionFixtures.small(4);
    plots = Plots.render(result);
    html = HtmlReport.render(result, plots);
  }

  @Test
  void everyPlotIsEmbeddedAsItsOwnPng() {
    Matcher m =
        Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    List<byte[]> embedded = new ArrayList<>();
    while (m.find()) {
      embedded.add(Base64.getDecoder().decode(m.group(1)));
    }
    assertEquals(plots.size(), embedded.size());
    for (int i = 0; i < plots.size(); i++) {
      assertArrayEquals(plots.get(i).bytes(PlotFormat.PNG), embedded.get(i), plots.get(i).name());
    }
  }

  @Test
  void pageLoadsNothingFromTheNetwork() {
    assertFalse(html.contains("http://") || html.contains("https://"), "no absolute URLs");
    assertFalse(html.contains("<script"), "no scripts");
    assertTrue(
        html.contains("default-src 'none'; img-src data:"), "policy blocks every other load");
    Matcher src = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (src.find()) {
      String url = src.group(1);
      assertTrue(
          url.startsWith("data:") || url.matches("[a-z0-9-]+\\.(svg|pdf|png)"),
          "local only: " + url);
    }
  }

  @Test
  void summaryShowsTheBestFitsAndTheTest() {
    // Δm²₂₁ of the ν̄ fit in 10⁻⁵ eV², rounded to its error: 7.54 ± 0.19. The fixture has no
    // MINOS errors, so the HESSE error is quoted and marked as such.
    assertTrue(html.contains("<td>7.54 ± 0.19 (HESSE)</td>"), "ν̄ Δm²₂₁");
    assertTrue(html.contains("<td>6.10 ± 0.75 (HESSE)</td>"), "ν Δm²₂₁");
    assertTrue(
        html.contains(
            "<td>"
                + Numbers.plain(result.pg().chi2())
                + "</td><td>2</td><td>"
                + Numbers.p(result.pg().pValue())
                + "</td><td>"
                + Numbers.sigma(result.pg().sigma())
                + "</td>"));
    assertTrue(
        html.contains("kamland-2011") && html.contains("arXiv:1009.4771"), "provenance listed");
    assertTrue(html.contains("A<sub>eμ</sub>"), "potential-matrix table");
  }

  /**
   * Issue 13: the terminal quoted MINOS, the HTML and --json HESSE. One rule now: MINOS where it
   * was computed, HESSE (marked) where not, "(fixed)" instead of an error of 0.
   */
  @Test
  void errorsAreMinosWhereComputedHesseWhereNotAndFixedSaysSo() {
    Estimate minos = new Estimate(7.459e-5, 0.20e-5, -0.19e-5, 0.21e-5);
    assertEquals("7.46 +0.21 −0.19", HtmlReport.quoted(minos, 1e5));
    assertEquals("7.46 ± 0.20 (HESSE)", HtmlReport.quoted(new Estimate(7.459e-5, 0.2e-5), 1e5));
    assertEquals("0.02221 (fixed)", HtmlReport.quoted(new Estimate(0.02221, 0), 1));
    assertFalse(html.contains("± 0 "), "no zero error printed");
    assertTrue(html.contains("MINOS intervals"), "the page says which errors it quotes");
  }

  @Test
  void aScanPageShowsTheBestFitPlotsAndErrors() {
    org.vfit.reports.result.ScanResult scan = TensionFixtures.scan(2);
    String page =
        HtmlReport.render(scan, Plots.render(scan, org.vfit.reports.plots.PlotOptions.DEFAULTS));
    assertTrue(page.contains("<h1>Allowed regions of nubar data (KamLAND-like)"), "title");
    assertTrue(page.contains("<td>7.54 ± 0.19 (HESSE)</td>"), "best fit");
    assertTrue(page.contains("id=\"plot-contour-nubar\""), "region plot");
    assertTrue(page.contains("id=\"plot-profile-dm21-nubar\""), "profile plot");
    assertTrue(page.contains("MINOS intervals"), "error convention");
    assertFalse(page.contains("χ²<sub>PG</sub>"), "no test on a scan page");
  }

  @Test
  void phasesAreLabelledWithTheirRange() {
    assertTrue(html.contains("arg [°, (−180, 180]]"));
  }

  /** Issue 13: a 4-toy result printed a σ without a word of warning. */
  @Test
  void aFewToysGiveACaution() {
    TensionResult r = TensionFixtures.build(4, 4, 25);
    String page = HtmlReport.render(r, List.of());
    assertTrue(page.contains("Caution: only 4 toys"), "caution shown");
    assertTrue(page.contains("(indicative)"), "σ marked");
    assertFalse(html.contains("Caution: only"), "200 toys need no caution");
  }

  @Test
  void textFromTheResultIsEscaped() {
    List<DatasetInput> inputs = new ArrayList<>(result.inputs());
    inputs.add(
        new DatasetInput(
            "mine", "rates", Sector.NU, "user file", "<img src=x onerror=alert(1)> & \"q\""));
    TensionResult r =
        new TensionResult(
            result.run(),
            inputs,
            result.pg(),
            result.fits(),
            result.potentials(),
            result.grids(),
            result.profiles(),
            result.survival());
    String page = HtmlReport.render(r, List.of());
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"));
    assertFalse(page.contains("<img src=x"));
  }

  @Test
  void renderingIsDeterministic() {
    assertEquals(html, HtmlReport.render(result, Plots.render(result)));
  }

  @Test
  void numbersAreRoundedToTheirErrors() {
    assertEquals("7.54 ± 0.19", Numbers.pm(7.5412, 0.1897));
    assertEquals("0.02200 ± 0.00070", Numbers.pm(0.0220, 0.0007));
    assertEquals("6.1 ± 1.3", Numbers.pm(6.1, 1.31));
    assertEquals("123 ± 25", Numbers.pm(123.4, 25.2));
    assertEquals("−0.42 ± 0.11", Numbers.pm(-0.4213, 0.1149));
    assertEquals("0.307 +0.013 −0.012", Numbers.asymmetric(0.3071, -0.0124, 0.0131));
    assertEquals("0.166", Numbers.p(0.16649));
    assertEquals("3.10e-05", Numbers.p(3.1e-5));
    assertEquals("1.38σ", Numbers.sigma(1.3849));
  }
}
