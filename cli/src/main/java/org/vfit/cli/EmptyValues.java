package org.vfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses empty option values before a command runs. {@code --out ''} wrote a report into the
 * working directory and {@code --datasets ''} failed with ": (document): … Is a directory": an
 * empty string is a path to the current folder, which nobody means. Every option and positional
 * value of every command is checked, including each element of a comma-separated list ({@code
 * a,,b}).
 */
final class EmptyValues {
  private EmptyValues() {}

  static void refuse(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      for (ArgSpec arg : pr.matchedArgs()) {
        if (arg.typeInfo().isBoolean() || optionalValue(arg)) {
          continue;
        }
        for (String value : arg.stringValues()) {
          if (value == null || value.isBlank()) {
            throw new CommandLine.ParameterException(
                pr.commandSpec().commandLine(),
                name(arg) + ": an empty value (give " + arg.paramLabel() + ")");
          }
        }
      }
    }
  }

  /**
   * An option whose value may be left off ({@code toys --spark} alone means local mode): picocli
   * gives it its fallback value, which may be empty on purpose.
   */
  private static boolean optionalValue(ArgSpec arg) {
    return arg.isOption()
        && arg.arity().min() == 0
        && ((CommandLine.Model.OptionSpec) arg).fallbackValue() != null
        && ((CommandLine.Model.OptionSpec) arg).fallbackValue().isEmpty();
  }

  private static String name(ArgSpec arg) {
    return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
  }
}
