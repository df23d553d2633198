package org.vfit.cli;

import java.util.Locale;
import org.vfit.reports.plots.PlotOptions;
import picocli.CommandLine.Option;

/**
 * Drawing options of the plots ({@code vfit report}, and {@code contour}/{@code profile} with
 * {@code --out}). They change only the drawing; the result file stays as it is.
 */
final class PlotArgs {
  @Option(
      names = "--cl",
      paramLabel = "2dof|1dof",
      description =
          "Delta chi2 levels of the 1/2/3 sigma regions in (sin^2 theta12, dm21): 2dof = 2.30,"
              + " 6.18, 11.83, the joint region of the two parameters (default); 1dof = 1, 4, 9,"
              + " whose projection on an axis is that parameter's own interval.")
  String cl = "2dof";

  @Option(
      names = "--sin2theta12-range",
      paramLabel = "LO:HI",
      description = "x range of the region plots, e.g. 0.2:0.45 (default: the scanned range).")
  String sin2theta12Range;

  @Option(
      names = "--dm21-range",
      paramLabel = "LO:HI",
      description =
          "y range of the region plots in 1e-5 eV^2, e.g. 4:9 (default: the scanned range).")
  String dm21Range;

  @Option(
      names = "--log-dm21",
      description = "Delta m^2_21 on a logarithmic axis in the region plots.")
  boolean logDm21;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      description =
          "Plot size in points (1/72 inch) for SVG and PDF; the PNG has WxH times dpi/72 pixels"
              + " (default 800x600; each side "
              + PlotOptions.MIN_SIZE
              + "-"
              + PlotOptions.MAX_SIZE
              + ").")
  String size = "800x600";

  @Option(
      names = "--dpi",
      paramLabel = "DPI",
      description =
          "PNG resolution, written into the file (default 144: sharp on high-density screens;"
              + " "
              + PlotOptions.MIN_DPI
              + "-"
              + PlotOptions.MAX_DPI
              + ").")
  int dpi = 144;

  /** The options, checked: every problem names its option. */
  PlotOptions toOptions() {
    PlotOptions.Levels levels =
        switch (cl.trim().toLowerCase(Locale.ROOT)) {
          case "2dof", "2" -> PlotOptions.Levels.TWO_DOF;
          case "1dof", "1" -> PlotOptions.Levels.ONE_DOF;
          default ->
              throw new IllegalArgumentException("--cl must be 2dof or 1dof, got '" + cl + "'");
        };
    String[] wh = size.trim().toLowerCase(Locale.ROOT).split("x");
    int w;
    int h;
    try {
      if (wh.length != 2) {
        throw new NumberFormatException();
      }
      w = Integer.parseInt(wh[0]);
      h = Integer.parseInt(wh[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--size must be WIDTHxHEIGHT in points, e.g. 800x600, got '" + size + "'");
    }
    try {
      return new PlotOptions(
          w,
          h,
          dpi,
          levels,
          range("--sin2theta12-range", sin2theta12Range),
          range("--dm21-range", dm21Range),
          logDm21);
    } catch (IllegalArgumentException e) {
      String which =
          e.getMessage().startsWith("plot size")
              ? "--size"
              : e.getMessage().startsWith("dpi")
                  ? "--dpi"
                  : e.getMessage().contains("pixels")
                      ? "--size/--dpi"
                      : e.getMessage().contains("sin^2") ? "--sin2theta12-range" : "--dm21-range";
      throw new IllegalArgumentException(which + ": " + e.getMessage());
    }
  }

  private static PlotOptions.Range range(String option, String text) {
    if (text == null) {
      return null;
    }
    String[] p = text.trim().split(":");
    try {
      if (p.length != 2) {
        throw new NumberFormatException();
      }
      return new PlotOptions.Range(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " must be LO:HI with numbers, got '" + text + "'");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " needs finite LO < HI, got '" + text + "'");
    }
  }
}
