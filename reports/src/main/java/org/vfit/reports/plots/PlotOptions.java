package org.vfit.reports.plots;

import java.util.Locale;

/**
 * How plots are drawn: size, resolution, the Δχ² levels of the (sin²θ₁₂, Δm²₂₁) regions and their
 * axes. Everything here changes only the drawing, never the numbers of a result, so {@code vfit
 * report} can redraw a result with other options.
 *
 * @param width plot width in points (the SVG and PDF size; the PNG has {@code width·dpi/72}
 *     pixels), in [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
 * @param height plot height in points, same range
 * @param dpi PNG resolution in dots per inch, in [{@value #MIN_DPI}, {@value #MAX_DPI}]; written
 *     into the PNG so that it prints at {@code width/72} inches
 * @param levels the Δχ² levels of the 1σ/2σ/3σ regions
 * @param sin2theta12 x range of the region plots (sin²θ₁₂), or {@code null} for the data's range
 * @param dm21 y range of the region plots in 10⁻⁵ eV², or {@code null} for the data's range
 * @param logDm21 Δm²₂₁ on a logarithmic axis in the region plots (e.g. to show LMA and LOW)
 */
public record PlotOptions(
    int width, int height, int dpi, Levels levels, Range sin2theta12, Range dm21, boolean logDm21) {

  public static final int MIN_SIZE = 300;
  public static final int MAX_SIZE = 3000;
  public static final int MIN_DPI = 72;
  public static final int MAX_DPI = 600;

  /** Largest PNG drawn: 36 million pixels (e.g. 6000 × 6000), 144 MB as an RGB image in memory. */
  public static final double MAX_PIXELS = 36e6;

  /**
   * 800 × 600 points, 4:3: at 144 dpi (twice the 72-dpi point grid) a 1600 × 1200 PNG that is sharp
   * on high-density screens and prints at 11 × 8 inches at 144 dpi or scaled down to a column.
   */
  public static final PlotOptions DEFAULTS =
      new PlotOptions(800, 600, 144, Levels.TWO_DOF, null, null, false);

  /** The Δχ² levels of the 1σ, 2σ, 3σ regions (68.27 %, 95.45 %, 99.73 %). */
  public enum Levels {
    /** Joint regions of the two plotted parameters: Δχ² = 2.30, 6.18, 11.83 (χ² with 2 dof). */
    TWO_DOF(new double[] {2.30, 6.18, 11.83}, "2 dof: joint regions of the two parameters"),
    /**
     * Δχ² = 1, 4, 9 (1 dof): the region whose projection on either axis is that parameter's own
     * interval, the convention of some solar and reactor papers.
     */
    ONE_DOF(new double[] {1, 4, 9}, "1 dof: projections give each parameter's own interval");

    private final double[] values;
    private final String meaning;

    Levels(double[] values, String meaning) {
      this.values = values;
      this.meaning = meaning;
    }

    public double[] deltaChi2() {
      return values.clone();
    }

    /** What the levels mean, for legends and captions. */
    public String meaning() {
      return meaning;
    }

    /** "Δχ² = 2.30, 6.18, 11.83". */
    public String equation() {
      StringBuilder b = new StringBuilder("Δχ² = ");
      for (int k = 0; k < values.length; k++) {
        if (k > 0) {
          b.append(", ");
        }
        double v = values[k];
        b.append(
            v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v));
      }
      return b.toString();
    }
  }

  /** An axis range {@code [min, max]}, finite, {@code min < max}. */
  public record Range(double min, double max) {
    public Range {
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
        throw new IllegalArgumentException(
            "a range needs finite min < max, got " + min + ":" + max);
      }
    }
  }

  public PlotOptions {
    if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException(
          "plot size must be between "
              + MIN_SIZE
              + " and "
              + MAX_SIZE
              + " points each way, got "
              + width
              + "x"
              + height);
    }
    if (dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
    }
    double pixels = (double) width * height * (dpi / 72.0) * (dpi / 72.0);
    if (pixels > MAX_PIXELS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a %dx%d-point plot at %d dpi is a PNG of %.0f million pixels; the limit is %.0f"
                  + " million (lower the size or the dpi)",
              width,
              height,
              dpi,
              pixels / 1e6,
              MAX_PIXELS / 1e6));
    }
    if (levels == null) {
      throw new IllegalArgumentException("levels are required");
    }
    if (sin2theta12 != null && (sin2theta12.min() < 0 || sin2theta12.max() > 1)) {
      throw new IllegalArgumentException(
          "the sin^2 theta12 range must lie in [0, 1], got "
              + sin2theta12.min()
              + ":"
              + sin2theta12.max());
    }
    if (dm21 != null && (dm21.min() < 0 || dm21.max() > 1e5)) {
      throw new IllegalArgumentException(
          "the dm21 range (in 1e-5 eV^2) must lie in [0, 1e5], got "
              + dm21.min()
              + ":"
              + dm21.max());
    }
    if (logDm21 && dm21 != null && !(dm21.min() > 0)) {
      throw new IllegalArgumentException(
          "a logarithmic dm21 axis needs a range above 0, got " + dm21.min() + ":" + dm21.max());
    }
  }

  /** The PNG's scale over the point grid. */
  public double scale() {
    return dpi / 72.0;
  }

  public PlotOptions withSize(int w, int h) {
    return new PlotOptions(w, h, dpi, levels, sin2theta12, dm21, logDm21);
  }

  public PlotOptions withDpi(int d) {
    return new PlotOptions(width, height, d, levels, sin2theta12, dm21, logDm21);
  }

  public PlotOptions withLevels(Levels l) {
    return new PlotOptions(width, height, dpi, l, sin2theta12, dm21, logDm21);
  }

  public PlotOptions withRanges(Range s12, Range dm) {
    return new PlotOptions(width, height, dpi, levels, s12, dm, logDm21);
  }

  public PlotOptions withLogDm21(boolean log) {
    return new PlotOptions(width, height, dpi, levels, sin2theta12, dm21, log);
  }
}
