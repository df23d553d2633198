package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.Values;

final class CrossSectionCodec {
  private CrossSectionCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("cross_section", "cm^2");
  }

  static CrossSection read(Node root) {
    root.object(
        "a cross-section dataset",
        Common.topLevel(
            "target",
            "process",
            "threshold",
            "energy",
            "cross_section",
            "lower",
            "upper",
            "bounds_sigma",
            "alternatives"));
    Metadata meta = Common.metadata(root, Kind.CROSS_SECTION, UNITS);
    String target =
        root.field("target", "the target (e.g. \"71Ga\")").string("the target (e.g. \"71Ga\")");
    String process =
        root.field("process", "one of " + Node.quoteAll(Observable.PROCESSES))
            .oneOf(Observable.PROCESSES);
    double threshold =
        root.field("threshold", "the threshold energy in MeV").nonNegative("energy in MeV");
    String eExpected = "an array of at least 2 neutrino energies in MeV";
    Node en = root.field("energy", eExpected);
    Values energy = en.numbers(eExpected, n -> n.nonNegative("energy in MeV"));
    if (energy.size() < 2) {
      throw en.failHere(eExpected);
    }
    en.strictlyIncreasing(energy, "energies");
    if (energy.first() < threshold) {
      throw en.at(0)
          .fail(
              "an energy at or above the threshold " + Node.fmt(threshold),
              Node.fmt(energy.first()));
    }
    int n = energy.size();
    Values sigma = column(root, "cross_section", n);
    boolean band = root.has("lower") || root.has("upper") || root.has("bounds_sigma");
    Values lower = null;
    Values upper = null;
    Double bounds = null;
    if (band) {
      lower = column(root, "lower", n);
      upper = column(root, "upper", n);
      bounds =
          root.field("bounds_sigma", "how many sigma the lower/upper band spans")
              .positive("number of sigma");
      for (int i = 0; i < n; i++) {
        if (lower.get(i) > sigma.get(i)) {
          throw root.field("lower", "")
              .at(i)
              .fail("at most the cross section " + Node.fmt(sigma.get(i)), Node.fmt(lower.get(i)));
        }
        if (upper.get(i) < sigma.get(i)) {
          throw root.field("upper", "")
              .at(i)
              .fail("at least the cross section " + Node.fmt(sigma.get(i)), Node.fmt(upper.get(i)));
        }
      }
    }
    Map<String, Values> alternatives = new LinkedHashMap<>();
    root.optional("alternatives")
        .ifPresent(
            a ->
                a.fields("an object of alternative tabulations")
                    .forEach((k, v) -> alternatives.put(k, columnAt(v, n))));
    return new CrossSection(
        meta, target, process, threshold, energy, sigma, lower, upper, bounds, alternatives);
  }

  private static Values column(Node root, String field, int n) {
    return columnAt(root.field(field, "an array of " + n + " cross sections (one per energy)"), n);
  }

  private static Values columnAt(Node node, int n) {
    return node.numbers(
        "an array of cross sections",
        n,
        "one per energy",
        x -> x.nonNegative("cross section in cm^2"));
  }

  static ObjectNode write(CrossSection d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("target", d.target());
    out.put("process", d.process());
    out.put("threshold", d.threshold());
    out.set("energy", Common.array(d.energy()));
    out.set("cross_section", Common.array(d.sigma()));
    Common.putOpt(out, "lower", d.lower());
    Common.putOpt(out, "upper", d.upper());
    Common.putOpt(out, "bounds_sigma", d.boundsSigma());
    if (!d.alternatives().isEmpty()) {
      ObjectNode a = out.putObject("alternatives");
      d.alternatives().forEach((k, v) -> a.set(k, Common.array(v)));
    }
    return out;
  }
}
