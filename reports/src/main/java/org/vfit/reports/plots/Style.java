package org.vfit.reports.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
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

  /**
   * Approximate share of the chart taken by the plot area (the rest: legend on the right, titles
   * and tick labels), for dash lengths in screen units.
   */
  static double plotWidth(int width) {
    return 0.68 * width;
  }

  static double plotHeight(int height) {
    return 0.80 * height;
  }

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

  static XYChart chart(String title, String xTitle, String yTitle, int width, int height) {
    XYChart chart = new NotedChart(width, height);
    chart.setTitle(unicode(title));
    chart.setXAxisTitle(unicode(xTitle));
    chart.setYAxisTitle(unicode(yTitle));
    XYStyler st = chart.getStyler();
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderVisible(true);
    st.setPlotBorderColor(Color.BLACK);
    st.setPlotGridLinesColor(new Color(0xE0E0E0));
    st.setLegendBorderColor(new Color(0xBBBBBB));
    st.setLegendPosition(Styler.LegendPosition.OutsideE);
    st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    st.setChartTitleBoxVisible(false);
    // Room between the title and the frame, and around the whole chart: without it the title sits
    // on the plot border and the tick labels touch the image edge.
    st.setChartTitlePadding(14);
    st.setChartPadding(14);
    st.setAxisTitlePadding(8);
    st.setLegendPadding(8);
    st.setAnnotationTextPanelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    st.setAnnotationTextPanelPadding(6);
    st.setAnnotationTextPanelBackgroundColor(new Color(255, 255, 255, 230));
    st.setAnnotationTextPanelBorderColor(new Color(0xBBBBBB));
    st.setMarkerSize(10);
    st.setAntiAlias(true);
    return chart;
  }

  /** The visible data ranges of a chart and its size in points, for placing notes. */
  record Frame(
      double xMin,
      double xMax,
      boolean logX,
      double yMin,
      double yMax,
      boolean logY,
      int width,
      int height) {}

  /**
   * A short note in a box inside the frame, at its top left (e.g. which Δχ² levels the contours
   * are). XChart places a text panel by the data point of its lower left corner, so the corner is
   * set a box height (about 30 points for one line of the 12-point font with padding) below the top
   * of the plot area.
   */
  static void note(XYChart chart, String text, Frame f) {
    double dx = 8 / plotWidth(f.width());
    double dy = 30 / plotHeight(f.height());
    double x = along(f.xMin(), f.xMax(), f.logX(), dx);
    double y = along(f.yMax(), f.yMin(), f.logY(), dy);
    AnnotationTextPanel panel = new AnnotationTextPanel(unicode(text), x, y, false);
    chart.addAnnotation(panel);
    if (chart instanceof NotedChart n) {
      n.notes.add(unicode(text));
    }
  }

  /** The point a fraction {@code t} of the way from {@code a} to {@code b} on the axis. */
  private static double along(double a, double b, boolean log, double t) {
    return log
        ? Math.pow(10, Math.log10(a) + t * (Math.log10(b) - Math.log10(a)))
        : a + t * (b - a);
  }

  /** An XYChart that remembers the notes written into its frame (XChart keeps them private). */
  static final class NotedChart extends XYChart {
    private final java.util.List<String> notes = new java.util.ArrayList<>();

    NotedChart(int width, int height) {
      super(width, height);
    }

    /** The notes, in the order added. */
    java.util.List<String> notes() {
      return java.util.List.copyOf(notes);
    }
  }

  private static final java.util.regex.Pattern NUCLIDE =
      java.util.regex.Pattern.compile(
          "\\b(\\d{1,2})(Be|B|N|O|F)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * Text as the plots print it: nuclides with superscript mass numbers (⁷Be, ⁸B) and no TeX-style
   * underscores (a data label such as {@code P_ee} would otherwise print them literally).
   */
  static String unicode(String text) {
    java.util.regex.Matcher m = NUCLIDE.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      for (char c : m.group(1).toCharArray()) {
        digits.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
      }
      // Dataset ids are lower case ("7be"); element symbols are written as symbols ("⁷Be").
      String symbol = m.group(2);
      symbol =
          symbol.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + symbol.substring(1).toLowerCase(java.util.Locale.ROOT);
      m.appendReplacement(b, digits + symbol);
    }
    m.appendTail(b);
    return b.toString().replace("P_ee", "Pₑₑ").replace("nu_e", "νₑ").replace('_', ' ');
  }

  /** A plain line series without markers. */
  static XYSeries line(
      XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
    XYSeries s = chart.addSeries(unicode(name), x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
    return s;
  }
}
