package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Chi2Table;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Sector;
import org.vfit.datasets.model.Values;

final class Chi2TableCodec {
  private Chi2TableCodec() {}

  private record Axis(String parameter, Values values) {}

  static Chi2Table read(Node root) {
    root.object("a chi2-table dataset", Common.topLevel("sector", "x", "y", "delta_chi2"));
    Sector sector = root.field("sector", "the sector the table speaks about").term(Sector.class);
    Axis x = axis(root.field("x", "an axis {\"parameter\", \"values\"}"));
    Axis y = axis(root.field("y", "an axis {\"parameter\", \"values\"}"));
    if (x.parameter().equals(y.parameter())) {
      throw root.field("y", "")
          .field("parameter", "")
          .failHere("a parameter different from x (\"" + x.parameter() + "\")");
    }
    Map<String, String> units = new LinkedHashMap<>();
    units.put(x.parameter(), GaussianConstraint.unitOf(x.parameter()));
    units.put(y.parameter(), GaussianConstraint.unitOf(y.parameter()));
    Metadata meta = Common.metadata(root, Kind.CHI2_TABLE, units);
    Matrix grid =
        Common.grid(
            root.field("delta_chi2", "a grid of delta chi^2 values"),
            y.values().size(),
            x.values().size(),
            "one row per y value, one column per x value",
            "a delta chi^2 value");
    Node g = root.field("delta_chi2", "");
    for (int j = 0; j < grid.rows(); j++) {
      for (int i = 0; i < grid.cols(); i++) {
        if (grid.get(j, i) < 0) {
          throw g.at(j).at(i).failHere("a non-negative delta chi^2");
        }
      }
    }
    return new Chi2Table(meta, sector, x.parameter(), x.values(), y.parameter(), y.values(), grid);
  }

  private static Axis axis(Node a) {
    a.object("an axis {\"parameter\", \"values\"}", List.of("parameter", "values"));
    String p = a.field("parameter", "a parameter name").oneOf(GaussianConstraint.PARAMETER_NAMES);
    String expected = "an array of at least 2 grid values";
    Node vn = a.field("values", expected);
    Values v = vn.numbers(expected, n -> n.number("a grid value"));
    if (v.size() < 2) {
      throw vn.failHere(expected);
    }
    vn.strictlyIncreasing(v, "grid values");
    return new Axis(p, v);
  }

  static ObjectNode write(Chi2Table d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("sector", d.sector().id());
    ObjectNode x = out.putObject("x");
    x.put("parameter", d.xParameter());
    x.set("values", Common.array(d.x()));
    ObjectNode y = out.putObject("y");
    y.put("parameter", d.yParameter());
    y.set("values", Common.array(d.y()));
    out.set("delta_chi2", Common.matrix(d.deltaChi2()));
    return out;
  }
}
