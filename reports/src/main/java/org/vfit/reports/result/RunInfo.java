package org.vfit.reports.result;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * How a result was produced.
 *
 * @param tool program name, "vfit"
 * @param toolVersion version of the program that wrote the result
 * @param timestamp start of the run, ISO-8601 instant in UTC (e.g. {@code 2025-06-01T12:00:00Z});
 *     kept as text so the file shows exactly what was written
 * @param seed master seed of every random choice in the run (toys, multi-start)
 * @param commandLine the arguments as given, one element per argument
 * @param options every effective option by name, as text (defaults included, so that a result says
 *     which modelling choices were used, docs/design.md §5); stored sorted by name
 */
public record RunInfo(
    String tool,
    String toolVersion,
    String timestamp,
    long seed,
    List<String> commandLine,
    Map<String, String> options) {

  public RunInfo {
    Checks.text("tool", tool);
    Checks.text("toolVersion", toolVersion);
    Checks.text("timestamp", timestamp);
    try {
      Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          "timestamp",
          "must be an ISO-8601 instant such as 2025-06-01T12:00:00Z, was \"" + timestamp + "\"");
    }
    commandLine = Checks.list("commandLine", commandLine);
    options = Checks.sortedMap("options", options);
  }
}
