package org.vfit.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vfit.datasets.io.BoundedFiles;
import org.vfit.reports.export.DeltaChi2Tables;
import org.vfit.reports.html.HtmlReport;
import org.vfit.reports.io.AtomicFiles;
import org.vfit.reports.io.MalformedResultException;
import org.vfit.reports.io.ResultJson;
import org.vfit.reports.plots.PlotFormat;
import org.vfit.reports.plots.PlotOptions;
import org.vfit.reports.plots.Plots;
import org.vfit.reports.plots.RegionPlot;
import org.vfit.reports.plots.RenderedPlot;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.Result;
import org.vfit.reports.result.ScanResult;
import org.vfit.reports.result.TensionResult;

/**
 * Entry point of the reports module: write and read {@code result.json}, render the plots and the
 * HTML page from a result, and produce a whole report folder atomically.
 *
 * <p>A report folder holds {@value #RESULT_FILE}, {@value #HTML_FILE} and each plot as {@code
 * name.png}, {@code name.svg}, {@code name.pdf}. Everything in it is rendered from the result
 * alone, so {@link #rerender} reproduces a folder byte for byte without refitting.
 */
public final class Reports {
  /** File name of the result inside a report folder. */
  public static final String RESULT_FILE = "result.json";

  /** File name of the HTML page inside a report folder. */
  public static final String HTML_FILE = "report.html";

  private Reports() {}

  /**
   * The result as JSON (pretty-printed UTF-8, trailing newline); equal results give equal bytes.
   */
  public static byte[] toJson(TensionResult result) {
    return ResultJson.toBytes(result);
  }

  /** Any result as JSON (pretty-printed UTF-8, trailing newline). */
  public static byte[] toJson(Result result) {
    return result instanceof TensionResult t
        ? ResultJson.toBytes(t)
        : ResultJson.toBytes((ScanResult) result);
  }

  /**
   * Parses a result.
   *
   * @param source name of the file or stream, for error messages
   * @throws MalformedResultException naming the source and the JSON pointer of the bad field
   */
  public static TensionResult fromJson(byte[] json, String source) throws MalformedResultException {
    return ResultJson.fromBytes(json, source);
  }

  /**
   * The one-line {@code --json} summary: {@code
   * {"pg":{..},"fits":{"nu":..,"nubar":..,"H0":..,"H1":..}}}.
   */
  public static String summaryJson(TensionResult result) {
    return ResultJson.summary(result);
  }

  /** Writes {@code result} to {@code file} atomically (temporary file and rename). */
  public static void writeResult(TensionResult result, Path file) throws IOException {
    AtomicFiles.write(file, toJson(result));
  }

  /**
   * Reads a result file.
   *
   * @throws MalformedResultException if the content is not a valid result (file and field named)
   * @throws IOException if the file cannot be read
   */
  public static TensionResult readResult(Path file) throws IOException, MalformedResultException {
    return fromJson(bytes(file), file.toString());
  }

  /**
   * Reads a result file of either kind (tension run or scan). Only a regular file of at most {@link
   * BoundedFiles#MAX_RESULT_BYTES} is read.
   *
   * @throws MalformedResultException if the file is unreadable or not a valid result (file and
   *     field named)
   */
  public static Result readAny(Path file) throws MalformedResultException {
    return ResultJson.fromBytesAny(bytes(file), file.toString());
  }

  private static byte[] bytes(Path file) throws MalformedResultException {
    try {
      return BoundedFiles.read(file, BoundedFiles.MAX_RESULT_BYTES);
    } catch (BoundedFiles.UnreadableFileException e) {
      throw new MalformedResultException(
          file.toString(), "", "expected a result file, found " + e.found());
    }
  }

  /** Every plot the result has data for, in PNG, SVG and PDF, in report order. */
  public static List<RenderedPlot> renderPlots(TensionResult result) {
    return Plots.render(result);
  }

  /** Every plot the result has data for, drawn with {@code options}. */
  public static List<RenderedPlot> renderPlots(Result result, PlotOptions options) {
    return Plots.render(result, options);
  }

