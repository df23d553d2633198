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
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.reports.contour.GridRefinement;
import org.vfit.reports.contour.MarchingSquares;
import org.vfit.reports.contour.Polyline;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.FitName;
import org.vfit.reports.result.Histogram;
import org.vfit.reports.result.OscillationEstimate;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.Result;
import org.vfit.reports.result.ScanResult;
import org.vfit.reports.result.Sector;
import org.vfit.reports.result.SurvivalCurve;
import org.vfit.reports.result.SurvivalData;
import org.vfit.reports.result.SurvivalPoint;
import org.vfit.reports.result.TensionResult;
import org.vfit.reports.result.ToyCalibration;

/**
 * Builds the report's plots from a result. Each plot is made only when the result holds its data
 * (no grids, no tension plot; no toys, no toy plot), and depends on nothing but the result and the
 * {@link PlotOptions}, so a re-render from {@code result.json} draws the same charts.
 *
 * <p>Text on the plots uses Unicode sub- and superscripts (Δm²₂₁, Pₑₑ, ⁸B), never TeX-style
 * underscores, and every region plot says which Δχ² levels it draws and for how many degrees of
 * freedom.
 */
public final class Plots {
  /** Δχ² levels of the 1σ, 2σ, 3σ regions for 2 parameters (68.27%, 95.45%, 99.73%). */
  public static final double[] LEVELS_2DOF = PlotOptions.Levels.TWO_DOF.deltaChi2();

  /** Δχ² levels of 1σ, 2σ, 3σ intervals for 1 parameter. */
  public static final double[] LEVELS_1DOF = PlotOptions.Levels.ONE_DOF.deltaChi2();

  private static final String[] SIGMA = {"1σ", "2σ", "3σ"};

  /**
   * Upper end of the Δχ² axis of profile plots: the 3σ line and some room, as in NuFIT's figures.
   */
  private static final double PROFILE_MAX = 16;

  private static final double DM_DISPLAY = OscillationParameter.DM21.displayScale();

  /**
   * About this many intervals per axis after refinement: at 800 points of plot width a contour
   * vertex every ~2 points, finer than the eye resolves, while 400² values contour in ~10 ms.
   */
  private static final int REFINED_INTERVALS = 400;

  /**
   * Endpoint of the ⁸B neutrino spectrum, ≈ 16.5 MeV (Bahcall et al., Phys. Rev. C 54, 411 (1996)):
   * above it there are no ⁸B neutrinos, so a ⁸B survival curve stops there.
   */
  static final double B8_ENDPOINT_MEV = 16.5;

  private Plots() {}

  /** A chart to be encoded, with its report text. */
  record Spec(String name, String title, String caption, XYChart chart) {}

  /** Every plot of a tension result with the default options. */
  public static List<RenderedPlot> render(TensionResult result) {
    return render(result, PlotOptions.DEFAULTS);
  }

