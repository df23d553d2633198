package org.vfit.datasets.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in vfit's own words, for every JSON input (datasets, run cards, result
 * files). Jackson's messages quote the offending token ({@code Unrecognized token 'sk_live_…'}), so
 * a file that is not JSON at all — a secret, {@code /etc/shadow} — would have its first word
 * printed; they also name parser internals ({@code StreamReadConstraints.getMaxNestingDepth()},
 * {@code JsonReadFeature...}). Here each known message is mapped to a description of the mistake
 * that quotes nothing from the file; an unknown one becomes "malformed JSON". Only the line and
 * column are kept.
 */
public final class JsonSyntax {
  private JsonSyntax() {}

  /** A syntax error: where the parser stopped and what it found there, quoting nothing. */
  public record Problem(String pointer, String found, boolean truncated) {}

  /** The mapped problem of a parser exception. */
  public static Problem of(JsonProcessingException e) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser jp && jp.getParsingContext() != null) {
      pointer = jp.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation loc = e.getLocation();
    String at =
        loc == null || loc.getLineNr() < 1
            ? ""
            : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
      return new Problem(pointer, "the end of the file" + at + " (truncated JSON)", true);
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      // The field name is already in the pointer; no value is quoted.
      return new Problem(
          pointer, "the field \"" + duplicate.group(1) + "\" a second time" + at, false);
    }
    return new Problem(pointer, describe(e, original) + at, false);
  }

  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

  private record Rule(String marker, String description) {}

  /** Marker text of Jackson's message (2.17) → the mistake in words; first match wins. */
  private static final List<Rule> RULES =
      List.of(
          new Rule("maybe a (non-standard) comment", "a comment (JSON has no comments)"),
          new Rule(
              "was expecting double-quote to start field name",
              "a field name that is not in double quotes"),
          new Rule(
              "was expecting comma to separate Object entries",
              "two fields of an object without a comma between them"),
          new Rule(
              "was expecting comma to separate Array entries",
              "two elements of an array without a comma between them"),
          new Rule(
              "was expecting a colon to separate field name and value",
              "a field name without a colon after it"),
          new Rule("Unrecognized token", "a word that is not a JSON value"),
          new Rule("Non-standard token", "NaN or Infinity, which JSON numbers cannot be"),
          new Rule("Unexpected close marker", "a closing bracket that does not match its opening"),
          new Rule(
              "Illegal unquoted character",
              "a control character (e.g. a tab or line break) inside a string"),
          new Rule("Unrecognized character escape", "an invalid backslash escape in a string"),
          new Rule("Invalid UTF-8", "bytes that are not UTF-8 text"),
          new Rule("numeric value", "a malformed number"),
          new Rule("expected a valid value", "a character where a value should start"));

  private static String describe(JsonProcessingException e, String original) {
    if (e instanceof StreamConstraintsException) {
      String lower = original.toLowerCase(Locale.ROOT);
      if (lower.contains("nesting depth")) {
        return "arrays or objects nested more than 1000 levels deep";
      }
      if (lower.contains("number value length")) {
        return "a number written with more than 1000 characters";
      }
      if (lower.contains("string value length")) {
        return "a string longer than the parser accepts";
      }
      return "a document larger than the parser accepts";
    }
    for (Rule r : RULES) {
      if (original.contains(r.marker())) {
        return r.description();
      }
    }
    return "malformed JSON";
  }
}
