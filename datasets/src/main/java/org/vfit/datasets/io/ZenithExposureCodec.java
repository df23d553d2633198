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
import org.vfit.datasets.model.Values;
import org.vfit.datasets.model.ZenithExposure;

final class ZenithExposureCodec {
  private ZenithExposureCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("angle", "degrees");
    UNITS.put("density", "degree^-1");
  }

  /** Bahcall's columns are printed to 5 digits and sum to 2.000 per 0.5° bin (1 per degree). */
  static final double NORMALISATION_TOLERANCE = 0.01;

  /** Bin centres are printed to 0.01°. */
  static final double SPACING_TOLERANCE = 1e-6;

  static ZenithExposure read(Node root) {
    root.object("a zenith-exposure dataset", Common.topLevel("zenith", "bin_width", "sites"));
    Metadata meta = Common.metadata(root, Kind.ZENITH_EXPOSURE, UNITS);
    double width =
        root.field("bin_width", "a positive bin width in degrees").positive("bin width in degrees");
    String zExpected = "an array of at least 2 zenith-angle bin centres in degrees";
    Node zn = root.field("zenith", zExpected);
    Values zenith = zn.numbers(zExpected, x -> x.inRange("a zenith angle", 0, 180));
    if (zenith.size() < 2) {
      throw zn.failHere(zExpected);
    }
    zn.strictlyIncreasing(zenith, "bin centres");
    for (int i = 1; i < zenith.size(); i++) {
      if (Math.abs(zenith.get(i) - zenith.get(i - 1) - width) > SPACING_TOLERANCE) {
        throw zn.at(i)
            .fail(
                "bin centres one bin width (" + Node.fmt(width) + ") apart",
                Node.fmt(zenith.get(i)));
      }
    }
    List<ZenithExposure.SiteExposure> sites = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Node s :
        root.field("sites", "a non-empty array of sites")
            .nonEmptyArray("a non-empty array of sites")) {
      s.object(
          "a site {\"name\", \"latitude\", \"density\"}", List.of("name", "latitude", "density"));
      Node nn = s.field("name", "a site name");
      String name = nn.string("a site name");
      if (!names.add(name)) {
        throw nn.failHere("a site name not used by another site");
      }
      double lat = s.field("latitude", "a latitude in degrees").inRange("a latitude", -90, 90);
      Node dn = s.field("density", "an array of densities");
      Values density =
          dn.numbers(
              "an array of densities",
              zenith.size(),
              "one per zenith bin",
              x -> x.nonNegative("density"));
      double total = density.sum() * width;
      if (Math.abs(total - 1) > NORMALISATION_TOLERANCE) {
        throw dn.fail(
            "densities summing to 1 over the year (sum x bin width within "
                + Node.fmt(NORMALISATION_TOLERANCE)
                + " of 1)",
            "a sum of " + String.format(java.util.Locale.ROOT, "%.4f", total));
      }
      sites.add(new ZenithExposure.SiteExposure(name, lat, density));
    }
    return new ZenithExposure(meta, zenith, width, sites);
  }

  static ObjectNode write(ZenithExposure d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.set("zenith", Common.array(d.zenith()));
    out.put("bin_width", d.binWidth());
    ArrayNode a = out.putArray("sites");
    for (ZenithExposure.SiteExposure s : d.sites()) {
      ObjectNode o = a.addObject();
      o.put("name", s.name());
      o.put("latitude", s.latitude());
      o.set("density", Common.array(s.density()));
    }
    return out;
  }
}
