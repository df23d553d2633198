package org.vfit.datasets;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vfit.datasets.io.DatasetJson;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;

/**
 * The entry point of the datasets module: bundled datasets by name, user files by path, and the
 * resolution of a command-line {@code --dataset} argument that may be either.
 *
 * <pre>{@code
 * ReactorSpectrum kamland = Datasets.load("kamland-2011", ReactorSpectrum.class);
 * Dataset mine = Datasets.resolve("data/my-kamland.json");    // a file
 * Datasets.names();                                           // the bundled names
 * }</pre>
 *
 * Loading validates everything (see {@link org.vfit.datasets.io.DatasetJson}); every failure is a
 * {@link DatasetException} naming the file, the JSON pointer and what was expected. Bundled
 * datasets are read once and cached (records are immutable). The module never reads the project's
 * source data folder at run time: everything bundled is a resource.
 */
public final class Datasets {
  private Datasets() {}

  private static final String RESOURCES = "/org/vfit/datasets/bundled/";
  private static final Map<String, Dataset> CACHE = new ConcurrentHashMap<>();
  private static volatile List<String> names;

  /** Names of the bundled datasets, in catalogue order. */
  public static List<String> names() {
    List<String> n = names;
    if (n == null) {
      n = readIndex();
      names = n;
    }
    return n;
  }

  public static boolean isBundled(String name) {
    return names().contains(name);
  }

  /** All bundled datasets, in catalogue order. */
  public static List<Dataset> bundled() {
    List<Dataset> out = new ArrayList<>();
    for (String name : names()) {
      out.add(load(name));
    }
    return out;
  }

  /** A bundled dataset by name. */
  public static Dataset load(String name) {
    if (!isBundled(name)) {
      throw new DatasetException(
          name,
          "",
          "the name of a bundled dataset (see 'vfit datasets list')",
          "no bundled dataset of that name");
    }
    return CACHE.computeIfAbsent(name, Datasets::readResource);
  }

  public static <T extends Dataset> T load(String name, Class<T> type) {
    return as(load(name), type, name);
  }

  /**
   * A user file (validated; references to other datasets are not followed). A reference that is a
   * path is relative to the directory of the file that holds it — the one rule for every command —
   * so the returned record holds it as an absolute path: whoever follows it later (validation, the
   * likelihood) finds the same file whatever the working directory.
   */
  public static Dataset read(Path file) {
    return anchored(DatasetJson.read(file), file);
  }

  public static <T extends Dataset> T read(Path file, Class<T> type) {
    return as(read(file), type, file.toString());
  }

  /**
   * A bundled name or a file path, for options such as {@code --dataset}. An argument that is the
   * name of a bundled dataset and has no path separator and no {@code .json} suffix is that
   * dataset; anything else is read as a file.
   */
  public static Dataset resolve(String nameOrPath) {
    if (nameOrPath.isBlank()) {
      throw new DatasetException(
          "\"" + nameOrPath + "\"",
          "",
          "the name of a bundled dataset or a path to a dataset file",
          "an empty name");
    }
    if (looksLikeName(nameOrPath) && isBundled(nameOrPath)) {
      return load(nameOrPath);
    }
    Path p = Path.of(nameOrPath);
    if (looksLikeName(nameOrPath) && !Files.exists(p)) {
      throw new DatasetException(
          nameOrPath,
          "",
          "the name of a bundled dataset or a path to a dataset file",
          "neither (no bundled dataset and no file of that name; see 'vfit datasets list')");
    }
    return read(p);
  }

  public static <T extends Dataset> T resolve(String nameOrPath, Class<T> type) {
    return as(resolve(nameOrPath), type, nameOrPath);
  }

  /**
   * Reads a file or bundled name and also checks that every dataset it refers to (reactor tables,
   * flux model, response spectra, cross sections) exists and has the right kind. References are
   * bundled names or paths relative to the referring file.
   */
  public static Dataset validate(String nameOrPath) {
    Dataset d = resolve(nameOrPath);
    Path base =
        looksLikeName(nameOrPath) && isBundled(nameOrPath)
            ? null
            : Path.of(nameOrPath).toAbsolutePath().getParent();
    String source = nameOrPath;
    for (Reference r : references(d)) {
      Dataset target;
      try {
        target = resolveReference(r.target(), base);
      } catch (DatasetException e) {
        throw new DatasetException(
            source,
            r.pointer(),
            "the name or path of a " + r.describeKinds() + " dataset",
            "\"" + r.target() + "\", which cannot be loaded (" + e.getMessage() + ")");
      }
      if (!r.kinds().contains(target.kind())) {
        throw new DatasetException(
            source,
            r.pointer(),
            "the name or path of a " + r.describeKinds() + " dataset",
            "\"" + r.target() + "\", a " + target.kind().id() + " dataset");
      }
    }
    return d;
  }

  /** A reference from one dataset to another: where it is and which kinds it may point to. */
  public record Reference(String pointer, String target, List<Kind> kinds) {
    String describeKinds() {
      return String.join(" or ", kinds.stream().map(Kind::id).toList());
    }
  }

