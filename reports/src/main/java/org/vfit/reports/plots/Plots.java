package org.vfit.reports.plots;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vfit.reports.contour.MarchingSquares;
import org.vfit.reports.contour.Polyline;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.FitName;
import org.vfit.reports.result.Histogram;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.Sector;
import org.vfit.reports.result.SingleFit;
import org.vfit.reports.result.SurvivalCurve;
import org.vfit.reports.result.SurvivalData;
import org.vfit.reports.result.SurvivalPoint;
import org.vfit.reports.result.TensionResult;
import org.vfit.reports.result.ToyCalibration;

/**
 * Builds the report's plots from a result. Each plot is made only when the result holds its data
 * (no grids, no tension plot; no toys, no toy plot), and depends on nothing but the result, so a
 * re-render from {@code result.json} draws the same charts.
 */
public final class Plots {
  /** Δχ² levels of the 1σ, 2σ, 3σ regions for 2 parameters (68.27%, 95.45%, 99.73%). */
  public static final double[] LEVELS_2DOF = {2.30, 6.18, 11.83};

  /** Δχ² levels of 1σ, 2σ, 3σ intervals for 1 parameter. */
  public static final double[] LEVELS_1DOF = {1, 4, 9};

  private static final String[] SIGMA = {"1σ", "2σ", "3σ"};

  /**
   * Upper end of the Δχ² axis of profile plots: the 3σ line and some room, as in NuFIT's figures.
   */
  private static final double PROFILE_MAX = 16;

  private static final double DM_DISPLAY = 1e5;

  private Plots() {}

  /** A chart to be encoded, with its report text. */
  record Spec(String name, String title, String caption, XYChart chart) {}

  /** Every plot the result has data for, encoded in all formats, in report order. */
  public static List<RenderedPlot> render(TensionResult result) {
    List<RenderedPlot> out = new ArrayList<>();
    for (Spec s : specs(result)) {
      out.add(
          new RenderedPlot(
              s.name(),
              s.title(),
              s.caption(),
              Style.WIDTH,
              Style.HEIGHT,
              ChartEncoder.encode(s.chart())));
    }
    return List.copyOf(out);
  }

  static List<Spec> specs(TensionResult r) {
    List<Spec> specs = new ArrayList<>();
    if (!r.grids().isEmpty()) {
      specs.add(
          new Spec(
              "tension",
              "Tension plot: ν (solar) vs ν̄ (reactor)",
              "1σ, 2σ, 3σ regions (Δχ² = 2.30, 6.18, 11.83, 2 dof) of the solar-only (ν), reactor-only (ν̄) "
                  + "and combined (H0) fits, with their best-fit points.",
              tension(r, false)));
      specs.add(
          new Spec(
              "tension-tan2",
              "Tension plot in tan²θ₁₂",
              "The same regions as the tension plot with tan²θ₁₂ on the x axis, as in older solar analyses.",
              tension(r, true)));
    }
    for (ProfileParameter p : List.of(ProfileParameter.DM21, ProfileParameter.SIN2THETA12)) {
      if (r.profiles().stream().anyMatch(x -> x.parameter() == p)) {
        specs.add(
            new Spec(
                "profile-" + p.name().toLowerCase(Locale.ROOT).replace("_", "-"),
                "Δχ² profile of " + p.axisTitle().replaceAll(" \\[.*", ""),
                "Solar (ν), reactor (ν̄) and combined fits, other parameters minimised; horizontal lines at "
                    + "Δχ² = 1, 4, 9 (1σ, 2σ, 3σ for one parameter).",
                profiles(r, p)));
      }
    }
    for (ProfileParameter p :
        List.of(ProfileParameter.DELTA_DM21, ProfileParameter.DELTA_SIN2THETA12)) {
      if (r.profiles().stream().anyMatch(x -> x.parameter() == p)) {
        specs.add(
            new Spec(
                "profile-" + p.name().toLowerCase(Locale.ROOT).replace("_", "-"),
                "Δχ² profile of " + p.axisTitle().replaceAll(" = .*", ""),
                "Difference of the ν̄ and ν values in the separate (H1) fit, everything else minimised; zero "
                    + "is the shared (CPT-symmetric) case.",
                profiles(r, p)));
      }
    }
    if (r.pg().toys() != null) {
      specs.add(
          new Spec(
              "toys-chi2pg",
              "Toy distribution of χ²_PG",
              "χ²_PG of pseudo-experiments generated at the H0 best fit (density), the χ²("
                  + r.pg().dof()
                  + ") curve that Wilks' theorem predicts, and the observed value.",
              toys(r)));
    }
    if (!r.survival().curves().isEmpty() || !r.survival().points().isEmpty()) {
      specs.add(
          new Spec(
              "pee",
              "Solar ν_e survival probability P_ee(E)",
              "P_ee predicted with the best-fit parameters of each fit, and the measured solar points.",
              survival(r.survival())));
    }
    return specs;
  }

