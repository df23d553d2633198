package org.vfit.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vfit.reports.html.HtmlReport;
import org.vfit.reports.io.AtomicFiles;
import org.vfit.reports.io.MalformedResultException;
import org.vfit.reports.io.ResultJson;
import org.vfit.reports.plots.PlotFormat;
import org.vfit.reports.plots.Plots;
import org.vfit.reports.plots.RegionPlot;
import org.vfit.reports.plots.RenderedPlot;
import org.vfit.reports.result.Chi2Grid;
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
    return fromJson(Files.readAllBytes(file), file.toString());
  }

  /** Every plot the result has data for, in PNG, SVG and PDF, in report order. */
  public static List<RenderedPlot> renderPlots(TensionResult result) {
    return Plots.render(result);
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
  public static String renderHtml(TensionResult result, List<RenderedPlot> plots) {
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
    return write(toJson(result), result, outDir);
  }

  /**
   * Re-renders a report from a result file without refitting. The result file is read and checked
   * completely before anything is written; it is copied into {@code outDir} unchanged.
   *
   * @throws MalformedResultException if the result file is not a valid result; nothing is written
   */
  public static List<Path> rerender(Path resultFile, Path outDir)
      throws IOException, MalformedResultException {
    byte[] json = Files.readAllBytes(resultFile);
    TensionResult result = fromJson(json, resultFile.toString());
    return write(json, result, outDir);
  }

  private static List<Path> write(byte[] json, TensionResult result, Path outDir)
      throws IOException {
    // Render in memory first: the folder swap then only waits for disk writes.
    List<RenderedPlot> plots = renderPlots(result);
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
