package org.vfit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The look of {@code --help}: option values written as the user types them ({@code
 * --datasets=NAME[,NAME...]}, not picocli's {@code NAME[,NAME...][,NAME[,NAME...]...]...}), and
 * command lists that show each command's first complete sentence rather than the first line of its
 * description, which broke off mid-sentence ("(H-model:").
 */
final class HelpText extends Help {
  HelpText(CommandSpec spec, ColorScheme colors) {
    super(spec, colors);
  }

  @Override
  public IParamLabelRenderer parameterLabelRenderer() {
    IParamLabelRenderer standard = super.parameterLabelRenderer();
    return new IParamLabelRenderer() {
      @Override
      public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
        // A list split at commas is one value on the command line: show its label once, as
        // written in the option (e.g. NAME[,NAME...]).
        if (arg.isOption() && !arg.splitRegex().isEmpty()) {
          return ansi.text(separator() + arg.paramLabel());
        }
        return standard.renderParameterLabel(arg, ansi, styles);
      }

      @Override
      public String separator() {
        return standard.separator();
      }
    };
  }

  /** Replaces the command-list section of every command that has subcommands. */
  static void useSummariesInCommandLists(CommandLine cl) {
    cl.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpText::commandList);
    for (CommandLine sub : cl.getSubcommands().values()) {
      useSummariesInCommandLists(sub);
    }
  }

  private static String commandList(Help help) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
      rows.put(e.getKey(), summary(e.getValue().commandSpec()));
    }
    return rows.isEmpty() ? "" : help.createTextTable(rows).toString();
  }

  /**
   * The command's header if it has one, else the first sentence of its description (lines joined;
   * up to the first full stop followed by a space, or all of it).
   */
  static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    if (header.length > 0) {
      return String.join(" ", header).strip();
    }
    String text = String.join(" ", spec.usageMessage().description()).strip();
    int stop = text.indexOf(". ");
    return stop < 0 ? text : text.substring(0, stop + 1);
  }
}