  // ---------------------------------------------------------------- tension plot

  static XYChart tension(TensionResult r, boolean tan2) {
    DoubleUnaryOperator xt = tan2 ? s -> s / (1 - s) : s -> s;
    XYChart chart =
        Style.chart(
            tan2 ? "ν vs ν̄: Δχ² regions (tan²θ₁₂)" : "ν vs ν̄: Δχ² regions",
            tan2 ? "tan²θ₁₂" : "sin²θ₁₂",
            "Δm²₂₁ [10⁻⁵ eV²]");
    Map<FitName, Marker> markers = new LinkedHashMap<>();
    markers.put(FitName.NU, SeriesMarkers.DIAMOND);
    markers.put(FitName.NUBAR, SeriesMarkers.SQUARE);
    markers.put(FitName.H0, SeriesMarkers.CIRCLE);

    // Axis ranges first: the dash lengths below are set in screen pixels.
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (Chi2Grid g : r.grids()) {
      xMin = Math.min(xMin, xt.applyAsDouble(g.sin2theta12().get(0)));
      xMax = Math.max(xMax, xt.applyAsDouble(g.sin2theta12().get(g.sin2theta12().size() - 1)));
      yMin = Math.min(yMin, g.dm21().get(0) * DM_DISPLAY);
      yMax = Math.max(yMax, g.dm21().get(g.dm21().size() - 1) * DM_DISPLAY);
    }
    for (FitName f : markers.keySet()) {
      SingleFit fit = r.fits().single(f);
      xMin = Math.min(xMin, xt.applyAsDouble(fit.sin2theta12().value()));
      xMax = Math.max(xMax, xt.applyAsDouble(fit.sin2theta12().value()));
      yMin = Math.min(yMin, fit.dm21().value() * DM_DISPLAY);
      yMax = Math.max(yMax, fit.dm21().value() * DM_DISPLAY);
    }
    // Log axes where the grids are log-spaced (wide scans across islands, both octants in tan²):
    // contours are traced and dashed in the log coordinates the axis draws linearly.
    boolean logY = r.grids().stream().anyMatch(Chi2Grid::dm21LogSpaced);
    boolean logX = tan2 && r.grids().stream().allMatch(Chi2Grid::tan2LogSpaced);
    double sx = Style.PLOT_WIDTH / (axis(xMax, logX) - axis(xMin, logX));
    double sy = Style.PLOT_HEIGHT / (axis(yMax, logY) - axis(yMin, logY));

    for (Sector sector : List.of(Sector.NU, Sector.NUBAR, Sector.COMBINED)) {
      Chi2Grid g = r.grid(sector);
      if (g == null) {
        continue;
      }
      regions(
          chart,
          g,
          sector.label(),
          Style.color(sector),
          sector == Sector.COMBINED ? 1.6f : 2.2f,
          tan2,
          logX,
          logY,
          sx,
          sy);
    }
    for (Map.Entry<FitName, Marker> m : markers.entrySet()) {
      SingleFit f = r.fits().single(m.getKey());
      double bx = xt.applyAsDouble(f.sin2theta12().value());
      double by = f.dm21().value() * DM_DISPLAY;
      XYSeries s =
          chart.addSeries("best fit " + m.getKey().label(), new double[] {bx}, new double[] {by});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(m.getValue());
      s.setMarkerColor(Style.color(m.getKey()));
    }
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
    chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
    chart.getStyler().setXAxisDecimalPattern(logX ? "0.###" : "0.00");
    chart.getStyler().setYAxisDecimalPattern(logY ? "0.###" : "0.0");
    return chart;
  }

