package org.vfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vfit.reports.Reports;
import org.vfit.reports.export.DeltaChi2Tables;
import org.vfit.reports.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vfit export}: the Δχ² grids and profiles of a result as text tables, one file per
 * projection, for matplotlib, ROOT or gnuplot users.
 */
@Command(
    name = "export",
    header = "Write the Delta chi2 grids and profiles of a result as tables (NuFIT-style or CSV).",
    mixinStandardHelpOptions = true,
    description = {
      "Write the Delta chi2 grids and profiles of a result as tables, one file per projection.",
      "--format nufit: whitespace-separated columns after '#' lines naming the run, the projection",
      "and each column with its unit, like NuFIT's published tables (numpy.loadtxt, ROOT's",
      "TTree::ReadFile and gnuplot read them). --format csv: a header row with names and units, then",
      "comma-separated rows. Delta m^2 in eV^2. Files: dchi2-<sector>-sin2theta12-dm21 for each",
      "grid, dchi2-<sector>-<parameter> for each profile."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RESULT.json",
      description = "A result file written by vfit tension, contour --out or profile --out.")
  Path result;

  @Option(
      names = "--format",
      paramLabel = "nufit|csv",
      description = "Table format (default ${DEFAULT-VALUE}).")
  String format = "nufit";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: tables-<format> beside the result file).")
  Path out;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    DeltaChi2Tables.Format f =
        switch (format.trim().toLowerCase(Locale.ROOT)) {
          case "nufit" -> DeltaChi2Tables.Format.NUFIT;
          case "csv" -> DeltaChi2Tables.Format.CSV;
          default ->
              throw new IllegalArgumentException(
                  "--format must be nufit or csv, got '" + format + "'");
        };
    Path dir =
        out != null
            ? out
            : result
                .toAbsolutePath()
                .getParent()
                .resolve("tables-" + f.name().toLowerCase(Locale.ROOT));
    OutputChecks.reportFolder("--out", dir);
    Result r = Reports.readAny(result);
    List<Path> written = Reports.exportTables(r, dir, f);
    if (!quiet) {
      PrintWriter pw = spec.commandLine().getOut();
      Path abs = dir.toAbsolutePath().normalize();
      pw.println("wrote " + written.size() + " tables to " + dir);
      for (Path p : written) {
        pw.println("  " + abs.relativize(p));
      }
    }
    return Vfit.EXIT_OK;
  }
}
