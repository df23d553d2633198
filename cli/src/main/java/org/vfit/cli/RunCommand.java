package org.vfit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.datasets.io.BoundedFiles;
import org.vfit.datasets.io.JsonSyntax;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vfit run CARD.json}: runs subcommands described by a JSON run card, so scripted campaigns
 * are reproducible and reviewable. A card is
 *
 * <pre>{@code
 * {"vfitRunCard": 1, "command": "tension",
 *  "options": {"solar": ["homestake", "gallium"], "reactor": ["kamland-2011"], "toys": 200, "seed": 7}}
 * }</pre>
 *
 * or {@code {"vfitRunCard": 1, "runs": [ {"command": ..., "options": {...}}, ... ]}}. Option keys
 * are the command's long option names without the dashes; arrays become comma-separated values,
 * {@code true} a flag, {@code false} omits it. The whole card is checked against the commands'
 * options before anything runs: a bad card exits 2 naming the file and the field, and nothing is
 * written.
 */
@Command(
    name = "run",
    header = "Run vfit commands from a JSON run card, every field checked before the first run.",
    mixinStandardHelpOptions = true,
    description = {
      "Run vfit subcommands from a JSON run card: one run or a list of runs, every field checked",
      "before the first run starts. Format: docs/run-cards.md; examples in examples/."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CARD.json", description = "the run card")
  Path card;

  @Override
  public Integer call() {
    List<String[]> runs = parse();
    CommandLine root = spec.root().commandLine();
    int worst = Vfit.EXIT_OK;
    for (String[] argv : runs) {
      PrintWriter err = spec.commandLine().getErr();
      if (runs.size() > 1) {
        err.println("vfit run: " + String.join(" ", argv));
      }
      int code = root.execute(argv);
      worst = Math.max(worst, code);
      if (code == Vfit.EXIT_BAD_INPUT) {
        break;
      }
    }
    return worst;
  }

  /**
   * Duplicate keys are errors: in a card two values of one option would otherwise leave the last
   * one winning silently.
   */
  private static final ObjectMapper CARDS =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Reads and checks the whole card; every problem names the file and the JSON pointer. */
  List<String[]> parse() {
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(card, BoundedFiles.MAX_RUN_CARD_BYTES);
    } catch (BoundedFiles.UnreadableFileException e) {
      throw new IllegalArgumentException(card + ": expected a run card file, found " + e.found());
    }
    JsonNode root;
    try {
      root = CARDS.readTree(bytes);
    } catch (JsonProcessingException e) {
      // Jackson's message would quote the token it stopped at (a card may be any file): only our
      // description of the mistake and its place are shown.
      JsonSyntax.Problem p = JsonSyntax.of(e);
      throw bad(p.pointer(), "well-formed JSON, found " + p.found());
    } catch (IOException e) {
      throw bad("", "well-formed JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw bad("", "a JSON object (a run card), found an empty file");
    }
    if (!root.isObject()) {
      throw bad("", "a JSON object (a run card)");
    }
    JsonNode version = root.get("vfitRunCard");
    if (version == null || !version.isInt() || version.intValue() != 1) {
      throw bad("/vfitRunCard", "the card format version 1");
    }
    List<String[]> out = new ArrayList<>();
    if (root.has("runs")) {
      // A card is either one run (command, options) or a list of runs: both at once would leave
      // one of them silently unused.
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("vfitRunCard") && !f.equals("runs")) {
          throw bad(
              "/" + f,
              "only vfitRunCard and runs in a card with a runs list (put command and options"
                  + " inside each run)");
        }
      }
      JsonNode runs = root.get("runs");
      if (!runs.isArray() || runs.isEmpty()) {
        throw bad("/runs", "a non-empty array of runs");
      }
      for (int i = 0; i < runs.size(); i++) {
        out.add(checked(run(runs.get(i), "/runs/" + i), "/runs/" + i));
      }
    } else {
      out.add(checked(run(root, ""), ""));
    }
    return out;
  }

  /**
   * Parses a run's command line as vfit would, without running it, and lets the command check its
   * values ({@link CheckedBeforeRun}), so that an option value picocli refuses (a number that is
   * not one, an empty value) or the command refuses (an unknown lever value, θ₁₃ out of range,
   * overlapping datasets) stops the card before its first run.
   */
  private String[] checked(String[] argv, String pointer) {
    java.io.StringWriter sink = new java.io.StringWriter();
    CommandLine probe = Vfit.commandLine(new PrintWriter(sink), new PrintWriter(sink));
    try {
      CommandLine.ParseResult parsed = probe.parseArgs(argv);
      EmptyValues.refuse(parsed);
      CommandLine.ParseResult leaf = parsed;
      while (leaf.hasSubcommand()) {
        leaf = leaf.subcommand();
      }
      if (leaf.commandSpec().userObject() instanceof CheckedBeforeRun c) {
        c.check();
      }
    } catch (CommandLine.ParameterException | IllegalArgumentException e) {
      throw bad(
          pointer + "/options",
          "options that 'vfit " + argv[0] + "' accepts (" + e.getMessage() + ")");
    }
    return argv;
  }

  private String[] run(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw bad(pointer, "an object with 'command' and 'options'");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!List.of("command", "options", "vfitRunCard").contains(f)) {
        throw bad(pointer + "/" + f, "one of command, options");
      }
    }
    JsonNode cmd = node.get("command");
    Map<String, CommandLine> subs = spec.root().commandLine().getSubcommands();
    if (cmd == null
        || !cmd.isTextual()
        || !subs.containsKey(cmd.asText())
        || cmd.asText().equals("run")) {
      throw bad(
          pointer + "/command",
          "the name of a vfit subcommand ("
              + String.join(
                  ", ",
                  subs.keySet().stream()
                      .filter(s -> !s.equals("run") && !s.equals("help"))
                      .toList())
              + ")");
    }
    CommandSpec target = subs.get(cmd.asText()).getCommandSpec();
    List<String> argv = new ArrayList<>(List.of(cmd.asText().split(" ")));
    JsonNode options = node.get("options");
    if (options != null) {
      if (!options.isObject()) {
        throw bad(pointer + "/options", "an object of option values");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String field = pointer + "/options/" + e.getKey();
        OptionSpec opt = target.findOption("--" + e.getKey());
        if (opt == null) {
          throw bad(
              field,
              "an option of 'vfit " + cmd.asText() + "' (see vfit " + cmd.asText() + " --help)");
        }
        JsonNode v = e.getValue();
        if (v.isBoolean()) {
          if (!opt.typeInfo().isBoolean()) {
            throw bad(field, "a value, not true/false");
          }
          if (v.booleanValue()) argv.add("--" + e.getKey());
        } else if (v.isArray()) {
          List<String> parts = new ArrayList<>();
          for (JsonNode x : v) {
            if (!x.isValueNode()) throw bad(field, "an array of plain values");
            parts.add(x.asText());
          }
          argv.add("--" + e.getKey());
          argv.add(String.join(",", parts));
        } else if (v.isValueNode() && !v.isNull()) {
          if (opt.typeInfo().isBoolean()) {
            throw bad(field, "true or false");
          }
          if (v.asText().isBlank()) {
            throw bad(field, "a non-empty value");
          }
          argv.add("--" + e.getKey());
          argv.add(v.asText());
        } else {
          throw bad(field, "a number, a string, true/false or an array");
        }
      }
    }
    return argv.toArray(new String[0]);
  }

  private IllegalArgumentException bad(String pointer, String expected) {
    return new IllegalArgumentException(
        card + ": " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected);
  }
}