  /**
   * The 1σ, 2σ, 3σ region lines of one grid (solid, dashed, dotted), one legend entry per region
   * however many pieces (islands) it has. Contours are traced and dashed in the coordinates the
   * axes draw linearly (log10 on a log axis), {@code sx}, {@code sy} pixels per axis unit.
   */
  static void regions(
      XYChart chart,
      Chi2Grid g,
      String label,
      java.awt.Color color,
      float width,
      boolean tan2,
      boolean logX,
      boolean logY,
      double sx,
      double sy) {
    DoubleUnaryOperator xt = tan2 ? v -> v / (1 - v) : v -> v;
    double[] x =
        g.sin2theta12().stream()
            .mapToDouble(v -> logX ? Math.log10(xt.applyAsDouble(v)) : v)
            .toArray();
    double[] y = g.dm21().stream().mapToDouble(v -> axis(v, logY)).toArray();
    double[][] v = g.values();
    for (int level = 0; level < LEVELS_2DOF.length; level++) {
      List<Polyline> pieces = MarchingSquares.contour(x, y, v, LEVELS_2DOF[level]);
      for (int k = 0; k < pieces.size(); k++) {
        double[][] xy = pieces.get(k).drawable();
        double[] px = new double[xy[0].length];
        double[] py = new double[xy[1].length];
        for (int n = 0; n < px.length; n++) {
          px[n] = logX ? xy[0][n] : xt.applyAsDouble(xy[0][n]);
          py[n] = logY ? xy[1][n] + Math.log10(DM_DISPLAY) : xy[1][n] * DM_DISPLAY;
        }
        double[][] drawn =
            level == 0
                ? new double[][] {px, py}
                : Dashes.apply(px, py, sx, sy, Style.DASH_ON[level], Style.DASH_OFF[level]);
        drawn = new double[][] {unaxis(drawn[0], logX), unaxis(drawn[1], logY)};
        XYSeries s =
            Style.line(
                chart,
                label + " " + SIGMA[level] + (k == 0 ? "" : " #" + (k + 1)),
                drawn[0],
                drawn[1],
                color,
                Style.level(level, width));
        // One legend entry per region, however many pieces the contour has.
        s.setShowInLegend(k == 0);
      }
    }
  }

  /** A coordinate as a linear or a log10 axis draws it. */
  static double axis(double v, boolean log) {
    return log ? Math.log10(v) : v;
  }

  /** Back from axis coordinates to values. */
  static double[] unaxis(double[] v, boolean log) {
    if (!log) {
      return v;
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.pow(10, v[i]);
    }
    return out;
  }

  // ---------------------------------------------------------------- 1-D profiles

  static XYChart profiles(TensionResult r, ProfileParameter p) {
    XYChart chart =
        Style.chart(
            "Δχ² profile: " + p.axisTitle().replaceAll(" (\\[|= ).*", ""), p.axisTitle(), "Δχ²");
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    for (Sector sector : List.of(Sector.NU, Sector.NUBAR, Sector.COMBINED)) {
      Profile prof = r.profile(p, sector);
      if (prof == null) {
        continue;
      }
      double[] x = prof.values().stream().mapToDouble(v -> v * p.displayScale()).toArray();
      double[] y = prof.deltaChi2().stream().mapToDouble(Double::doubleValue).toArray();
      // Show where the curve is informative (below the axis top) plus one point either side.
      int lo = 0;
      while (lo < y.length - 1 && y[lo + 1] > PROFILE_MAX) {
        lo++;
      }
      int hi = y.length - 1;
      while (hi > lo && y[hi - 1] > PROFILE_MAX) {
        hi--;
      }
      xMin = Math.min(xMin, x[lo]);
      xMax = Math.max(xMax, x[hi]);
      String name =
          switch (p) {
            case DELTA_DM21, DELTA_SIN2THETA12 -> "H1: ν̄ − ν";
            default -> sector == Sector.COMBINED ? "combined (H0)" : sector.label();
          };
      Style.line(chart, name, x, y, Style.color(sector), Style.level(0, 2.2f));
    }
    if (p == ProfileParameter.DELTA_DM21 || p == ProfileParameter.DELTA_SIN2THETA12) {
      xMin = Math.min(xMin, 0);
      xMax = Math.max(xMax, 0);
      Style.line(
          chart,
          "no difference (H0)",
          new double[] {0, 0},
          new double[] {0, PROFILE_MAX},
          Style.GUIDE,
          Style.level(0, 1f));
    }
    for (int k = 0; k < LEVELS_1DOF.length; k++) {
      XYSeries s =
          Style.line(
              chart,
              "Δχ² = 1, 4, 9" + (k == 0 ? "" : " #" + k),
              new double[] {xMin, xMax},
              new double[] {LEVELS_1DOF[k], LEVELS_1DOF[k]},
              Style.GUIDE,
              Style.guide());
      s.setShowInLegend(k == 0);
    }
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(0.0).setYAxisMax(PROFILE_MAX);
    return chart;
  }

  // ---------------------------------------------------------------- toys