  /** The datasets a dataset refers to by name or path. */
  public static List<Reference> references(Dataset d) {
    List<Reference> out = new ArrayList<>();
    if (d instanceof Rates r) {
      for (int i = 0; i < r.measurements().size(); i++) {
        String resp = r.measurements().get(i).observable().response();
        if (resp != null) {
          out.add(
              new Reference(
                  "/measurements/" + i + "/observable/response",
                  resp,
                  List.of(Kind.CROSS_SECTION, Kind.PREDICTED_SPECTRA)));
        }
      }
    } else if (d instanceof PolynomialSurvival p) {
      out.add(new Reference("/response", p.response(), List.of(Kind.PREDICTED_SPECTRA)));
    } else if (d instanceof ReactorSpectrum s) {
      List<String> tables = s.reactors().tables();
      for (int i = 0; i < tables.size(); i++) {
        out.add(
            new Reference(
                "/reactors/tables/" + i,
                tables.get(i),
                List.of(Kind.REACTOR_BASELINES, Kind.REACTOR_UNITS)));
      }
      out.add(new Reference("/flux_model", s.fluxModel(), List.of(Kind.REACTOR_FLUX_MODEL)));
    }
    return out;
  }

  /** Resolves a reference found in a dataset read from directory {@code base} (null: bundled). */
  public static Dataset resolveReference(String target, Path base) {
    if (looksLikeName(target) && isBundled(target)) {
      return load(target);
    }
    if (base == null) {
      throw new DatasetException(
          target, "", "the name of a bundled dataset", "no bundled dataset of that name");
    }
    return read(base.resolve(target));
  }

  /** The record with every path reference made absolute against the directory of {@code file}. */
  private static Dataset anchored(Dataset d, Path file) {
    Path base = file.toAbsolutePath().normalize().getParent();
    Map<String, String> moved = new LinkedHashMap<>();
    for (Reference r : references(d)) {
      if (isPath(r.target())) {
        moved.put(r.target(), base.resolve(r.target()).normalize().toString());
      }
    }
    if (moved.isEmpty()) {
      return d;
    }
    ObjectNode tree = DatasetJson.toTree(d);
    for (Reference r : references(d)) {
      replace(tree, r.pointer(), moved);
    }
    // The default reactor table repeats one of the listed tables, and must stay equal to it.
    replace(tree, "/reactors/default", moved);
    return DatasetJson.read(tree, file.toString());
  }

  private static void replace(ObjectNode tree, String pointer, Map<String, String> moved) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode old = tree.at(at);
    if (!old.isTextual() || !moved.containsKey(old.textValue())) {
      return;
    }
    JsonNode parent = tree.at(at.head());
    TextNode value = TextNode.valueOf(moved.get(old.textValue()));
    if (parent instanceof ObjectNode o) {
      o.set(at.last().getMatchingProperty(), value);
    } else if (parent instanceof ArrayNode a) {
      a.set(at.last().getMatchingIndex(), value);
    }
  }

  /** Whether a reference names a file rather than a bundled dataset. */
  private static boolean isPath(String target) {
    return !(looksLikeName(target) && isBundled(target));
  }

  /** The canonical JSON text of a dataset (what {@code vfit datasets show --json} prints). */
  public static String toJson(Dataset d) {
    return DatasetJson.write(d);
  }

  public static void write(Dataset d, Path file) {
    try {
      Files.writeString(file, toJson(d), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** One-line summaries of the bundled datasets, keyed by name. */
  public static Map<String, String> catalogue() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Dataset d : bundled()) {
      out.put(
          d.name(),
          d.kind().id()
              + " "
              + d.status().id()
              + " "
              + d.meta().provenance().reference().shortForm());
    }
    return out;
  }

  private static boolean looksLikeName(String s) {
    return !s.contains("/") && !s.contains("\\") && !s.endsWith(".json");
  }

  private static <T extends Dataset> T as(Dataset d, Class<T> type, String source) {
    if (!type.isInstance(d)) {
      String want =
          java.util.Arrays.stream(Kind.values())
              .filter(k -> k.type() == type)
              .map(Kind::id)
              .findFirst()
              .orElse(type.getSimpleName());
      throw new DatasetException(
          source, "/kind", "a " + want + " dataset", "a " + d.kind().id() + " dataset");
    }
    return type.cast(d);
  }

  private static Dataset readResource(String name) {
    String path = RESOURCES + name + ".json";
    try (InputStream in = Datasets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled dataset " + name + " is listed but " + path + " is missing");
      }
      Dataset d =
          DatasetJson.read(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json (bundled)");
      if (!d.name().equals(name)) {
        throw new IllegalStateException("bundled file " + path + " holds dataset " + d.name());
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled dataset " + name, e);
    }
  }

  private static List<String> readIndex() {
    try (InputStream in = Datasets.class.getResourceAsStream(RESOURCES + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + "index.txt");
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled-dataset index", e);
    }
  }
}
