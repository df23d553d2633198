package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.AsymmetryConvention;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Uncertainty;

final class PolynomialSurvivalCodec {
  private PolynomialSurvivalCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("phi_b8", "cm^-2 s^-1");
    UNITS.put("c0", "dimensionless");
    UNITS.put("c1", "MeV^-1");
    UNITS.put("c2", "MeV^-2");
    UNITS.put("a0", "dimensionless");
    UNITS.put("a1", "MeV^-1");
  }

  static PolynomialSurvival read(Node root) {
    root.object(
        "a polynomial-survival dataset",
        Common.topLevel(
            "pivot_energy", "energy_range", "convention", "parameters", "correlation", "response"));
    Metadata meta = Common.metadata(root, Kind.POLYNOMIAL_SURVIVAL, UNITS);
    double pivot =
        root.field("pivot_energy", "the expansion energy E0 in MeV").positive("energy in MeV");
    Node range = root.field("energy_range", "an energy range {\"min\", \"max\"} in MeV");
    range.object("an energy range {\"min\", \"max\"} in MeV", List.of("min", "max"));
    double min = range.field("min", "a non-negative energy in MeV").nonNegative("energy in MeV");
    Node maxNode = range.field("max", "an energy in MeV above min");
    double max = maxNode.number("an energy in MeV above min");
    if (!(max > min)) {
      throw maxNode.failHere("an energy in MeV above min (" + Node.fmt(min) + ")");
    }
    AsymmetryConvention conv =
        root.field("convention", "an asymmetry convention").term(AsymmetryConvention.class);
    List<String> names = PolynomialSurvival.PARAMETER_NAMES;
    String expected = "an array of the " + names.size() + " parameters " + String.join(", ", names);
    Node ps = root.field("parameters", expected);
    List<Node> items = ps.array(expected);
    if (items.size() != names.size()) {
      throw ps.fail(
          expected, "an array of " + items.size() + " " + Node.plural(items.size(), "element"));
    }
    List<PolynomialSurvival.Parameter> params = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node p = items.get(i);
      p.object("a parameter object", List.of("name", "value", "stat", "syst"));
      Node n = p.field("name", "\"" + names.get(i) + "\"");
      if (!n.string("\"" + names.get(i) + "\"").equals(names.get(i))) {
        throw n.failHere(
            "\""
                + names.get(i)
                + "\" (parameter "
                + i
                + " in the order "
                + String.join(", ", names)
                + ")");
      }
      double value =
          i == 0
              ? p.field("value", "a positive flux").positive("flux")
              : p.field("value", "a number").number("a number");
      Uncertainty stat = Common.uncertainty(p.field("stat", "a statistical uncertainty"));
      Uncertainty syst = Common.uncertainty(p.field("syst", "a systematic uncertainty"));
      params.add(new PolynomialSurvival.Parameter(names.get(i), value, stat, syst));
    }
    Matrix corr =
        Common.correlation(
            root.field("correlation", "a 6x6 correlation matrix"), names.size(), "parameter");
    String response =
        root.field("response", "the name of the predicted-spectra dataset that defines the fit")
            .string("the name of the predicted-spectra dataset that defines the fit");
    return new PolynomialSurvival(meta, pivot, min, max, conv, params, corr, response);
  }

  static ObjectNode write(PolynomialSurvival d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("pivot_energy", d.pivotEnergy());
    ObjectNode r = out.putObject("energy_range");
    r.put("min", d.energyMin());
    r.put("max", d.energyMax());
    out.put("convention", d.convention().id());
    ArrayNode a = out.putArray("parameters");
    for (PolynomialSurvival.Parameter p : d.parameters()) {
      ObjectNode o = a.addObject();
      o.put("name", p.name());
      o.put("value", p.value());
      Common.putUncertainty(o, "stat", p.stat());
      Common.putUncertainty(o, "syst", p.syst());
    }
    out.set("correlation", Common.matrix(d.correlation()));
    out.put("response", d.response());
    return out;
  }
}
