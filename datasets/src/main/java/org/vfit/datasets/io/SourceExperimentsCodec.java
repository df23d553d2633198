package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.datasets.model.Status;

final class SourceExperimentsCodec {
  private SourceExperimentsCodec() {}

  static final Map<String, String> UNITS =
      Map.of("activity", "Bq", "energy", "MeV", "length", "cm", "cross_section", "cm^2");

  private static final List<String> EXPERIMENT_FIELDS =
      List.of(
          "id",
          "detector",
          "source",
          "activity",
          "ratio",
          "ratio_error",
          "geometry",
          "status",
          "reference",
          "note");

  static SourceExperiments read(Node root) {
    root.object(
        "a source-experiments dataset", Common.topLevel("target", "sources", "experiments"));
    Map<String, String> units = new LinkedHashMap<>();
    for (String k : List.of("activity", "energy", "length", "cross_section")) {
      units.put(k, UNITS.get(k));
    }
    Metadata meta = Common.metadata(root, Kind.SOURCE_EXPERIMENTS, units);
    String target = root.field("target", "the capturing nucleus").string("the capturing nucleus");
    Map<String, Node> src =
        root.field("sources", "an object of source nuclides and their lines")
            .fields("an object of source nuclides and their lines");
    Map<String, List<SourceExperiments.Line>> sources = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : src.entrySet()) {
      String name = entry.getKey();
      String expected = "a non-empty array of lines {energy, branching, cross_section}";
      List<SourceExperiments.Line> lines = new ArrayList<>();
      for (Node l : entry.getValue().nonEmptyArray(expected)) {
        l.object(
            "a line {energy, branching, cross_section}",
            List.of("energy", "branching", "cross_section"));
        lines.add(
            new SourceExperiments.Line(
                l.field("energy", "a neutrino energy in MeV").positive("energy"),
                l.field("branching", "a branching fraction").probability("branching fraction"),
                l.field("cross_section", "a cross section in cm^2").positive("cross section")));
      }
      sources.put(name, lines);
    }
    String expected = "a non-empty array of experiments";
    List<SourceExperiments.Experiment> exps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node e : root.field("experiments", expected).nonEmptyArray(expected)) {
      e.object("an experiment object", EXPERIMENT_FIELDS);
      Node idNode = e.field("id", "an experiment id");
      String id = idNode.string("an experiment id");
      if (!ids.add(id)) {
        throw idNode.failHere("an id not used by another experiment");
      }
      Node sNode = e.field("source", "a source nuclide listed under sources");
      String source = sNode.string("a source nuclide");
      if (!sources.containsKey(source)) {
        throw sNode.failHere("one of " + Node.quoteAll(new ArrayList<>(sources.keySet())));
      }
      exps.add(
          new SourceExperiments.Experiment(
              id,
              e.field("detector", "the experiment's name").string("the experiment's name"),
              source,
              e.field("activity", "the source activity in Bq").positive("activity"),
              e.field("ratio", "observed/expected").positive("ratio"),
              Common.uncertainty(e.field("ratio_error", "the ratio's error")),
              geometry(e.field("geometry", "the target geometry")),
              e.field("status", "one of " + Node.quoteAll(Status.ids())).term(Status.class),
              Common.citation(e.field("reference", "the paper of this measurement")),
              Common.optString(e, "note")));
    }
    return new SourceExperiments(meta, target, sources, exps);
  }

  private static SourceExperiments.Geometry geometry(Node g) {
    g.object(
        "a geometry {shape, radius, height, source_height, excluded_radius}",
        List.of("shape", "radius", "height", "source_height", "excluded_radius"));
    String shape = g.field("shape", "cylinder or sphere").oneOf(List.of("cylinder", "sphere"));
    double radius = g.field("radius", "a radius in cm").positive("radius");
    double excluded =
        g.optional("excluded_radius").map(n -> n.nonNegative("excluded radius")).orElse(0.0);
    if (excluded >= radius) {
      throw g.field("excluded_radius", "").failHere("an excluded radius below the radius");
    }
    if (shape.equals("sphere")) {
      if (g.has("height") || g.has("source_height")) {
        throw g.failHere("a sphere without height or source_height (the source is its centre)");
      }
      return new SourceExperiments.Geometry(shape, radius, 0, 0, excluded);
    }
    double height = g.field("height", "a cylinder height in cm").positive("height");
    Node sh = g.field("source_height", "the source's height above the base in cm");
    double sourceHeight = sh.inRange("source height", 0, height);
    return new SourceExperiments.Geometry(shape, radius, height, sourceHeight, excluded);
  }

  static ObjectNode write(SourceExperiments d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("target", d.target());
    ObjectNode s = out.putObject("sources");
    d.sources()
        .forEach(
            (k, lines) -> {
              ArrayNode a = s.putArray(k);
              for (SourceExperiments.Line l : lines) {
                ObjectNode o = a.addObject();
                o.put("energy", l.energyMeV());
                o.put("branching", l.branching());
                o.put("cross_section", l.crossSectionCm2());
              }
            });
    ArrayNode a = out.putArray("experiments");
    for (SourceExperiments.Experiment e : d.experiments()) {
      ObjectNode o = a.addObject();
      o.put("id", e.id());
      o.put("detector", e.detector());
      o.put("source", e.source());
      o.put("activity", e.activityBq());
      o.put("ratio", e.ratio());
      Common.putUncertainty(o, "ratio_error", e.ratioError());
      ObjectNode g = o.putObject("geometry");
      SourceExperiments.Geometry geo = e.geometry();
      g.put("shape", geo.shape());
      g.put("radius", geo.radiusCm());
      if (geo.shape().equals("cylinder")) {
        g.put("height", geo.heightCm());
        g.put("source_height", geo.sourceHeightCm());
      }
      if (geo.excludedRadiusCm() > 0) {
        g.put("excluded_radius", geo.excludedRadiusCm());
      }
      o.put("status", e.status().id());
      o.set("reference", Common.citation(e.reference()));
      Common.putOpt(o, "note", e.note());
    }
    return out;
  }
}
