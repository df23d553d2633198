package org.vfit.reports.plots;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vfit.likelihood.OscillationParameter;

/**
 * The plots of {@code vfit baselines}: Δm²₂₁ and sin²θ₁₂ of each baseline class against its
 * baseline (log scale, the Sun at 1 AU), with the H-model's one value for all as a flat line and
 * its ±1σ band, and for Δm²₂₁ the fitted κ curve Δm²₂₁(∞)(1 + κ(L₀/L)²). Drawn from plain numbers
 * so that they can be re-drawn from the command's JSON.
 */
public final class BaselinePlots {

  private BaselinePlots() {}

  /**
   * One class's fitted value.
   *
   * @param label class name for the legend
   * @param solar whether it is the solar (ν) class, drawn in the ν colour
   * @param baselineKm its baseline, km
   * @param value fitted value (Δm²₂₁ in eV², or sin²θ₁₂)
   * @param error its 1σ error
   */
  public record Point(String label, boolean solar, double baselineKm, double value, double error) {}

  /**
   * The H-model's value common to all baselines, with its 1σ error.
   *
   * @param value the value
   * @param error its 1σ error
   */
  public record Flat(double value, double error) {}

  /**
   * A curve against baseline, e.g. the κ fit.
   *
   * @param label legend text
   * @param baselineKm baselines, increasing
   * @param value the curve's values
   */
  public record Curve(String label, double[] baselineKm, double[] value) {
    public Curve {
      baselineKm = baselineKm.clone();
      value = value.clone();
    }
  }

  /** Display factor of Δm²₂₁ (the axis is in 1e-5 eV²). */
  private static final double DM_DISPLAY = OscillationParameter.DM21.displayScale();

  private static final Marker[] SHAPES = {
    SeriesMarkers.SQUARE,
    SeriesMarkers.CIRCLE,
    SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN
  };

  /**
   * Both plots, encoded: {@code baselines-dm21} and {@code baselines-sin2theta12}.
   *
   * @param kappa the κ curve in eV², or null
   */
  public static List<RenderedPlot> render(
      List<Point> dm21, Flat dm21Flat, Curve kappa, List<Point> sin2Theta12, Flat sin2Flat) {
    List<RenderedPlot> out = new ArrayList<>();
    out.add(
        encode(
            "baselines-dm21",
            "Δm²₂₁ against baseline",
            "Δm²₂₁ of each baseline class fitted with its own parameters (1σ HESSE errors), the"
                + " solar ν at 1 AU; the H-model's single value (line, ±1σ dashed)"
                + (kappa == null ? "." : " and the fitted Δm²₂₁(∞)(1 + κ(L₀/L)²)."),
            chart(
                "Δm²₂₁ against baseline", "Δm²₂₁ [1e-5 eV²]", dm21, dm21Flat, kappa, DM_DISPLAY)));
    out.add(
        encode(
            "baselines-sin2theta12",
            "sin²θ₁₂ against baseline",
            "sin²θ₁₂ of each baseline class fitted with its own parameters (1σ HESSE errors), the"
                + " solar ν at 1 AU; the H-model's single value (line, ±1σ dashed).",
            chart("sin²θ₁₂ against baseline", "sin²θ₁₂", sin2Theta12, sin2Flat, null, 1)));
    return List.copyOf(out);
  }

  private static RenderedPlot encode(String name, String title, String caption, XYChart chart) {
    PlotOptions o = PlotOptions.DEFAULTS;
    return new RenderedPlot(
        name, title, caption, o.width(), o.height(), ChartEncoder.encode(chart, o.dpi()));
  }

  static XYChart chart(
      String title, String yTitle, List<Point> points, Flat flat, Curve curve, double scale) {
    XYChart chart =
        Style.chart(
            title,
            "baseline L [km] (log scale)",
            yTitle,
            PlotOptions.DEFAULTS.width(),
            PlotOptions.DEFAULTS.height());
    chart.getStyler().setXAxisLogarithmic(true);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double yLo = Double.POSITIVE_INFINITY;
    double yHi = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      lo = Math.min(lo, p.baselineKm());
      hi = Math.max(hi, p.baselineKm());
      yLo = Math.min(yLo, (p.value() - p.error()) * scale);
      yHi = Math.max(yHi, (p.value() + p.error()) * scale);
    }
    // A decade either side of the outermost classes, so points sit inside the frame.
    double xMin = lo / 10;
    double xMax = hi * 10;
    if (flat != null) {
      double[] x = {xMin, xMax};
      Style.line(
          chart,
          "H-model (one set)",
          x,
          new double[] {flat.value() * scale, flat.value() * scale},
          Style.COMBINED,
          Style.level(0, 1.5f));
      XYSeries band =
          Style.line(
              chart,
              "H-model ±1σ",
              x,
              new double[] {
                (flat.value() + flat.error()) * scale, (flat.value() + flat.error()) * scale
              },
              Style.COMBINED,
              Style.level(1, 1f));
      band.setShowInLegend(true);
      Style.line(
              chart,
              "H-model -1σ",
              x,
              new double[] {
                (flat.value() - flat.error()) * scale, (flat.value() - flat.error()) * scale
              },
              Style.COMBINED,
              Style.level(1, 1f))
          .setShowInLegend(false);
      yLo = Math.min(yLo, (flat.value() - flat.error()) * scale);
      yHi = Math.max(yHi, (flat.value() + flat.error()) * scale);
    }
    if (curve != null && curve.baselineKm().length > 1) {
      double[] y = new double[curve.value().length];
      for (int k = 0; k < y.length; k++) {
        y[k] = curve.value()[k] * scale;
      }
      Style.line(chart, curve.label(), curve.baselineKm(), y, Style.GUIDE, Style.level(0, 2f));
    }
    int k = 0;
    for (Point p : points) {
      XYSeries s =
          chart.addSeries(
              p.label() + String.format(java.util.Locale.ROOT, " (%.3g km)", p.baselineKm()),
              new double[] {p.baselineKm()},
              new double[] {p.value() * scale},
              new double[] {p.error() * scale});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      java.awt.Color c = p.solar() ? Style.NU : k == 0 ? Style.NUBAR : Style.POINTS[(k - 1) % 6];
      s.setMarker(p.solar() ? SeriesMarkers.DIAMOND : SHAPES[k % SHAPES.length]);
      s.setMarkerColor(c);
      s.setLineColor(c);
      if (!p.solar()) {
        k++;
      }
    }
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    double pad = 0.15 * Math.max(yHi - yLo, 1e-12);
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax);
    chart.getStyler().setYAxisMin(yLo - pad).setYAxisMax(yHi + pad);
    return chart;
  }
}
