package org.vfit.datasets.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vfit.datasets.DatasetException;
import org.vfit.datasets.model.Term;
import org.vfit.datasets.model.Values;

/**
 * A position in a parsed JSON document: the node, its JSON pointer and the file it came from. Every
 * accessor validates and, on failure, throws a {@link DatasetException} that says where the value
 * is, what was expected and what was found.
 */
final class Node {
  private static final int MAX_SHOWN_STRING = 40;

  /**
   * Smallest magnitude of a non-zero number. An uncertainty σ enters a χ² as 1/σ²: below ~1.5e-154
   * σ² underflows and the χ² is infinite, so a file that validates would fail in the fit. Every
   * physical quantity of the datasets in their units (cross sections ~1e-44 cm², fluxes, Δm² in
   * eV²) is far above 1e-150, so one rule for all numbers loses nothing.
   */
  static final double SMALLEST_NONZERO = 1e-150;

  private final JsonNode json;
  private final String pointer;
  private final String source;

  Node(JsonNode json, String pointer, String source) {
    this.json = json;
    this.pointer = pointer;
    this.source = source;
  }

  String pointer() {
    return pointer;
  }

  String source() {
    return source;
  }

  DatasetException fail(String expected, String found) {
    return new DatasetException(source, pointer, expected, found);
  }

  /** Fails with "found" describing this node's actual value. */
  DatasetException failHere(String expected) {
    return fail(expected, describe(json));
  }

  // ---- structure ----

