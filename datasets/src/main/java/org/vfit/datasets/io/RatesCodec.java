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
import org.vfit.datasets.model.Citation;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.Uncertainty;

final class RatesCodec {
  private RatesCodec() {}

  private static final List<String> MEASUREMENT_FIELDS =
      List.of("id", "value", "stat", "syst", "total", "observable", "reference");

  static Rates read(Node root) {
    root.object("a rates dataset", Common.topLevel("measurements", "correlation"));
    String expected = "a non-empty array of measurements";
    List<Node> items = root.field("measurements", expected).nonEmptyArray(expected);
    List<Rates.Measurement> ms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Observable.Quantity quantity = null;
    for (Node m : items) {
      Rates.Measurement x = measurement(m, ids);
      if (quantity == null) {
        quantity = x.observable().quantity();
      } else if (x.observable().quantity() != quantity) {
        throw m.field("observable", "")
            .field("quantity", "")
            .failHere(
                "\""
                    + quantity.id()
                    + "\" like the first measurement (one quantity per rates dataset)");
      }
      ms.add(x);
    }
    Map<String, String> units = new LinkedHashMap<>();
    units.put("value", quantity.unit());
    units.put("energy", "MeV");
    Metadata meta = Common.metadata(root, Kind.RATES, units);
    Matrix corr =
        root.optional("correlation")
            .map(c -> Common.correlation(c, ms.size(), "measurement"))
            .orElse(null);
    return new Rates(meta, ms, corr);
  }

  private static Rates.Measurement measurement(Node m, Set<String> ids) {
    m.object("a measurement object", MEASUREMENT_FIELDS);
    Node idNode = m.field("id", "a measurement id (a non-empty string)");
    String id = idNode.string("a measurement id (a non-empty string)");
    if (!ids.add(id)) {
      throw idNode.failHere("an id not used by another measurement");
    }
    Observable obs =
        Common.observable(m.field("observable", "an observable object (what was measured)"));
    Node v = m.field("value", "the measured value (a number)");
    double value =
        switch (obs.quantity()) {
          case SURVIVAL_PROBABILITY -> v.probability("a survival probability");
          case DAY_NIGHT_ASYMMETRY -> v.inRange("an asymmetry", -2, 2);
          default -> v.nonNegative("measured " + obs.quantity().id());
        };
    Uncertainty stat = m.optional("stat").map(Common::uncertainty).orElse(null);
    Uncertainty syst = m.optional("syst").map(Common::uncertainty).orElse(null);
    Uncertainty total = m.optional("total").map(Common::uncertainty).orElse(null);
    if (total != null && (stat != null || syst != null)) {
      throw m.field("total", "")
          .fail(
              "either total or stat (+ syst)",
              "total together with " + (stat != null ? "stat" : "syst"));
    }
    if (total == null && stat == null) {
      throw m.fail("a stat or total uncertainty", syst != null ? "only syst" : "neither");
    }
    Citation ref = m.optional("reference").map(Common::citation).orElse(null);
    return new Rates.Measurement(id, value, stat, syst, total, obs, ref);
  }

  static ObjectNode write(Rates d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    ArrayNode a = out.putArray("measurements");
    for (Rates.Measurement m : d.measurements()) {
      ObjectNode o = a.addObject();
      o.put("id", m.id());
      o.put("value", m.value());
      Common.putUncertainty(o, "stat", m.stat());
      Common.putUncertainty(o, "syst", m.syst());
      Common.putUncertainty(o, "total", m.total());
      o.set("observable", Common.observable(m.observable()));
      if (m.reference() != null) {
        o.set("reference", Common.citation(m.reference()));
      }
    }
    if (d.correlation() != null) {
      out.set("correlation", Common.matrix(d.correlation()));
    }
    return out;
  }
}
