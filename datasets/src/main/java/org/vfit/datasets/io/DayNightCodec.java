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
import org.vfit.datasets.model.AsymmetryConvention;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.Uncertainty;
import org.vfit.datasets.model.Values;

final class DayNightCodec {
  private DayNightCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("asymmetry", "dimensionless");
    UNITS.put("energy", "MeV");
    UNITS.put("dm2", "eV^2");
  }

  private static final String ASYMMETRY = "an asymmetry in [-2, 2] (a fraction, not percent)";

  static DayNight read(Node root) {
    root.object(
        "a day-night dataset",
        Common.topLevel("convention", "asymmetries", "amplitude_curve", "phases"));
    Metadata meta = Common.metadata(root, Kind.DAY_NIGHT, UNITS);
    AsymmetryConvention conv =
        root.field("convention", "an asymmetry convention").term(AsymmetryConvention.class);
    String expected = "a non-empty array of asymmetries";
    List<DayNight.Asymmetry> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node a : root.field("asymmetries", expected).nonEmptyArray(expected)) {
      a.object(
          "an asymmetry object",
          List.of("id", "value", "stat", "syst", "observable", "reference_dm2"));
      Node idNode = a.field("id", "an asymmetry id (a non-empty string)");
      String id = idNode.string("an asymmetry id (a non-empty string)");
      if (!ids.add(id)) {
        throw idNode.failHere("an id not used by another asymmetry");
      }
      double value =
          a.field("value", ASYMMETRY).inRange("an asymmetry (a fraction, not percent)", -2, 2);
      Uncertainty stat = Common.uncertainty(a.field("stat", "a statistical uncertainty"));
      Uncertainty syst = a.optional("syst").map(Common::uncertainty).orElse(null);
      Observable obs = Common.observable(a.field("observable", "an observable object"));
      if (obs.quantity() != Observable.Quantity.DAY_NIGHT_ASYMMETRY) {
        throw a.field("observable", "").field("quantity", "").failHere("\"day-night-asymmetry\"");
      }
      Double ref = a.optional("reference_dm2").map(n -> n.positive("Δm² in eV^2")).orElse(null);
      list.add(new DayNight.Asymmetry(id, value, stat, syst, obs, ref));
    }
    DayNight.AmplitudeCurve curve =
        root.optional("amplitude_curve").map(DayNightCodec::curve).orElse(null);
    List<String> phases = root.optional("phases").map(DayNightCodec::phases).orElse(List.of());
    return new DayNight(meta, conv, list, curve, phases);
  }

  /** Names of data-taking phases: distinct non-empty strings. */
  static List<String> phases(Node n) {
    String expected = "an array of data-taking phase names (e.g. \"SK-IV\")";
    List<String> out = new ArrayList<>();
    for (Node p : n.array(expected)) {
      String s = p.string("a phase name (a non-empty string)");
      if (out.contains(s)) {
        throw p.failHere("a phase not listed before");
      }
      out.add(s);
    }
    return out;
  }

  private static DayNight.AmplitudeCurve curve(Node c) {
    c.object(
        "an amplitude curve", List.of("dm2", "fit", "low", "high", "expected_dm2", "expected"));
    Values dm2 =
        c.field("dm2", "an array of Δm² values in eV^2")
            .numbers("an array of Δm² values in eV^2", n -> n.positive("Δm² in eV^2"));
    c.field("dm2", "").strictlyIncreasing(dm2, "Δm² values");
    int n = dm2.size();
    Values fit = column(c, "fit", n);
    Values low = column(c, "low", n);
    Values high = column(c, "high", n);
    for (int i = 0; i < n; i++) {
      if (!(low.get(i) <= fit.get(i) && fit.get(i) <= high.get(i))) {
        throw c.field("fit", "")
            .at(i)
            .fail(
                "the fitted asymmetry inside its band ["
                    + Node.fmt(low.get(i))
                    + ", "
                    + Node.fmt(high.get(i))
                    + "]",
                Node.fmt(fit.get(i)));
      }
    }
    Values edm2 =
        c.field("expected_dm2", "an array of Δm² values in eV^2")
            .numbers("an array of Δm² values in eV^2", x -> x.positive("Δm² in eV^2"));
    c.field("expected_dm2", "").strictlyIncreasing(edm2, "Δm² values");
    Values expected = column(c, "expected", edm2.size());
    return new DayNight.AmplitudeCurve(dm2, fit, low, high, edm2, expected);
  }

  private static Values column(Node c, String field, int n) {
    String what = "one per Δm² value";
    return c.field(field, "an array of " + n + " asymmetries (" + what + ")")
        .numbers("an array of asymmetries", n, what, x -> x.inRange("an asymmetry", -2, 2));
  }

  static ObjectNode write(DayNight d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("convention", d.convention().id());
    ArrayNode arr = out.putArray("asymmetries");
    for (DayNight.Asymmetry a : d.asymmetries()) {
      ObjectNode o = arr.addObject();
      o.put("id", a.id());
      o.put("value", a.value());
      Common.putUncertainty(o, "stat", a.stat());
      Common.putUncertainty(o, "syst", a.syst());
      o.set("observable", Common.observable(a.observable()));
      Common.putOpt(o, "reference_dm2", a.referenceDm2());
    }
    if (d.curve() != null) {
      DayNight.AmplitudeCurve c = d.curve();
      ObjectNode o = out.putObject("amplitude_curve");
      o.set("dm2", Common.array(c.dm2()));
      o.set("fit", Common.array(c.fit()));
      o.set("low", Common.array(c.low()));
      o.set("high", Common.array(c.high()));
      o.set("expected_dm2", Common.array(c.expectedDm2()));
      o.set("expected", Common.array(c.expected()));
    }
    if (!d.phases().isEmpty()) {
      ArrayNode ph = out.putArray("phases");
      d.phases().forEach(ph::add);
    }
    return out;
  }
}