  /**
   * Every plot the result has data for, encoded in all formats, in report order. Each (plot,
   * format) pair is encoded as its own parallel task on its own chart instance (XChart's paint is
   * not thread-safe, and the charts are cheap to build next to their encoding); the encoders write
   * no time stamps, so the bytes do not depend on the thread count. Rasterising and writing seven
   * plots in three formats took 1.5 s of the main job on one core.
   */
  public static List<RenderedPlot> render(Result result, PlotOptions options) {
    PlotFormat[] formats = PlotFormat.values();
    List<List<Spec>> perFormat = new ArrayList<>();
    for (int f = 0; f < formats.length; f++) {
      perFormat.add(specs(result, options));
    }
    List<Spec> specs = perFormat.get(0);
    int n = specs.size();
    List<byte[]> bytes =
        java.util.stream.IntStream.range(0, n * formats.length)
            .parallel()
            .mapToObj(
                i ->
                    ChartEncoder.encode(
                        perFormat.get(i / n).get(i % n).chart(), options.dpi(), formats[i / n]))
            .toList();
    List<RenderedPlot> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      java.util.Map<PlotFormat, byte[]> files = new java.util.EnumMap<>(PlotFormat.class);
      for (int f = 0; f < formats.length; f++) {
        files.put(formats[f], bytes.get(f * n + k));
      }
      Spec s = specs.get(k);
      out.add(
          new RenderedPlot(
              s.name(), s.title(), s.caption(), options.width(), options.height(), files));
    }
    return List.copyOf(out);
  }

  static List<Spec> specs(TensionResult r) {
    return specs(r, PlotOptions.DEFAULTS);
  }

  static List<Spec> specs(Result r, PlotOptions o) {
    return r instanceof TensionResult t ? tensionSpecs(t, o) : scanSpecs((ScanResult) r, o);
  }

  private static String levelsCaption(PlotOptions o) {
    return "Lines: 1σ, 2σ, 3σ regions at "
        + o.levels().equation()
        + " ("
        + o.levels().meaning()
        + ").";
  }

  private static List<Spec> tensionSpecs(TensionResult r, PlotOptions o) {
    List<Spec> specs = new ArrayList<>();
    if (!r.grids().isEmpty()) {
      specs.add(
          new Spec(
              "tension",
              "Tension plot: ν (solar) vs ν̄ (reactor)",
              "Allowed regions of the solar-only (ν), reactor-only (ν̄) and combined (H0) fits, with"
                  + " their best-fit points. "
                  + levelsCaption(o),
              tension(r, false, o)));
      specs.add(
          new Spec(
              "tension-tan2",
              "Tension plot in tan²θ₁₂",
              "The same regions as the tension plot with tan²θ₁₂ on the x axis, as in older solar"
                  + " analyses. "
                  + levelsCaption(o),
              tension(r, true, o)));
    }
    for (ProfileParameter p :
        List.of(
            ProfileParameter.DM21, ProfileParameter.SIN2THETA12, ProfileParameter.SIN2THETA13)) {
      if (r.profiles().stream().anyMatch(x -> x.parameter() == p)) {
        specs.add(
            new Spec(
                "profile-" + slug(p),
                "Δχ² profile of " + p.symbol(),
                "Solar (ν), reactor (ν̄) and combined fits, other parameters minimised; horizontal lines"
                    + " at Δχ² = 1, 4, 9 (1σ, 2σ, 3σ for one parameter, 1 dof).",
                profiles(r, p, o)));
      }
    }
    for (ProfileParameter p :
        List.of(ProfileParameter.DELTA_DM21, ProfileParameter.DELTA_SIN2THETA12)) {
      if (r.profiles().stream().anyMatch(x -> x.parameter() == p)) {
        specs.add(
            new Spec(
                "profile-" + slug(p),
                "Δχ² profile of " + p.symbol(),
                "Difference of the ν̄ and ν values in the separate (H1) fit, everything else"
                    + " minimised; zero is the shared (CPT-symmetric) case. Horizontal lines at"
                    + " Δχ² = 1, 4, 9 (1 dof).",
                profiles(r, p, o)));
      }
    }
    if (r.pg().toys() != null) {
      String caution = r.pg().toys().caution();
      specs.add(
          new Spec(
              "toys-chi2pg",
              "Toy distribution of χ²(PG)",
              "χ²(PG) = χ²min(H0) − χ²min(H1) of pseudo-experiments generated at the H0 best fit"
                  + " (density), the χ²("
                  + r.pg().dof()
                  + ") curve that Wilks' theorem predicts, and the observed value."
                  + (caution == null ? "" : " Caution: " + caution + "."),
              toys(r, o)));
    }
    if (!r.survival().curves().isEmpty() || !r.survival().points().isEmpty()) {
      specs.add(
          new Spec(
              "pee",
              "Solar νₑ survival probability Pₑₑ(E)",
              "Curves: Pₑₑ of ⁸B neutrinos (produced where ⁸B is made in the Sun), annual mean of"
                  + " day and night at Kamioka, for the best-fit parameters of each fit; drawn up to"
                  + " the ⁸B endpoint ("
                  + fmt(B8_ENDPOINT_MEV)
                  + " MeV). Below ~1 MeV the survival is vacuum-dominated and depends little on"
                  + " where the neutrinos are produced, so the curves also guide the eye for the pp,"
                  + " ⁷Be and pep points, which were measured at other sites. Points: published"
                  + " values as labelled (SNO's polynomial is its day-time Pₑₑ).",
              survival(r.survival(), o)));
    }
    return specs;
  }

  private static List<Spec> scanSpecs(ScanResult r, PlotOptions o) {
    List<Spec> specs = new ArrayList<>();
    for (Chi2Grid g : r.grids()) {
      String who = g.sector().label();
      OscillationEstimate e = r.estimate(g.sector());
      Map<Sector, double[]> best = new LinkedHashMap<>();
      best.put(g.sector(), new double[] {e.sin2theta12().value(), e.dm21().value()});
      specs.add(
          new Spec(
              "contour-" + g.sector().name().toLowerCase(Locale.ROOT),
              "Allowed region: " + who,
              "Δχ² regions of "
                  + r.model()
                  + " in (sin²θ₁₂, Δm²₂₁), every other parameter minimised at each point, with the"
                  + " best fit. "
                  + levelsCaption(o),
              regions("Allowed region: " + who, List.of(g), best, false, o)));
    }
    for (Profile p : r.profiles()) {
      specs.add(
          new Spec(
              "profile-" + slug(p.parameter()) + "-" + p.sector().name().toLowerCase(Locale.ROOT),
              "Δχ² profile of " + p.parameter().symbol() + " (" + p.sector().label() + ")",
              "Profile of "
                  + r.model()
                  + ", other parameters minimised at each point; horizontal lines at Δχ² = 1, 4, 9"
                  + " (1σ, 2σ, 3σ for one parameter, 1 dof).",
              profileChart(
                  "Δχ² profile: " + p.parameter().symbol(), p.parameter(), List.of(p), o)));
    }
    return specs;
  }

  private static String slug(ProfileParameter p) {
    return p.name().toLowerCase(Locale.ROOT).replace("_", "-");
  }

  // ---------------------------------------------------------------- region (tension) plots

  static XYChart tension(TensionResult r, boolean tan2) {
    return tension(r, tan2, PlotOptions.DEFAULTS);
  }

  static XYChart tension(TensionResult r, boolean tan2, PlotOptions o) {
    Map<Sector, double[]> best = new LinkedHashMap<>();
    best.put(
        Sector.NU,
        new double[] {r.fits().nu().sin2theta12().value(), r.fits().nu().dm21().value()});
    best.put(
        Sector.NUBAR,
        new double[] {r.fits().nubar().sin2theta12().value(), r.fits().nubar().dm21().value()});
    best.put(
        Sector.COMBINED,
        new double[] {r.fits().h0().sin2theta12().value(), r.fits().h0().dm21().value()});
    List<Chi2Grid> grids = new ArrayList<>();
    for (Sector s : List.of(Sector.NU, Sector.NUBAR, Sector.COMBINED)) {
      if (r.grid(s) != null) {
        grids.add(r.grid(s));
      }
    }
    return regions(
        tan2 ? "Solar ν vs reactor ν̄ (tan²θ₁₂)" : "Solar ν vs reactor ν̄", grids, best, tan2, o);
  }

  /**
   * Contours of the grids at the option's levels, smoothed by {@link GridRefinement}, with a marker
   * at each best fit and a panel inside the frame saying which Δχ² levels are drawn.
   *
   * @param best per sector, (sin²θ₁₂, Δm²₂₁ in eV²)
   */
  static XYChart regions(
      String title, List<Chi2Grid> grids, Map<Sector, double[]> best, boolean tan2, PlotOptions o) {
    DoubleUnaryOperator xt = tan2 ? s -> s / (1 - s) : s -> s;
    XYChart chart =
        Style.chart(title, tan2 ? "tan²θ₁₂" : "sin²θ₁₂", "Δm²₂₁ [10⁻⁵ eV²]", o.width(), o.height());
    double[] levels = o.levels().deltaChi2();

    // Axis ranges first: the dash lengths below are set in screen units.
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (Chi2Grid g : grids) {
      xMin = Math.min(xMin, xt.applyAsDouble(g.sin2theta12().get(0)));
      xMax = Math.max(xMax, xt.applyAsDouble(g.sin2theta12().get(g.sin2theta12().size() - 1)));
      yMin = Math.min(yMin, g.dm21().get(0) * DM_DISPLAY);
      yMax = Math.max(yMax, g.dm21().get(g.dm21().size() - 1) * DM_DISPLAY);
    }
    for (double[] b : best.values()) {
      xMin = Math.min(xMin, xt.applyAsDouble(b[0]));
      xMax = Math.max(xMax, xt.applyAsDouble(b[0]));
      yMin = Math.min(yMin, b[1] * DM_DISPLAY);
      yMax = Math.max(yMax, b[1] * DM_DISPLAY);
    }
    if (o.sin2theta12() != null) {
      xMin = xt.applyAsDouble(o.sin2theta12().min());
      xMax = xt.applyAsDouble(Math.min(o.sin2theta12().max(), tan2 ? 0.99 : 1));
    }
    if (o.dm21() != null) {
      yMin = o.dm21().min();
      yMax = o.dm21().max();
    }
    // Log Δm² when asked for, or when a grid is log-spaced (a wide scan across islands).
    boolean log = (o.logDm21() || grids.stream().anyMatch(Chi2Grid::dm21LogSpaced)) && yMin > 0;
    DoubleUnaryOperator ys = log ? Math::log10 : v -> v;
    double sx = Style.plotWidth(o.width()) / (xMax - xMin);
    double sy = Style.plotHeight(o.height()) / (ys.applyAsDouble(yMax) - ys.applyAsDouble(yMin));

    for (Chi2Grid g : grids) {
      Sector sector = g.sector();
      double[] x = g.sin2theta12().stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = g.dm21().stream().mapToDouble(Double::doubleValue).toArray();
      GridRefinement.Grid fine =
          GridRefinement.refine(
              x,
              y,
              g.values(),
              GridRefinement.factorFor(Math.min(x.length, y.length), REFINED_INTERVALS));
      for (int level = 0; level < levels.length; level++) {
        List<Polyline> pieces =
            MarchingSquares.contour(fine.x(), fine.y(), fine.f(), levels[level]);
        for (int k = 0; k < pieces.size(); k++) {
          double[][] xy = pieces.get(k).drawable();
          double[] px = new double[xy[0].length];
          double[] py = new double[xy[1].length];
          for (int n = 0; n < px.length; n++) {
            px[n] = xt.applyAsDouble(xy[0][n]);
            py[n] = ys.applyAsDouble(xy[1][n] * DM_DISPLAY);
          }
          double[][] drawn =
              level == 0
                  ? new double[][] {px, py}
                  : Dashes.apply(px, py, sx, sy, Style.DASH_ON[level], Style.DASH_OFF[level]);
          if (log) {
            // Dashed in log10 space, where the axis is linear; back to Δm² for the chart.
            for (int n = 0; n < drawn[1].length; n++) {
              drawn[1][n] = Math.pow(10, drawn[1][n]);
            }
          }
          String label = sector.label() + " " + SIGMA[level];
          XYSeries s =
              Style.line(
                  chart,
                  label + (k == 0 ? "" : " #" + (k + 1)),
                  drawn[0],
                  drawn[1],
                  Style.color(sector),
                  Style.level(level, sector == Sector.COMBINED ? 1.6f : 2.2f));
          // One legend entry per region, however many pieces the contour has.
          s.setShowInLegend(k == 0);
        }
      }
    }
    Map<Sector, Marker> markers = new LinkedHashMap<>();
    markers.put(Sector.NU, SeriesMarkers.DIAMOND);
    markers.put(Sector.NUBAR, SeriesMarkers.SQUARE);
    markers.put(Sector.COMBINED, SeriesMarkers.CIRCLE);
    for (Map.Entry<Sector, double[]> b : best.entrySet()) {
      double bx = xt.applyAsDouble(b.getValue()[0]);
      double by = b.getValue()[1] * DM_DISPLAY;
      XYSeries s =
          chart.addSeries(
              "best fit " + bestLabel(b.getKey(), best.size()),
              new double[] {bx},
              new double[] {by});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(markers.get(b.getKey()));
      s.setMarkerColor(Style.color(b.getKey()));
    }
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
    chart.getStyler().setXAxisDecimalPattern("0.00");
    // The scanned area fills the frame: contours that reach the grid edge touch the axes.
    chart.getStyler().setPlotContentSize(1.0);
    if (log) {
      chart.getStyler().setYAxisLogarithmic(true);
    } else {
      chart.getStyler().setYAxisDecimalPattern("0.0");
    }
    Style.note(
        chart,
        o.levels().equation() + " (1σ, 2σ, 3σ; " + dofOf(o) + ")",
        new Style.Frame(xMin, xMax, false, yMin, yMax, log, o.width(), o.height()));
    return chart;
  }

  private static String dofOf(PlotOptions o) {
    return o.levels() == PlotOptions.Levels.TWO_DOF ? "2 dof" : "1 dof";
  }

  /** The legend name of a best-fit marker: H0 for the combined fit of a tension run. */
  private static String bestLabel(Sector s, int markers) {
    return s == Sector.COMBINED && markers > 1 ? FitName.H0.label() : s.label();
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
    return profiles(r, p, PlotOptions.DEFAULTS);
  }

  static XYChart profiles(TensionResult r, ProfileParameter p, PlotOptions o) {
    List<Profile> list = new ArrayList<>();
    for (Sector sector : List.of(Sector.NU, Sector.NUBAR, Sector.COMBINED)) {
      Profile prof = r.profile(p, sector);
      if (prof != null) {
        list.add(prof);
      }
    }
    return profileChart("Δχ² profile: " + p.symbol(), p, list, o);
  }

  static XYChart profileChart(String title, ProfileParameter p, List<Profile> list, PlotOptions o) {
    XYChart chart = Style.chart(title, p.axisTitle(), "Δχ²", o.width(), o.height());
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    for (Profile prof : list) {
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
      // Drawn through a monotone cubic (as the contours): smooth, exact at the scanned points,
      // never below a scanned minimum between two points.
      int factor = GridRefinement.factorFor(x.length, REFINED_INTERVALS);
      double[] fx = GridRefinement.fine(x, factor);
      double[] fy = GridRefinement.resample(x, y, fx);
      String name =
          p.isDifference()
              ? "H1: ν̄ − ν"
              : prof.sector() == Sector.COMBINED && list.size() > 1
                  ? "combined (H0)"
                  : prof.sector().label();
      Style.line(chart, name, fx, fy, Style.color(prof.sector()), Style.level(0, 2.2f));
    }
    if (!(xMax > xMin)) {
      // A profile that is flat-topped above the axis on all but one point: show its whole range.
      for (Profile prof : list) {
        xMin = Math.min(xMin, prof.values().get(0) * p.displayScale());
        xMax = Math.max(xMax, prof.values().get(prof.values().size() - 1) * p.displayScale());
      }
    }
    if (p.isDifference()) {
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
              "Δχ² = 1, 4, 9 (1 dof)" + (k == 0 ? "" : " #" + k),
              new double[] {xMin, xMax},
              new double[] {LEVELS_1DOF[k], LEVELS_1DOF[k]},
              Style.GUIDE,
              Style.guide());
      s.setShowInLegend(k == 0);
    }
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(0.0).setYAxisMax(PROFILE_MAX);
    chart.getStyler().setPlotContentSize(1.0);
    return chart;
  }

  // ---------------------------------------------------------------- toys

  static XYChart toys(TensionResult r) {
    return toys(r, PlotOptions.DEFAULTS);
  }

  static XYChart toys(TensionResult r, PlotOptions o) {
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
    XYChart chart =
        Style.chart(
            "χ²(PG) of the toys vs Wilks", "χ²(PG)", "probability density", o.width(), o.height());
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
            "observed χ²(PG) = %.2f, toy p = %.3g ± %.1g",
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
    // The falling density leaves the upper right empty: the legend goes there, not beside.
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    if (toys.caution() != null) {
      Style.note(
          chart,
          "only " + toys.toys() + " toys: the toy p and σ are indicative only",
          new Style.Frame(0, xMax, false, 0, yMax, false, o.width(), o.height()));
    }
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
    return survival(data, PlotOptions.DEFAULTS);
  }

  static XYChart survival(SurvivalData data, PlotOptions o) {
    XYChart chart =
        Style.chart(
            "Solar νₑ survival probability",
            "neutrino energy E [MeV]",
            "Pₑₑ",
            o.width(),
            o.height());
    chart.getStyler().setXAxisLogarithmic(true);
    double eMin = Double.POSITIVE_INFINITY;
    double eMax = Double.NEGATIVE_INFINITY;
    for (SurvivalCurve c : data.curves()) {
      List<Double> energies = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < c.energy().size(); i++) {
        if (c.energy().get(i) <= B8_ENDPOINT_MEV) {
          energies.add(c.energy().get(i));
          values.add(c.pee().get(i));
        }
      }
      if (energies.size() < 2) {
        continue;
      }
      double[] e = energies.stream().mapToDouble(Double::doubleValue).toArray();
      double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
      eMin = Math.min(eMin, e[0]);
      eMax = Math.max(eMax, e[e.length - 1]);
      Style.line(
          chart,
          "⁸B Pₑₑ, best fit " + c.fit().label(),
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
      XYSeries s = chart.addSeries(Style.unicode(group.getKey()), e, v, err);
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
    // Pₑₑ of the LMA solution stays above ~0.25: the lower left of the frame is empty.
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    if (!data.curves().isEmpty() && eMin < eMax) {
      Style.note(
          chart,
          "curves: ⁸B production region, Kamioka, day–night mean",
          new Style.Frame(eMin, eMax, true, 0, 1, false, o.width(), o.height()));
    }
    return chart;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
