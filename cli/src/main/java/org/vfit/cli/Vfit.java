package org.vfit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vfit} entry point. Exit codes: 0 success, 1 analysis failure (a fit or test that did
 * not converge), 2 bad input (options, files). Users never see a stack trace unless {@code
 * VFIT_DEBUG=1} is set.
 */
@Command(
    name = "vfit",
    mixinStandardHelpOptions = true,
    versionProvider = Vfit.Version.class,
    description = {
      "Global fit of separate neutrino (solar) and antineutrino (reactor) potential matrices.",
      "Answers: do solar nu and reactor nubar see the same Delta m^2_21 and theta_12?"
    },
    subcommands = {
      TensionCommand.class,
      Table1Command.class,
      PaperCommand.class,
      ProbCommand.class,
      SolarPeeCommand.class,
      DatasetsCommand.class,
      FitCommand.class,
      ProfileCommand.class,
      ContourCommand.class,
      ToysCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      RunCommand.class,
      BaselinesCommand.class,
      GalliumCommand.class,
      MatrixElementsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Vfit implements Runnable {

  /** Exit code for a completed run. */
  public static final int EXIT_OK = 0;

  /** Exit code for a fit or analysis that failed (invalid minimum, non-convergence). */
  public static final int EXIT_ANALYSIS_FAILURE = 1;

  /** Exit code for bad input: options, parameter ranges, malformed files. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Width of the help text: wide enough that option descriptions wrap rather than crowd, narrow
   * enough for a terminal beside an editor. On a wider terminal picocli uses its width.
   */
  static final int HELP_WIDTH = 100;

  /** Runs the command line with the given streams; used by {@link #main} and by the tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line (help layout, error handling, empty-value checks). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Vfit());
    cl.setOut(out);
    cl.setErr(err);
    cl.setUsageHelpWidth(HELP_WIDTH);
    cl.setUsageHelpAutoWidth(true);
    cl.setHelpFactory(HelpText::new);
    HelpText.useSummariesInCommandLists(cl);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExecutionStrategy(
        parseResult -> {
          EmptyValues.refuse(parseResult);
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("vfit: " + ex.getMessage());
          if (ex instanceof CommandLine.UnmatchedArgumentException u
              && !u.getSuggestions().isEmpty()) {
            e.println("Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
          }
          String name = qualifiedName(ex.getCommandLine());
          e.println("Try 'vfit " + (name.isEmpty() ? "" : name + " ") + "--help'.");
          return EXIT_BAD_INPUT;
        });
    return cl;
  }

  private static String qualifiedName(CommandLine cl) {
    String full = cl.getCommandSpec().qualifiedName(" ");
    return full.startsWith("vfit ") ? full.substring(5) : "";
  }

  /** Maps exceptions to the documented exit codes with a one-line message. */
  static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
      PrintWriter err = cl.getErr();
      if (System.getenv("VFIT_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      if (ex instanceof AnalysisFailure) {
        err.println("vfit: analysis failed: " + ex.getMessage());
        return EXIT_ANALYSIS_FAILURE;
      }
      if (ex instanceof java.io.UncheckedIOException u) {
        err.println("vfit: " + ioProblem(u.getCause()));
        return EXIT_BAD_INPUT;
      }
      if (ex instanceof org.vfit.reports.io.UnwritableOutputException w) {
        err.println("vfit: " + w.target() + ": " + w.reason());
        return EXIT_BAD_INPUT;
      }
      if (ex instanceof java.io.IOException io) {
        err.println("vfit: " + ioProblem(io));
        return EXIT_BAD_INPUT;
      }
      if (ex instanceof IllegalArgumentException
          || ex instanceof org.vfit.reports.io.MalformedResultException) {
        err.println("vfit: " + ex.getMessage());
        return EXIT_BAD_INPUT;
      }
      err.println("vfit: internal error: " + ex + " (set VFIT_DEBUG=1 for the stack trace)");
      return EXIT_ANALYSIS_FAILURE;
    }
  }

  /**
   * An I/O failure in words: the file and the operating system's reason ("Permission denied", "No
   * space left on device"), never an exception class name.
   */
  static String ioProblem(java.io.IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      String file = f.getFile() == null ? "" : f.getFile() + ": ";
      String reason =
          f instanceof java.nio.file.NoSuchFileException
              ? "no such file or folder"
              : f instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : f instanceof java.nio.file.FileAlreadyExistsException
                      ? "already exists"
                      : f instanceof java.nio.file.DirectoryNotEmptyException
                          ? "folder not empty"
                          : f.getReason() == null ? "cannot be used" : f.getReason();
      return file + reason;
    }
    return "an input/output error" + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * The version and the git commit the jar was built from, from {@code version.properties} written
   * by the build (maven-antrun-plugin runs {@code git describe --always --dirty}).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"vfit " + BuildInfo.describe()};
    }
  }
}
