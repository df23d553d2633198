package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Sector;

final class GaussianConstraintCodec {
  private GaussianConstraintCodec() {}

  static GaussianConstraint read(Node root) {
    root.object(
        "a gaussian-constraint dataset",
        Common.topLevel(
            "sector", "mass_ordering", "parameters", "correlation", "baseline_km", "baselines_km"));
    Sector sector = root.field("sector", "the sector constrained").term(Sector.class);
    String ordering =
        root.field("mass_ordering", "a mass ordering").oneOf(GaussianConstraint.MASS_ORDERINGS);
    String expected = "a non-empty array of parameters";
    List<GaussianConstraint.Parameter> params = new ArrayList<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (Node p : root.field("parameters", expected).nonEmptyArray(expected)) {
      p.object(
          "a parameter object {\"name\", \"value\", \"sigma\"}", List.of("name", "value", "sigma"));
      Node nameNode = p.field("name", "a parameter name");
      String name = nameNode.oneOf(GaussianConstraint.PARAMETER_NAMES);
      if (units.containsKey(name)) {
        throw nameNode.failHere("a parameter not constrained twice");
      }
      units.put(name, GaussianConstraint.unitOf(name));
      double value = parameterValue(p.field("value", "a central value"), name);
      double sigma =
          p.field("sigma", "a positive 1-sigma uncertainty").positive("1-sigma uncertainty");
      params.add(new GaussianConstraint.Parameter(name, value, sigma));
    }
    Metadata meta = Common.metadata(root, Kind.GAUSSIAN_CONSTRAINT, units);
    Matrix corr =
        Common.correlation(
            root.field(
                "correlation", "a " + params.size() + "x" + params.size() + " correlation matrix"),
            params.size(),
            "parameter");
    Double baseline =
        root.optional("baseline_km")
            .map(n -> n.positive("source-detector distance in km"))
            .orElse(null);
    GaussianConstraint.Baselines baselines =
        root.optional("baselines_km")
            .map(
                b -> {
                  b.object("a baselines object {\"min\", \"max\"} in km", List.of("min", "max"));
                  double min = b.field("min", "the shortest baseline in km").positive("km");
                  Node maxNode = b.field("max", "the longest baseline in km");
                  double max = maxNode.positive("km");
                  if (max < min) {
                    throw maxNode.failHere(
                        "a baseline not shorter than min (" + Node.fmt(min) + ")");
                  }
                  return new GaussianConstraint.Baselines(min, max);
                })
            .orElse(null);
    return new GaussianConstraint(meta, sector, ordering, params, corr, baseline, baselines);
  }

  /** Range of a parameter's value: sin² and sin²2θ are probabilities, tan² and |Δm²₂₁| positive. */
  static double parameterValue(Node n, String name) {
    if (name.startsWith("sin2_")) {
      return n.probability("a value of " + name);
    }
    if (name.startsWith("tan2_") || name.equals("dm2_21") || name.equals("dm2_ee")) {
      return n.nonNegative("value of " + name);
    }
    return n.number("a value of " + name);
  }

  static ObjectNode write(GaussianConstraint d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("sector", d.sector().id());
    out.put("mass_ordering", d.massOrdering());
    ArrayNode a = out.putArray("parameters");
    for (GaussianConstraint.Parameter p : d.parameters()) {
      ObjectNode o = a.addObject();
      o.put("name", p.name());
      o.put("value", p.value());
      o.put("sigma", p.sigma());
    }
    out.set("correlation", Common.matrix(d.correlation()));
    if (d.baselineKm() != null) {
      out.put("baseline_km", d.baselineKm());
    }
    if (d.baselines() != null) {
      ObjectNode b = out.putObject("baselines_km");
      b.put("min", d.baselines().minKm());
      b.put("max", d.baselines().maxKm());
    }
    return out;
  }
}
