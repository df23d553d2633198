package org.vfit.datasets.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.AsymmetryConvention;
import org.vfit.datasets.model.Citation;
import org.vfit.datasets.model.EnergyVariable;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.Provenance;
import org.vfit.datasets.model.Status;
import org.vfit.datasets.model.Uncertainty;
import org.vfit.datasets.model.Values;

/** Reading and writing the parts every kind shares: metadata, citations, errors, matrices. */
final class Common {
  private Common() {}

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Top-level fields every file has, besides the kind-specific ones. */
  static final List<String> HEADER =
      List.of("kind", "name", "title", "status", "provenance", "units", "notes");

  private static final List<String> CITATION_FIELDS =
      List.of("authors", "title", "journal", "volume", "page", "year", "arxiv", "doi", "url");

  static List<String> topLevel(String... specific) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(specific));
    return all;
  }

  // ---------------------------------------------------------------- metadata

  /**
   * Reads the header. {@code units} maps each unit field of the kind to its only allowed unit; the
   * file must name exactly those fields.
   */
  static Metadata metadata(Node root, Kind kind, Map<String, String> units) {
    String name = root.field("name", "a dataset name").string("a dataset name");
    if (!Metadata.NAME.matcher(name).matches()) {
      throw root.field("name", "")
          .failHere(
              "a dataset name of lower-case letters, digits and dashes (e.g. \"kamland-2011\")");
    }
    String title = root.field("title", "a one-line title").string("a one-line title");
    Status status =
        root.field("status", "one of " + Node.quoteAll(Status.ids())).term(Status.class);
    Provenance provenance =
        provenance(
            root.field(
                "provenance", "a provenance object (the paper and where the numbers were read)"));
    Map<String, String> u =
        units(
            root.field(
                "units", "a units object with the fields " + String.join(", ", units.keySet())),
            units);
    List<String> notes = new ArrayList<>();
    root.optional("notes")
        .ifPresent(
            n -> {
              for (Node item : n.array("an array of strings")) {
                notes.add(item.string("a note (a non-empty string)"));
              }
            });
    return new Metadata(kind, name, title, status, provenance, u, notes);
  }

  static Map<String, String> units(Node node, Map<String, String> required) {
    node.object(
        "a units object with the fields " + String.join(", ", required.keySet()),
        required.keySet());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : required.entrySet()) {
      String expected = "\"" + e.getValue() + "\" (the unit of " + e.getKey() + ")";
      Node u = node.field(e.getKey(), expected);
      String s = u.string(expected);
      if (!s.equals(e.getValue())) {
        throw u.failHere(expected);
      }
      out.put(e.getKey(), s);
    }
    return out;
  }

  static Provenance provenance(Node node) {
    List<String> fields = new ArrayList<>(CITATION_FIELDS);
    fields.addAll(List.of("table_or_figure", "read_in", "related"));
    node.object("a provenance object", fields);
    Citation reference = citationFields(node);
    String table =
        node.optional("table_or_figure")
            .map(n -> n.string("a string naming the table or figure"))
            .orElse(null);
    String readIn =
        node.field("read_in", "a string saying where the numbers were read")
            .string("a string saying where the numbers were read");
    List<Citation> related = new ArrayList<>();
    node.optional("related")
        .ifPresent(
            n -> {
              for (Node c : n.array("an array of citations")) {
                related.add(citation(c));
              }
            });
    return new Provenance(reference, table, readIn, related);
  }

  static Citation citation(Node node) {
    node.object("a citation object", CITATION_FIELDS);
    return citationFields(node);
  }

  private static Citation citationFields(Node node) {
    String authors =
        node.field("authors", "a string naming the authors").string("a string naming the authors");
    Integer year = null;
    if (node.has("year")) {
      Node y = node.field("year", "");
      year = y.integer("a publication year (an integer)");
      if (year < 1900 || year > 2100) {
        throw y.failHere("a publication year between 1900 and 2100");
      }
    }
    String journal = optString(node, "journal");
    String arxiv = optString(node, "arxiv");
    String doi = optString(node, "doi");
    String url = optString(node, "url");
    return new Citation(
        authors,
        optString(node, "title"),
        journal,
        optString(node, "volume"),
        optString(node, "page"),
        year,
        arxiv,
        doi,
        url);
  }

  static String optString(Node node, String field) {
    return node.optional(field).map(n -> n.string("a non-empty string")).orElse(null);
  }

  static void writeMetadata(ObjectNode out, Metadata m) {
    out.put("kind", m.kind().id());
    out.put("name", m.name());
    out.put("title", m.title());
    out.put("status", m.status().id());
    out.set("provenance", provenance(m.provenance()));
    ObjectNode u = out.putObject("units");
    m.units().forEach(u::put);
    if (!m.notes().isEmpty()) {
      ArrayNode n = out.putArray("notes");
      m.notes().forEach(n::add);
    }
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode o = citation(p.reference());
    putOpt(o, "table_or_figure", p.tableOrFigure());
    o.put("read_in", p.readIn());
    if (!p.related().isEmpty()) {
      ArrayNode a = o.putArray("related");
      p.related().forEach(c -> a.add(citation(c)));
    }
    return o;
  }

  static ObjectNode citation(Citation c) {
    ObjectNode o = JSON.objectNode();
    o.put("authors", c.authors());
    putOpt(o, "title", c.title());
    putOpt(o, "journal", c.journal());
    putOpt(o, "volume", c.volume());
    putOpt(o, "page", c.page());
    if (c.year() != null) {
      o.put("year", c.year());
    }
    putOpt(o, "arxiv", c.arxiv());
    putOpt(o, "doi", c.doi());
    putOpt(o, "url", c.url());
    return o;
  }

  static void putOpt(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void putOpt(ObjectNode o, String field, Double value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static void putOpt(ObjectNode o, String field, LocalDate value) {
    if (value != null) {
      o.put(field, value.toString());
    }
  }

  // ---------------------------------------------------------------- numbers

  /** An error: a non-negative number, or {"plus": p, "minus": m}. */
  static Uncertainty uncertainty(Node node) {
    String expected = "an uncertainty: a non-negative number or {\"plus\": p, \"minus\": m}";
    if (node.json().isObject()) {
      node.object(expected, List.of("plus", "minus"));
      double plus = node.field("plus", "a non-negative number").nonNegative("number");
      double minus = node.field("minus", "a non-negative number").nonNegative("number");
      return new Uncertainty(plus, minus);
    }
    if (!node.json().isNumber()) {
      throw node.failHere(expected);
    }
    return Uncertainty.symmetric(node.nonNegative("number"));
  }

  static void putUncertainty(ObjectNode o, String field, Uncertainty u) {
    if (u == null) {
      return;
    }
    if (u.isSymmetric()) {
      o.put(field, u.plus());
    } else {
      ObjectNode e = o.putObject(field);
      e.put("plus", u.plus());
      e.put("minus", u.minus());
    }
  }

  static ArrayNode array(Values v) {
    ArrayNode a = JSON.arrayNode(v.size());
    for (int i = 0; i < v.size(); i++) {
      a.add(v.get(i));
    }
    return a;
  }

  static void putOpt(ObjectNode o, String field, Values v) {
    if (v != null) {
      o.set(field, array(v));
    }
  }

  static ArrayNode matrix(Matrix m) {
    ArrayNode a = JSON.arrayNode(m.rows());
    for (int i = 0; i < m.rows(); i++) {
      a.add(array(m.row(i)));
    }
    return a;
  }

  /** A numeric grid with the given number of rows and columns. */
  static Matrix grid(Node node, int rows, int cols, String what, String element) {
    List<Node> r = node.array("an array of " + rows + " rows (" + what + ")");
    if (r.size() != rows) {
      throw node.fail(
          "an array of " + rows + " rows (" + what + ")",
          "an array of " + r.size() + " " + Node.plural(r.size(), "row"));
    }
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] =
          r.get(i)
              .numbers("a row of " + cols + " numbers", cols, what, n -> n.number(element))
              .toArray();
    }
    return Matrix.of(out);
  }

  /** Tolerance for symmetry and the unit diagonal: typed-in matrices are exact to their digits. */
  static final double MATRIX_TOLERANCE = 1e-9;

  /**
   * A correlation matrix of size n: entries in [−1, 1], unit diagonal, symmetric and positive
   * definite (a Cholesky pivot ≤ 0 means some combination of the measurements would have
   * non-positive variance).
   */
  static Matrix correlation(Node node, int n, String what) {
    Matrix m = grid(node, n, n, "one per " + what, "a correlation coefficient in [-1, 1]");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = m.get(i, j);
        Node at = node.at(i).at(j);
        if (v < -1 || v > 1) {
          throw at.failHere("a correlation coefficient in [-1, 1]");
        }
        if (i == j && Math.abs(v - 1) > MATRIX_TOLERANCE) {
          throw at.failHere("1 on the diagonal of a correlation matrix");
        }
        if (j > i && Math.abs(v - m.get(j, i)) > MATRIX_TOLERANCE) {
          throw at.fail(
              Node.fmt(m.get(j, i))
                  + " as at "
                  + node.pointer()
                  + "/"
                  + j
                  + "/"
                  + i
                  + " (a correlation matrix is symmetric)",
              Node.fmt(v));
        }
      }
    }
    int pivot = m.firstNonPositivePivot();
    if (pivot >= 0) {
      throw node.fail(
          "a positive-definite correlation matrix",
          "one that is not (its Cholesky decomposition fails at row " + pivot + ")");
    }
    return m;
  }

  // ---------------------------------------------------------------- observables

  private static final List<String> OBSERVABLE_FIELDS =
      List.of(
          "quantity",
          "source",
          "target",
          "process",
          "threshold",
          "energy",
          "window",
          "response",
          "description");

  static Observable observable(Node node) {
    node.object("an observable object", OBSERVABLE_FIELDS);
    Observable.Quantity q =
        node.field(
                "quantity",
                "one of "
                    + Node.quoteAll(org.vfit.datasets.model.Term.ids(Observable.Quantity.class)))
            .term(Observable.Quantity.class);
    String source =
        node.field("source", "one of " + Node.quoteAll(Observable.SOURCES))
            .oneOf(Observable.SOURCES);
    String target = optString(node, "target");
    String process = node.optional("process").map(n -> n.oneOf(Observable.PROCESSES)).orElse(null);
    Double threshold =
        node.optional("threshold").map(n -> n.nonNegative("energy threshold in MeV")).orElse(null);
    Double energy =
        node.optional("energy").map(n -> n.positive("neutrino energy in MeV")).orElse(null);
    Observable.EnergyWindow window = node.optional("window").map(Common::window).orElse(null);
    String response =
        node.optional("response")
            .map(n -> n.string("the name or path of the response dataset"))
            .orElse(null);
    return new Observable(
        q,
        source,
        target,
        process,
        threshold,
        energy,
        window,
        response,
        optString(node, "description"));
  }

  private static Observable.EnergyWindow window(Node node) {
    node.object(
        "an energy window {\"variable\", \"min\", \"max\"}", List.of("variable", "min", "max"));
    EnergyVariable v =
        node.field(
                "variable",
                "one of " + Node.quoteAll(org.vfit.datasets.model.Term.ids(EnergyVariable.class)))
            .term(EnergyVariable.class);
    double min = node.field("min", "a non-negative energy in MeV").nonNegative("energy in MeV");
    Double max = null;
    if (node.has("max")) {
      Node mx = node.field("max", "");
      max = mx.number("an energy in MeV above min");
      if (!(max > min)) {
        throw mx.failHere("an energy in MeV above min (" + Node.fmt(min) + ")");
      }
    }
    return new Observable.EnergyWindow(v, min, max);
  }

  static ObjectNode observable(Observable o) {
    ObjectNode n = JSON.objectNode();
    n.put("quantity", o.quantity().id());
    n.put("source", o.source());
    putOpt(n, "target", o.target());
    putOpt(n, "process", o.process());
    putOpt(n, "threshold", o.threshold());
    putOpt(n, "energy", o.energy());
    if (o.window() != null) {
      ObjectNode w = n.putObject("window");
      w.put("variable", o.window().variable().id());
      w.put("min", o.window().min());
      putOpt(w, "max", o.window().max());
    }
    putOpt(n, "response", o.response());
    putOpt(n, "description", o.description());
    return n;
  }

  static AsymmetryConvention convention(Node node) {
    return node.term(AsymmetryConvention.class);
  }
}