  /**
   * Writes the 1σ/2σ/3σ region plot of one grid to {@code file} atomically, in the format its
   * extension names (.png, .svg or .pdf); axes follow the grid (log where it is log-spaced).
   *
   * @param bestDm21 the best fit's Δm²₂₁ in eV²
   * @throws IllegalArgumentException for another extension
   */
  public static void writeRegionPlot(
      Chi2Grid grid,
      boolean tan2X,
      double bestSin2Theta12,
      double bestDm21,
      String title,
      Path file)
      throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    PlotFormat format = null;
    for (PlotFormat f : PlotFormat.values()) {
      if (name.endsWith("." + f.extension())) {
        format = f;
      }
    }
    if (format == null) {
      throw new IllegalArgumentException("plot file " + file + " must end in .png, .svg or .pdf");
    }
    RenderedPlot plot = RegionPlot.render(grid, tan2X, bestSin2Theta12, bestDm21, title);
    AtomicFiles.write(file, plot.bytes(format));
  }

  /** The self-contained HTML page for a result and its rendered plots. */
  public static String renderHtml(Result result, List<RenderedPlot> plots) {
    return HtmlReport.render(result, plots);
  }

  /**
   * Renders the whole report for {@code result} into {@code outDir}: result.json, the plots and
   * report.html. The folder is built under a temporary name beside {@code outDir} and renamed into
   * place at the end, so a failure leaves {@code outDir} as it was. Existing files of the same
   * names are replaced; other files in an existing {@code outDir} are kept.
   *
   * @return the files of the report, in their final place
   */
  public static List<Path> writeReport(TensionResult result, Path outDir) throws IOException {
    return write(toJson(result), result, outDir, PlotOptions.DEFAULTS);
  }

  /** {@link #writeReport(TensionResult, Path)} for any result, with plot options. */
  public static List<Path> writeReport(Result result, Path outDir, PlotOptions options)
      throws IOException {
    return write(toJson(result), result, outDir, options);
  }

  /**
   * Re-renders a report from a result file without refitting. The result file is read and checked
   * completely before anything is written; it is copied into {@code outDir} unchanged.
   *
   * @throws MalformedResultException if the result file is not a valid result; nothing is written
   */
  public static List<Path> rerender(Path resultFile, Path outDir)
      throws IOException, MalformedResultException {
    return rerender(resultFile, outDir, PlotOptions.DEFAULTS);
  }

  /** {@link #rerender(Path, Path)} of a result of either kind, with plot options. */
  public static List<Path> rerender(Path resultFile, Path outDir, PlotOptions options)
      throws IOException, MalformedResultException {
    byte[] json = bytes(resultFile);
    Result result = ResultJson.fromBytesAny(json, resultFile.toString());
    return write(json, result, outDir, options);
  }

  /**
   * Writes the Δχ² tables of a result (one file per grid or profile, see {@link DeltaChi2Tables})
   * into {@code outDir}, atomically; other files in an existing folder are kept.
   *
   * @return the files written, in their final place
   * @throws IllegalArgumentException if the result has no grid and no profile
   */
  public static List<Path> exportTables(Result result, Path outDir, DeltaChi2Tables.Format format)
      throws IOException {
    java.util.Map<String, byte[]> tables = DeltaChi2Tables.render(result, format);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(
          "the result holds no Delta chi2 grid or profile to export");
    }
    AtomicFiles.writeDirectory(
        outDir,
        dir -> {
          for (java.util.Map.Entry<String, byte[]> t : tables.entrySet()) {
            AtomicFiles.write(dir.resolve(t.getKey()), t.getValue());
          }
        });
    Path abs = outDir.toAbsolutePath().normalize();
    return tables.keySet().stream().map(abs::resolve).toList();
  }

  private static List<Path> write(byte[] json, Result result, Path outDir, PlotOptions options)
      throws IOException {
    // Render in memory first: the folder swap then only waits for disk writes.
    List<RenderedPlot> plots = renderPlots(result, options);
    byte[] html = renderHtml(result, plots).getBytes(StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    AtomicFiles.writeDirectory(
        outDir,
        dir -> {
          AtomicFiles.write(dir.resolve(RESULT_FILE), json);
          names.add(RESULT_FILE);
          for (RenderedPlot p : plots) {
            for (PlotFormat f : PlotFormat.values()) {
              AtomicFiles.write(dir.resolve(p.fileName(f)), p.bytes(f));
              names.add(p.fileName(f));
            }
          }
          AtomicFiles.write(dir.resolve(HTML_FILE), html);
          names.add(HTML_FILE);
        });
    Path abs = outDir.toAbsolutePath().normalize();
    return names.stream().map(abs::resolve).toList();
  }
}
