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

  /** Runs the command line with the given streams; used by {@link #main} and by the tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Vfit());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("vfit: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'vfit " + qualifiedName(ex.getCommandLine()) + " --help'.");
          return EXIT_BAD_INPUT;
        });
    return cl.execute(args);
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
        err.println(
            "vfit: " + u.getMessage() + " (" + u.getCause().getClass().getSimpleName() + ")");
        return EXIT_BAD_INPUT;
      }
      if (ex instanceof IllegalArgumentException
          || ex instanceof java.io.IOException
          || ex instanceof org.vfit.reports.io.MalformedResultException) {
        err.println("vfit: " + ex.getMessage());
        return EXIT_BAD_INPUT;
      }
      err.println("vfit: internal error: " + ex + " (set VFIT_DEBUG=1 for the stack trace)");
      return EXIT_ANALYSIS_FAILURE;
    }
  }

  /** Reads the version from the jar manifest (Maven sets Implementation-Version). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Vfit.class.getPackage().getImplementationVersion();
      return new String[] {"vfit " + (v == null ? "development build" : v)};
    }
  }
}
