package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vfit.reports.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vfit report}: re-renders plots and the HTML page from a result file, without refitting.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Re-render the plots and report.html of a run from its result.json (no refitting).",
      "The result file is checked completely before anything is written; a bad file writes nothing."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RESULT.json",
      description = "a result file written by vfit tension")
  Path result;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "output folder (default: the result file's folder)")
  Path out;

  @Option(names = "--quiet", description = "print nothing on success")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(result)) {
      throw new IllegalArgumentException(result + ": no such result file");
    }
    Path dir = out != null ? out : result.toAbsolutePath().getParent();
    List<Path> written = Reports.rerender(result, dir);
    if (!quiet) {
      PrintWriter pw = spec.commandLine().getOut();
      pw.println("wrote " + written.size() + " files to " + dir);
      for (Path p : written) {
        pw.println("  " + dir.relativize(p));
      }
    }
    return Vfit.EXIT_OK;
  }
}