  /** Requires this node to be an object whose fields are all in {@code known}. */
  Node object(String what, Collection<String> known) {
    if (!json.isObject()) {
      throw failHere(what);
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!known.contains(f)) {
        throw child(f)
            .fail("only the fields " + String.join(", ", known), "the unknown field \"" + f + "\"");
      }
    }
    return this;
  }

  boolean has(String field) {
    JsonNode c = json.get(field);
    return c != null && !c.isNull();
  }

  /** A required field; absent or null fails with the expectation of the caller. */
  Node field(String field, String expected) {
    if (!has(field)) {
      throw child(field)
          .fail(expected, json.has(field) ? "null" : "nothing (the field is missing)");
    }
    return child(field);
  }

  Optional<Node> optional(String field) {
    return has(field) ? Optional.of(child(field)) : Optional.empty();
  }

  private Node child(String field) {
    JsonNode c = json.get(field);
    return new Node(
        c == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : c,
        pointer + "/" + escape(field),
        source);
  }

  List<Node> array(String expected) {
    if (!json.isArray()) {
      throw failHere(expected);
    }
    List<Node> out = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), pointer + "/" + i, source));
    }
    return out;
  }

  List<Node> nonEmptyArray(String expected) {
    List<Node> a = array(expected);
    if (a.isEmpty()) {
      throw fail(expected, "an empty array");
    }
    return a;
  }

  /** The fields of an object in file order. */
  Map<String, Node> fields(String expected) {
    if (!json.isObject()) {
      throw failHere(expected);
    }
    Map<String, Node> out = new LinkedHashMap<>();
    json.fieldNames().forEachRemaining(f -> out.put(f, child(f)));
    return out;
  }

  // ---- scalars ----

  String string(String expected) {
    if (!json.isTextual()) {
      throw failHere(expected);
    }
    String s = json.textValue();
    if (s.isBlank()) {
      throw fail(expected, "an empty string");
    }
    return s;
  }

  /** One of a fixed list of strings. */
  String oneOf(List<String> allowed) {
    String expected = "one of " + quoteAll(allowed);
    String s = string(expected);
    if (!allowed.contains(s)) {
      throw failHere(expected);
    }
    return s;
  }

  <E extends Enum<E> & Term> E term(Class<E> type) {
    List<String> ids = Term.ids(type);
    String s = oneOf(ids);
    return Term.lookup(type, s).orElseThrow();
  }

  LocalDate date() {
    String expected = "a date written YYYY-MM-DD";
    String s = string(expected);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw failHere(expected);
    }
  }

  int integer(String expected) {
    if (!json.isIntegralNumber() || !json.canConvertToInt()) {
      throw failHere(expected);
    }
    return json.intValue();
  }

  /** Any finite number (NaN and ±Infinity fail). */
  double number(String expected) {
    if (!json.isNumber()) {
      throw failHere(expected);
    }
    double v = json.doubleValue();
    if (!Double.isFinite(v)) {
      throw fail(expected, Double.isNaN(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity"));
    }
    if (v != 0 && Math.abs(v) < SMALLEST_NONZERO) {
      throw fail(
          expected,
          fmt(v)
              + ", too small to compute with (a non-zero number must be at least 1e-150 in"
              + " magnitude)");
    }
    return v;
  }

  double nonNegative(String what) {
    String expected = "a non-negative " + what;
    double v = number(expected);
    if (v < 0) {
      throw failHere(expected);
    }
    return v;
  }

  double positive(String what) {
    String expected = "a positive " + what;
    double v = number(expected);
    if (!(v > 0)) {
      throw failHere(expected);
    }
    return v;
  }

  double inRange(String what, double lo, double hi) {
    String expected = what + " in [" + fmt(lo) + ", " + fmt(hi) + "]";
    double v = number(expected);
    if (v < lo || v > hi) {
      throw failHere(expected);
    }
    return v;
  }

  /** A probability or fraction in [0, 1]. */
  double probability(String what) {
    return inRange(what, 0, 1);
  }

  // ---- arrays of numbers ----

  /**
   * An array of finite numbers, each checked by {@code element} (which receives the element node).
   */
  Values numbers(String expected, Function<Node, Double> element) {
    List<Node> items = array(expected);
    double[] out = new double[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = element.apply(items.get(i));
    }
    return Values.of(out);
  }

  Values numbers(String expected, int length, String lengthReason, Function<Node, Double> element) {
    List<Node> items = array(expected);
    if (items.size() != length) {
      throw fail(
          "an array of " + length + " " + plural(length, "number") + " (" + lengthReason + ")",
          "an array of " + items.size() + " " + plural(items.size(), "number"));
    }
    return numbers(expected, element);
  }

  /** Fails unless the values increase strictly; the pointer names the first offending element. */
  void strictlyIncreasing(Values v, String what) {
    for (int i = 1; i < v.size(); i++) {
      if (!(v.get(i) > v.get(i - 1))) {
        throw new Node(json.get(i), pointer + "/" + i, source)
            .fail(
                what
                    + " increasing strictly (greater than the previous value "
                    + fmt(v.get(i - 1))
                    + ")",
                fmt(v.get(i)));
      }
    }
  }

  // ---- helpers ----

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing (the field is missing)";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      String s = n.textValue();
      if (s.length() > MAX_SHOWN_STRING) {
        s = s.substring(0, MAX_SHOWN_STRING) + "...";
      }
      return "the string \"" + s + "\"";
    }
    if (n.isNumber()) {
      double v = n.doubleValue();
      if (Double.isNaN(v)) {
        return "NaN";
      }
      if (Double.isInfinite(v)) {
        return v > 0 ? "Infinity" : "-Infinity";
      }
      return n.isIntegralNumber() ? n.asText() : fmt(v);
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isArray()) {
      return "an array of " + n.size() + " " + plural(n.size(), "element");
    }
    return "an object";
  }

  /** Numbers in messages: as Java prints doubles, without a trailing ".0" on whole numbers. */
  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }

  static String quoteAll(Collection<String> xs) {
    List<String> q = new ArrayList<>();
    for (String x : xs) {
      q.add("\"" + x + "\"");
    }
    return String.join(", ", q);
  }

  static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }

  Node at(int index) {
    return new Node(json.get(index), pointer + "/" + index, source);
  }

  JsonNode json() {
    return json;
  }
}