  static XYChart toys(TensionResult r) {
    ToyCalibration toys = r.pg().toys();
    double observed = r.pg().chi2();
    Histogram h =
        toys.histogram() != null ? toys.histogram() : defaultHistogram(toys.statistics(), observed);
    int bins = h.counts().size();
    double[] x = new double[2 * bins + 2];
    double[] y = new double[2 * bins + 2];
    double maxDensity = 0;
    x[0] = h.edges().get(0);
    for (int b = 0; b < bins; b++) {
      double lo = h.edges().get(b);
      double hi = h.edges().get(b + 1);
      // A density over all toys: entries outside the edges still count in the normalisation.
      double density = h.counts().get(b) / (toys.toys() * (hi - lo));
      maxDensity = Math.max(maxDensity, density);
      x[2 * b + 1] = lo;
      y[2 * b + 1] = density;
      x[2 * b + 2] = hi;
      y[2 * b + 2] = density;
    }
    x[2 * bins + 1] = h.edges().get(bins);
    double xMax = Math.max(h.edges().get(bins), observed * 1.1);
    XYChart chart = Style.chart("χ²_PG: toys vs Wilks", "χ²_PG", "probability density");
    Style.line(
        chart,
        String.format(Locale.ROOT, "toys (%d)", toys.toys()),
        x,
        y,
        Style.NU,
        Style.level(0, 1.8f));

    ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, r.pg().dof());
    int n = 300;
    double[] cx = new double[n];
    double[] cy = new double[n];
    double maxCurve = 0;
    for (int k = 0; k < n; k++) {
      // Start just above 0: for 1 dof the density diverges there.
      cx[k] = xMax * (k + 1) / n;
      cy[k] = chi2.density(cx[k]);
      if (cx[k] >= h.edges().get(1) / 2) {
        maxCurve = Math.max(maxCurve, cy[k]);
      }
    }
    double yMax = 1.15 * Math.max(maxDensity, maxCurve);
    for (int k = 0; k < n; k++) {
      cy[k] = Math.min(cy[k], yMax);
    }
    Style.line(
        chart, "χ²(" + r.pg().dof() + ") (Wilks)", cx, cy, Color.BLACK, Style.level(0, 1.4f));
    String obs =
        String.format(
            Locale.ROOT,
            "observed χ²_PG = %.2f, toy p = %.3g ± %.1g",
            observed,
            toys.pValue(),
            toys.pValueError());
    Style.line(
        chart,
        obs,
        new double[] {observed, observed},
        new double[] {0, yMax},
        Style.NUBAR,
        Style.level(0, 2.2f));
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(xMax).setYAxisMin(0.0).setYAxisMax(yMax);
    chart.getStyler().setYAxisDecimalPattern("0.00");
    return chart;
  }

  /** Equal bins from 0 to past the largest of the toys and the observed value, ~40 of them. */
  static Histogram defaultHistogram(List<Double> values, double observed) {
    double max =
        Math.max(observed, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    int bins = 40;
    List<Double> edges = new ArrayList<>(bins + 1);
    for (int k = 0; k <= bins; k++) {
      edges.add(max * 1.02 * k / bins);
    }
    return Histogram.of(values, edges);
  }

  // ---------------------------------------------------------------- P_ee(E)

  static XYChart survival(SurvivalData data) {
    XYChart chart = Style.chart("Solar ν_e survival probability", "E_ν [MeV]", "P_ee");
    chart.getStyler().setXAxisLogarithmic(true);
    double eMin = Double.POSITIVE_INFINITY;
    double eMax = Double.NEGATIVE_INFINITY;
    for (SurvivalCurve c : data.curves()) {
      double[] e = c.energy().stream().mapToDouble(Double::doubleValue).toArray();
      double[] p = c.pee().stream().mapToDouble(Double::doubleValue).toArray();
      eMin = Math.min(eMin, e[0]);
      eMax = Math.max(eMax, e[e.length - 1]);
      Style.line(
          chart,
          "best fit " + c.fit().label(),
          e,
          p,
          Style.color(c.fit()),
          Style.level(0, c.fit() == FitName.H0 ? 1.6f : 2.2f));
    }
    Map<String, List<SurvivalPoint>> byLabel = new LinkedHashMap<>();
    for (SurvivalPoint p : data.points()) {
      byLabel.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(p);
    }
    Marker[] shapes = {
      SeriesMarkers.CIRCLE,
      SeriesMarkers.SQUARE,
      SeriesMarkers.DIAMOND,
      SeriesMarkers.TRIANGLE_UP,
      SeriesMarkers.TRIANGLE_DOWN
    };
    int k = 0;
    for (Map.Entry<String, List<SurvivalPoint>> group : byLabel.entrySet()) {
      List<SurvivalPoint> pts = group.getValue();
      double[] e = pts.stream().mapToDouble(SurvivalPoint::energy).toArray();
      double[] v = pts.stream().mapToDouble(SurvivalPoint::value).toArray();
      double[] err = pts.stream().mapToDouble(SurvivalPoint::error).toArray();
      for (double energy : e) {
        eMin = Math.min(eMin, energy);
        eMax = Math.max(eMax, energy);
      }
      XYSeries s = chart.addSeries(group.getKey(), e, v, err);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(shapes[k % shapes.length]);
      s.setMarkerColor(Style.POINTS[k % Style.POINTS.length]);
      // Error bars take the series' line colour.
      s.setLineColor(Style.POINTS[k % Style.POINTS.length]);
      k++;
    }
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    if (eMin < eMax) {
      chart.getStyler().setXAxisMin(eMin).setXAxisMax(eMax);
    }
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    return chart;
  }
}
