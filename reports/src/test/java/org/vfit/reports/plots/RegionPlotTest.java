package org.vfit.reports.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.Sector;

/** Log and tan²θ₁₂ axes: detected from the grid's spacing, drawn by the region plot. */
class RegionPlotTest {

  /**
   * A grid in log tan²θ₁₂ × log Δm²₂₁ with two circular islands in log coordinates, Δχ² = 25 r²
   * around (tan² = 0.45, Δm² = 7.5e-5) and its octant mirror (tan² = 1/0.45): each 1σ ring has log
   * radius √(2.30/25) = 0.30.
   */
  static Chi2Grid islands() {
    int nx = 41;
    int ny = 61;
    List<Double> s2 = new ArrayList<>();
    for (int i = 0; i < nx; i++) {
      double t = 0.1 * Math.pow(100, i / (nx - 1.0));
      s2.add(t / (1 + t));
    }
    List<Double> dm = new ArrayList<>();
    for (int j = 0; j < ny; j++) {
      dm.add(1e-6 * Math.pow(200, j / (ny - 1.0)));
    }
    List<List<Double>> rows = new ArrayList<>();
    for (int j = 0; j < ny; j++) {
      List<Double> row = new ArrayList<>();
      double ly = Math.log10(dm.get(j) / 7.5e-5);
      for (int i = 0; i < nx; i++) {
        double s = s2.get(i);
        double lx = Math.log10(s / (1 - s));
        double a = Math.pow(lx - Math.log10(0.45), 2) + ly * ly;
        double b = Math.pow(lx + Math.log10(0.45), 2) + ly * ly;
        row.add(25 * Math.min(a, b));
      }
      rows.add(row);
    }
    return new Chi2Grid(Sector.NUBAR, s2, dm, rows, 90.0);
  }

  @Test
  void spacingIsDetectedFromTheValues() {
    Chi2Grid log = islands();
    assertTrue(log.dm21LogSpaced());
    assertTrue(log.tan2LogSpaced());
    List<Double> lin = List.of(0.2, 0.3, 0.4, 0.5);
    List<Double> dm = List.of(5e-5, 6e-5, 7e-5, 8e-5);
    List<List<Double>> rows = new ArrayList<>();
    for (int j = 0; j < 4; j++) {
      rows.add(List.of(1.0, 2.0, 3.0, 4.0));
    }
    Chi2Grid linear = new Chi2Grid(Sector.NU, lin, dm, rows, 1.0);
    assertFalse(linear.dm21LogSpaced());
    assertFalse(linear.tan2LogSpaced());
  }

  /**
   * On log axes the 1σ line of each island is a circle of radius 0.30 in log10 coordinates; traced
   * in those coordinates every drawn point lies within 0.02 of it (marching squares on a 0.05-step
   * grid), and there are two islands.
   */
  @Test
  void logAxesDrawTheIslandsAsTraced() {
    Chi2Grid g = islands();
    XYChart chart = Style.chart("t", "x", "y", 800, 600);
    Plots.regions(chart, g, "nubar", Style.NUBAR, 2.2f, true, true, true, 100, 100);
    var series = chart.getSeriesMap();
    List<String> oneSigma = series.keySet().stream().filter(k -> k.startsWith("nubar 1σ")).toList();
    assertTrue(oneSigma.size() == 2, oneSigma.toString());
    double r = Math.sqrt(2.30 / 25);
    for (String k : oneSigma) {
      double[] x = series.get(k).getXData();
      double[] y = series.get(k).getYData();
      for (int n = 0; n < x.length; n++) {
        double lx = Math.abs(Math.log10(x[n])) - Math.abs(Math.log10(0.45));
        double ly = Math.log10(y[n] / 7.5);
        assertTrue(Math.abs(Math.hypot(lx, ly) - r) < 0.02, k + " point " + n);
      }
    }
    RenderedPlot p = RegionPlot.render(g, true, 0.45 / 1.45, 7.5e-5, "islands");
    String svg = new String(p.bytes(PlotFormat.SVG), StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"));
    assertArrayEquals(
        p.bytes(PlotFormat.SVG),
        RegionPlot.render(g, true, 0.45 / 1.45, 7.5e-5, "islands").bytes(PlotFormat.SVG));
  }
}
