package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vfit.reports.Reports;
import org.vfit.reports.plots.PlotOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vfit report}: re-renders plots and the HTML page from a result file, without refitting,
 * with drawing options (confidence levels, axis ranges, log Δm², size, resolution).
 */
@Command(
    name = "report",
    header = "Redraw the plots and report.html of a run from its result.json, without refitting.",
    mixinStandardHelpOptions = true,
    description = {
      "Redraw the plots and report.html of a run from its result.json, without refitting.",
      "Reads the results of 'vfit tension', 'vfit contour --out' and 'vfit profile --out'. The",
      "drawing options change only the plots; result.json is copied unchanged. The result file is",
      "checked completely, and the output folder too, before anything is written."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RESULT.json",
      description = "A result file written by vfit tension, contour --out or profile --out.")
  Path result;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: the result file's folder).")
  Path out;

  @Mixin PlotArgs plot;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PlotOptions options = plot.toOptions();
    Path dir = out != null ? out : result.toAbsolutePath().getParent();
    OutputChecks.reportFolder("--out", dir);
    List<Path> written = Reports.rerender(result, dir, options);
    if (!quiet) {
      PrintWriter pw = spec.commandLine().getOut();
      Path abs = dir.toAbsolutePath().normalize();
      pw.println("wrote " + written.size() + " files to " + dir);
      for (Path p : written) {
        pw.println("  " + abs.relativize(p));
      }
    }
    return Vfit.EXIT_OK;
  }
}
