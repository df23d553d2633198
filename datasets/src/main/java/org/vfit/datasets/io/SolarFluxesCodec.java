package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.SolarFluxes;

final class SolarFluxesCodec {
  private SolarFluxesCodec() {}

  static SolarFluxes read(Node root) {
    root.object("a solar-fluxes dataset", Common.topLevel("model", "fluxes"));
    Metadata meta = Common.metadata(root, Kind.SOLAR_FLUXES, Map.of("flux", "cm^-2 s^-1"));
    String model = root.field("model", "the solar model name").string("the solar model name");
    Node f = root.field("fluxes", "an object of fluxes by source");
    Map<String, Node> fields = f.fields("an object of fluxes by source");
    if (fields.isEmpty()) {
      throw f.fail("at least one flux", "an empty object");
    }
    f.object("an object of fluxes by source", Observable.SOURCES);
    Map<String, SolarFluxes.Flux> fluxes = new LinkedHashMap<>();
    fields.forEach(
        (source, n) -> {
          n.object(
              "a flux {\"value\", \"fractional_uncertainty\"}",
              List.of("value", "fractional_uncertainty"));
          fluxes.put(
              source,
              new SolarFluxes.Flux(
                  n.field("value", "a positive flux").positive("flux"),
                  n.optional("fractional_uncertainty")
                      .map(u -> u.nonNegative("fractional uncertainty"))
                      .orElse(null)));
        });
    return new SolarFluxes(meta, model, fluxes);
  }

  static ObjectNode write(SolarFluxes d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("model", d.model());
    ObjectNode f = out.putObject("fluxes");
    d.fluxes()
        .forEach(
            (k, v) -> {
              ObjectNode o = f.putObject(k);
              o.put("value", v.value());
              Common.putOpt(o, "fractional_uncertainty", v.fractionalUncertainty());
            });
    return out;
  }
}
