package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.ReactorBaselines;

final class ReactorBaselinesCodec {
  private ReactorBaselinesCodec() {}

  static ReactorBaselines read(Node root) {
    root.object(
        "a reactor-baselines dataset", Common.topLevel("detector", "weight_definition", "entries"));
    Metadata meta = Common.metadata(root, Kind.REACTOR_BASELINES, Map.of("baseline", "km"));
    String detector = root.field("detector", "the detector name").string("the detector name");
    String def =
        root.field("weight_definition", "a weight definition")
            .oneOf(ReactorBaselines.WEIGHT_DEFINITIONS);
    String expected = "a non-empty array of entries {\"label\", \"baseline\", \"weight\"}";
    List<ReactorBaselines.Entry> entries = new ArrayList<>();
    for (Node e : root.field("entries", expected).nonEmptyArray(expected)) {
      e.object(
          "an entry {\"label\", \"baseline\", \"weight\"}", List.of("label", "baseline", "weight"));
      entries.add(
          new ReactorBaselines.Entry(
              Common.optString(e, "label"),
              e.field("baseline", "a positive baseline in km").positive("baseline in km"),
              e.field("weight", "a non-negative relative weight").nonNegative("relative weight")));
    }
    return new ReactorBaselines(meta, detector, def, entries);
  }

  static ObjectNode write(ReactorBaselines d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("detector", d.detector());
    out.put("weight_definition", d.weightDefinition());
    ArrayNode a = out.putArray("entries");
    for (ReactorBaselines.Entry e : d.entries()) {
      ObjectNode o = a.addObject();
      Common.putOpt(o, "label", e.label());
      o.put("baseline", e.baseline());
      o.put("weight", e.weight());
    }
    return out;
  }
}
