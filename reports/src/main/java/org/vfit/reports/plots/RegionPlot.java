package org.vfit.reports.plots;

import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.reports.result.Chi2Grid;

/**
 * The 1σ, 2σ and 3σ regions of one Δχ² grid with its best-fit point ({@code vfit contour --plot}).
 * The axes follow the grid: tan²θ₁₂ or sin²θ₁₂ on x, log axes where the grid is log-spaced, so a
 * wide reactor scan shows its Δm²₂₁ islands and both θ₁₂ octants.
 */
public final class RegionPlot {
  private RegionPlot() {}

  /**
   * @param tan2X tan²θ₁₂ on the x axis instead of sin²θ₁₂
   * @param bestSin2Theta12 the best fit's sin²θ₁₂
   * @param bestDm21 the best fit's Δm²₂₁ in eV²
   * @param title chart title
   */
  public static RenderedPlot render(
      Chi2Grid grid, boolean tan2X, double bestSin2Theta12, double bestDm21, String title) {
    DoubleUnaryOperator xt = tan2X ? v -> v / (1 - v) : v -> v;
    boolean logX = tan2X && grid.tan2LogSpaced();
    boolean logY = grid.dm21LogSpaced();
    double xMin = xt.applyAsDouble(grid.sin2theta12().get(0));
    double xMax = xt.applyAsDouble(grid.sin2theta12().get(grid.sin2theta12().size() - 1));
    OscillationParameter dm21 = OscillationParameter.DM21;
    double yMin = dm21.toDisplay(grid.dm21().get(0));
    double yMax = dm21.toDisplay(grid.dm21().get(grid.dm21().size() - 1));
    PlotOptions o = PlotOptions.DEFAULTS;
    XYChart chart =
        Style.chart(
            title, tan2X ? "tan²θ₁₂" : "sin²θ₁₂", "Δm²₂₁ [10⁻⁵ eV²]", o.width(), o.height());
    double sx = Style.plotWidth(o.width()) / (Plots.axis(xMax, logX) - Plots.axis(xMin, logX));
    double sy = Style.plotHeight(o.height()) / (Plots.axis(yMax, logY) - Plots.axis(yMin, logY));
    Plots.regions(
        chart,
        grid,
        grid.sector().label(),
        Style.color(grid.sector()),
        2.2f,
        tan2X,
        logX,
        logY,
        sx,
        sy);
    XYSeries best =
        chart.addSeries(
            "best fit",
            new double[] {xt.applyAsDouble(bestSin2Theta12)},
            new double[] {dm21.toDisplay(bestDm21)});
    best.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    best.setMarker(SeriesMarkers.SQUARE);
    best.setMarkerColor(Style.color(grid.sector()));
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
    chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
    chart.getStyler().setXAxisDecimalPattern(logX ? "0.###" : "0.00");
    chart.getStyler().setYAxisDecimalPattern(logY ? "0.###" : "0.0");
    return new RenderedPlot(
        "contour",
        title,
        "1σ, 2σ, 3σ regions (Δχ² = 2.30, 6.18, 11.83, 2 dof) and the best fit.",
        o.width(),
        o.height(),
        ChartEncoder.encode(chart, o.dpi()));
  }
}
