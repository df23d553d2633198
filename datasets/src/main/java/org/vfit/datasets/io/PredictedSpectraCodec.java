package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.PredictedSpectra;
import org.vfit.datasets.model.Values;

final class PredictedSpectraCodec {
  private PredictedSpectraCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("counts", "events");
    UNITS.put("flux", "cm^-2 s^-1");
  }

  static PredictedSpectra read(Node root) {
    root.object(
        "a predicted-spectra dataset",
        Common.topLevel("source", "reference_flux", "energy_edges", "channels"));
    Metadata meta = Common.metadata(root, Kind.PREDICTED_SPECTRA, UNITS);
    String source =
        root.field("source", "one of " + Node.quoteAll(Observable.SOURCES))
            .oneOf(Observable.SOURCES);
    double flux = root.field("reference_flux", "the flux the counts assume").positive("flux");
    String eExpected = "an array of at least 2 bin edges in MeV";
    Node en = root.field("energy_edges", eExpected);
    Values edges = en.numbers(eExpected, n -> n.nonNegative("energy in MeV"));
    if (edges.size() < 2) {
      throw en.failHere(eExpected);
    }
    en.strictlyIncreasing(edges, "bin edges");
    int bins = edges.size() - 1;
    Map<String, Values> channels = new LinkedHashMap<>();
    Node ch = root.field("channels", "an object of channels (name: counts per bin)");
    ch.fields("an object of channels (name: counts per bin)")
        .forEach(
            (k, v) ->
                channels.put(
                    k,
                    v.numbers(
                        "an array of event counts",
                        bins,
                        "one per bin",
                        x -> x.nonNegative("number of events"))));
    if (channels.isEmpty()) {
      throw ch.fail("at least one channel", "an empty object");
    }
    return new PredictedSpectra(meta, source, flux, edges, channels);
  }

  static ObjectNode write(PredictedSpectra d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("source", d.source());
    out.put("reference_flux", d.referenceFlux());
    out.set("energy_edges", Common.array(d.energyEdges()));
    ObjectNode ch = out.putObject("channels");
    d.channels().forEach((k, v) -> ch.set(k, Common.array(v)));
    return out;
  }
}
