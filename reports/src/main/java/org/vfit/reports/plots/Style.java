package org.vfit.reports.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vfit.reports.result.FitName;
import org.vfit.reports.result.Sector;

/**
 * The look shared by all plots: Okabe–Ito colours (distinguishable with the common colour-vision
 * deficiencies and in greyscale by line style), ν blue, ν̄ vermillion, combined black; 1σ/2σ/3σ as
 * solid/dashed/dotted.
 */
final class Style {
  static final Color NU = new Color(0x0072B2);
  static final Color NUBAR = new Color(0xD55E00);
  static final Color COMBINED = Color.BLACK;
  static final Color GUIDE = new Color(0x777777);

  /** Further Okabe–Ito colours for data point groups. */
  static final Color[] POINTS = {
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x555555),
    new Color(0xF0E442)
  };

  static final int WIDTH = 1000;
  static final int HEIGHT = 700;

  /**
   * Approximate size of the plot area in pixels (chart less legend, titles and ticks), for dashes.
   */
  static final double PLOT_WIDTH = 730;

  static final double PLOT_HEIGHT = 590;

  /**
   * Dash and gap lengths in pixels for 1σ (unused: solid), 2σ (dashed) and 3σ (dotted) contours.
   */
  static final double[] DASH_ON = {0, 10, 2.5};

  static final double[] DASH_OFF = {0, 6, 4.5};

  private Style() {}

  static Color color(Sector s) {
    return switch (s) {
      case NU -> NU;
      case NUBAR -> NUBAR;
      case COMBINED -> COMBINED;
    };
  }

  static Color color(FitName f) {
    return switch (f) {
      case NU -> NU;
      case NUBAR -> NUBAR;
      case H0, H1 -> COMBINED;
    };
  }

  /** Solid, dashed, dotted for 1, 2, 3σ (index 0, 1, 2). */
  static BasicStroke level(int index, float width) {
    return switch (index) {
      case 0 -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
      case 1 ->
          new BasicStroke(
              width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);
      default ->
          new BasicStroke(
              width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 4f}, 0f);
    };
  }

  static BasicStroke guide() {
    return new BasicStroke(
        1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f);
  }

  static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    XYStyler st = chart.getStyler();
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderVisible(true);
    st.setPlotBorderColor(Color.BLACK);
    st.setPlotGridLinesColor(new Color(0xE0E0E0));
    st.setLegendBorderColor(new Color(0xBBBBBB));
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    st.setChartTitleBoxVisible(false);
    st.setMarkerSize(10);
    st.setAntiAlias(true);
    return chart;
  }

  /** A plain line series without markers. */
  static XYSeries line(
      XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
    return s;
  }
}
