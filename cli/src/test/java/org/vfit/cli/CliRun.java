package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, for the CLI tests. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Vfit.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Bad input: exit 2 and exactly one "vfit: ..." line, no stack trace. */
  void assertBadInput(String mentions) {
    assertEquals(Vfit.EXIT_BAD_INPUT, exit, err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    assertEquals(1, err.strip().lines().filter(l -> l.startsWith("vfit: ")).count(), err);
    assertTrue(err.contains(mentions), err);
  }
}
