package org.vfit.reports.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.Sector;
import org.vfit.reports.result.TensionResult;
import org.w3c.dom.Document;

class PlotsTest {
  static TensionResult result;
  static List<RenderedPlot> plots;

  @BeforeAll
  static void render() {
    result = TensionFixtures.small(9);
    plots = Plots.render(result);
  }

  @Test
  void allPlotsInReportOrder() {
    assertEquals(
        List.of(
            "tension",
            "tension-tan2",
            "profile-dm21",
            "profile-sin2theta12",
            "profile-delta-dm21",
            "profile-delta-sin2theta12",
            "toys-chi2pg",
            "pee"),
        plots.stream().map(RenderedPlot::name).toList());
  }

  @Test
  void plotsWithoutDataAreLeftOut() {
    TensionResult r = TensionFixtures.withoutToys(9);
    TensionResult bare =
        new TensionResult(
            r.run(),
            r.inputs(),
            r.pg(),
            r.fits(),
            r.potentials(),
            List.of(),
            List.of(),
            new org.vfit.reports.result.SurvivalData(List.of(), List.of()));
    assertEquals(List.of(), Plots.specs(bare));
    assertFalse(Plots.specs(r).stream().anyMatch(s -> s.name().equals("toys-chi2pg")));
  }

  @Test
  void everyFormatDecodes() throws Exception {
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    // The SVG's DOCTYPE names the W3C DTD; tests run offline, and well-formedness needs no DTD.
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (RenderedPlot p : plots) {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(p.bytes(PlotFormat.PNG)));
      assertNotNull(png, p.name() + ".png");
      // The PNG is drawn at 144 dpi, twice the 72-dpi point grid of the vector formats.
      assertEquals(2 * p.width(), png.getWidth());
      assertEquals(2 * p.height(), png.getHeight());
      Document svg =
          xml.newDocumentBuilder().parse(new ByteArrayInputStream(p.bytes(PlotFormat.SVG)));
      assertEquals("svg", svg.getDocumentElement().getTagName(), p.name() + ".svg");
      String pdf = new String(p.bytes(PlotFormat.PDF), StandardCharsets.ISO_8859_1);
      assertTrue(
          pdf.startsWith("%PDF-") && pdf.stripTrailing().endsWith("%%EOF"), p.name() + ".pdf");
    }
  }

  /**
   * The fixture's χ² surfaces are Gaussian: Δχ² is a convex quadratic, so each level set is one
   * ellipse, and where the grid's border lies wholly above the level that ellipse is inside the
   * grid and must be drawn as exactly one closed piece, each sector/level once in the legend, plus
   * the three best-fit markers.
   */
  @Test
  void tensionPlotDrawsEachEllipseAsOneClosedPiece() {
    XYChart chart = Plots.tension(result, false);
    String[] sigma = {"1σ", "2σ", "3σ"};
    for (Sector s : Sector.values()) {
      Chi2Grid g = result.grid(s);
      for (int level = 0; level < 3; level++) {
        double c = Plots.LEVELS_2DOF[level];
        String label = s.label() + " " + sigma[level];
        assertTrue(borderMinimum(g.values()) > c, label + " lies inside its grid in the fixture");
        List<String> drawn =
            chart.getSeriesMap().keySet().stream()
                .filter(n -> n.equals(label) || n.startsWith(label + " #"))
                .toList();
        assertEquals(List.of(label), drawn, label);
        XYSeries piece = chart.getSeriesMap().get(label);
        if (level == 0) {
          // the 1σ line is solid (the others are cut into dashes): it ends where it starts
          double[] px = piece.getXData(), py = piece.getYData();
          assertEquals(px[0], px[px.length - 1], 0.0, label + " closes");
          assertEquals(py[0], py[py.length - 1], 0.0, label + " closes");
        }
        assertTrue(piece.isShowInLegend());
      }
    }
    Set<String> markers =
        chart.getSeriesMap().keySet().stream()
            .filter(n -> n.startsWith("best fit"))
            .collect(Collectors.toSet());
    assertEquals(3, markers.size());
    XYSeries h0 = chart.getSeriesMap().get("best fit H0 (shared)");
    assertEquals(result.fits().h0().dm21().value() * 1e5, h0.getYData()[0], 1e-12);
  }

  /** Issue 13: "P_ee", "E_ν", "χ²_PG" printed with literal underscores. */
  @Test
  void plotTextUsesUnicodeSubscriptsNotUnderscores() {
    for (Plots.Spec s : Plots.specs(TensionFixtures.standard(3))) {
      XYChart c = s.chart();
      List<String> texts = new java.util.ArrayList<>(c.getSeriesMap().keySet());
      texts.add(c.getTitle());
      texts.add(c.getXAxisTitle());
      texts.add(c.getYAxisTitle());
      texts.add(s.title());
      texts.add(s.caption());
      for (String t : texts) {
        assertFalse(t.contains("_"), s.name() + ": '" + t + "'");
      }
    }
    assertEquals("⁸B (SNO) Pₑₑ, ⁷Be, ¹³N", Style.unicode("8B (SNO) P_ee, 7Be, 13N"));
    assertEquals(
        "borexino ⁷Be, borexino ⁸B-her-i", Style.unicode("borexino 7be, borexino 8b-her-i"));
    assertEquals("2 bins, 30 MeV", Style.unicode("2 bins, 30 MeV"));
    XYChart pee = Plots.survival(result.survival());
    assertEquals("Pₑₑ", pee.getYAxisTitle());
  }

  /** Issue 13: the contour PNG did not say its levels are for 2 dof. */
  @Test
  void regionPlotsSayWhichLevelsTheyDraw() {
    XYChart two = Plots.tension(result, false);
    assertEquals(
        List.of("Δχ² = 2.30, 6.18, 11.83 (1σ, 2σ, 3σ; 2 dof)"), ((Style.NotedChart) two).notes());
    PlotOptions oneDof = PlotOptions.DEFAULTS.withLevels(PlotOptions.Levels.ONE_DOF);
    XYChart one = Plots.tension(result, false, oneDof);
    assertEquals(List.of("Δχ² = 1, 4, 9 (1σ, 2σ, 3σ; 1 dof)"), ((Style.NotedChart) one).notes());
    // The 1-dof 1σ contour is a different (smaller) line than the 2-dof one.
    double[] x1 = one.getSeriesMap().get("ν (solar) 1σ").getXData();
    double[] x2 = two.getSeriesMap().get("ν (solar) 1σ").getXData();
    double w1 =
        java.util.Arrays.stream(x1).max().getAsDouble()
            - java.util.Arrays.stream(x1).min().getAsDouble();
    double w2 =
        java.util.Arrays.stream(x2).max().getAsDouble()
            - java.util.Arrays.stream(x2).min().getAsDouble();
    // For a quadratic valley the widths scale as √Δχ²: √(1/2.30) = 0.659; 1 % for the grid.
    assertEquals(Math.sqrt(1 / 2.30), w1 / w2, 0.01);
    assertTrue(Plots.specs(result).get(0).caption().contains("2 dof"));
  }

  @Test
  void axisRangesAndLogDm21AreApplied() {
    PlotOptions o =
        PlotOptions.DEFAULTS
            .withRanges(new PlotOptions.Range(0.2, 0.45), new PlotOptions.Range(1, 20))
            .withLogDm21(true);
    XYChart c = Plots.tension(result, false, o);
    assertTrue(c.getStyler().isYAxisLogarithmic());
    assertEquals(1.0, c.getStyler().getYAxisMin());
    assertEquals(20.0, c.getStyler().getYAxisMax());
    assertEquals(0.2, c.getStyler().getXAxisMin());
    assertEquals(0.45, c.getStyler().getXAxisMax());
  }

  /** Issue 13: 1000×700 pixel PNGs. Now a size in points and a resolution written into the file. */
  @Test
  void pngSizeAndResolutionFollowTheOptions() throws Exception {
    PlotOptions o = PlotOptions.DEFAULTS.withSize(600, 450).withDpi(96);
    RenderedPlot p = Plots.render(result, o).get(0);
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(p.bytes(PlotFormat.PNG)));
    assertEquals(800, png.getWidth()); // 600 pt at 96/72
    assertEquals(600, png.getHeight());
    javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    reader.setInput(
        ImageIO.createImageInputStream(new ByteArrayInputStream(p.bytes(PlotFormat.PNG))));
    org.w3c.dom.Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
    org.w3c.dom.NodeList phys = ((org.w3c.dom.Element) tree).getElementsByTagName("pHYs");
    assertEquals(1, phys.getLength());
    // 96 dpi = 3780 pixels per metre (rounded).
    assertEquals("3780", ((org.w3c.dom.Element) phys.item(0)).getAttribute("pixelsPerUnitXAxis"));
    assertEquals(600, p.width());
  }

  @Test
  void plotOptionsRefuseWhatCannotBeDrawn() {
    assertThrows(IllegalArgumentException.class, () -> PlotOptions.DEFAULTS.withSize(100, 100));
    assertThrows(IllegalArgumentException.class, () -> PlotOptions.DEFAULTS.withDpi(2400));
    // 3000 × 3000 points at 600 dpi would be 25000² pixels.
    IllegalArgumentException big =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlotOptions.DEFAULTS.withSize(3000, 3000).withDpi(600));
    assertTrue(big.getMessage().contains("million pixels"), big.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PlotOptions.DEFAULTS.withRanges(null, new PlotOptions.Range(0, 10)).withLogDm21(true));
  }

  /**
   * Issue 13: the ⁸B curve was drawn across pp/⁷Be energies without saying what it is. It is now
   * labelled and stops at the ⁸B endpoint.
   */
  @Test
  void survivalCurvesAreLabelledAndStopAtTheB8Endpoint() {
    XYChart c = Plots.survival(result.survival());
    List<String> curves =
        c.getSeriesMap().keySet().stream().filter(n -> n.startsWith("⁸B Pₑₑ")).toList();
    assertEquals(result.survival().curves().size(), curves.size());
    for (String n : curves) {
      double[] e = c.getSeriesMap().get(n).getXData();
      assertTrue(e[e.length - 1] <= Plots.B8_ENDPOINT_MEV, n);
    }
    assertEquals(
        List.of("curves: ⁸B production region, Kamioka, day–night mean"),
        ((Style.NotedChart) c).notes());
  }

  @Test
  void aFewToysPutACautionOnTheToyPlot() {
    XYChart few = Plots.toys(TensionFixtures.build(4, 4, 25));
    assertEquals(
        List.of("only 4 toys: the toy p and σ are indicative only"),
        ((Style.NotedChart) few).notes());
    assertEquals(List.of(), ((Style.NotedChart) Plots.toys(result)).notes());
  }

  /** contour and profile results are plotted like tension runs (issue 13: they had no plots). */
  @Test
  void scanResultsGetRegionAndProfilePlots() {
    org.vfit.reports.result.ScanResult scan = TensionFixtures.scan(2);
    List<Plots.Spec> specs = Plots.specs(scan, PlotOptions.DEFAULTS);
    assertEquals(
        List.of("contour-nubar", "profile-dm21-nubar"),
        specs.stream().map(Plots.Spec::name).toList());
    XYChart region = specs.get(0).chart();
    assertTrue(region.getSeriesMap().containsKey("best fit ν̄ (reactor)"));
    assertTrue(region.getSeriesMap().containsKey("ν̄ (reactor) 1σ"));
    assertEquals(
        List.of("Δχ² = 2.30, 6.18, 11.83 (1σ, 2σ, 3σ; 2 dof)"),
        ((Style.NotedChart) region).notes());
  }

  @Test
  void tan2AxisMapsTheBestFits() {
    XYChart chart = Plots.tension(result, true);
    double s = result.fits().nu().sin2theta12().value();
    assertEquals(s / (1 - s), chart.getSeriesMap().get("best fit ν (solar)").getXData()[0], 1e-15);
  }

  /** A straight 1000-px line dashed 10 on / 6 off: 62.5% drawn, one NaN break per period. */
  @Test
  void dashesCutTheLineIntoEvenPieces() {
    double[][] d = Dashes.apply(new double[] {0, 1}, new double[] {0, 0}, 1000, 1, 10, 6);
    int breaks = 0;
    double drawn = 0;
    for (int k = 1; k < d[0].length; k++) {
      if (Double.isNaN(d[1][k])) {
        breaks++;
      } else if (!Double.isNaN(d[1][k - 1])) {
        drawn += (d[0][k] - d[0][k - 1]) * 1000;
      }
    }
    assertEquals(62, breaks, 1);
    // Exactly 625 px drawn up to the partial last period (at most one dash, 10 px).
    assertEquals(625, drawn, 10);
  }

  @Test
  void pdfIdIsAContentHash() {
    byte[] a = plots.get(0).bytes(PlotFormat.PDF);
    byte[] again = Plots.render(result).get(0).bytes(PlotFormat.PDF);
    assertEquals(
        new String(a, StandardCharsets.ISO_8859_1), new String(again, StandardCharsets.ISO_8859_1));
    String text = new String(a, StandardCharsets.ISO_8859_1);
    assertTrue(
        text.matches("(?s).*/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\].*"), "ID kept in PDF form");
    assertFalse(text.contains("<00000000000000000000000000000000>"), "ID filled in");
    byte[] other = Plots.render(TensionFixtures.small(10)).get(6).bytes(PlotFormat.PDF);
    assertNotEquals(
        idOf(text),
        idOf(new String(other, StandardCharsets.ISO_8859_1)),
        "different content, different ID");
  }

  private static String idOf(String pdf) {
    int k = pdf.indexOf("/ID [<");
    return pdf.substring(k, k + 40);
  }

  /** The smallest value on the outer rows and columns of a grid. */
  private static double borderMinimum(double[][] rows) {
    double min = Double.POSITIVE_INFINITY;
    int last = rows.length - 1;
    for (int j = 0; j <= last; j++) {
      double[] row = rows[j];
      for (int i = 0; i < row.length; i++) {
        if (j == 0 || j == last || i == 0 || i == row.length - 1) {
          min = Math.min(min, row[i]);
        }
      }
    }
    return min;
  }
}
