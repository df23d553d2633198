package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.ReactorUnits;
import org.vfit.datasets.model.ReactorUnits.AnnualRecord;
import org.vfit.datasets.model.Values;

/** The operating history is stored column by column ({@code /operating_history/load_factor/12}). */
final class ReactorUnitsCodec {
  private ReactorUnitsCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("angle", "degrees");
    UNITS.put("depth", "km");
    UNITS.put("baseline", "km");
    UNITS.put("thermal_power", "MW");
    UNITS.put("electricity", "GWh");
    UNITS.put("reference_power", "MW");
    UNITS.put("hours_online", "hours");
    UNITS.put("load_factor", "percent");
  }

  /** Hours in a leap year: no unit can be on line longer. */
  static final double MAX_HOURS = 8784;

  private static final List<String> HISTORY =
      List.of(
          "reactor_id", "year", "electricity", "reference_power", "hours_online", "load_factor");

  static ReactorUnits read(Node root) {
    root.object(
        "a reactor-units dataset",
        Common.topLevel("detector", "sites", "reactors", "operating_history"));
    Metadata meta = Common.metadata(root, Kind.REACTOR_UNITS, UNITS);
    Node d = root.field("detector", "a detector location");
    d.object(
        "a detector location {\"name\", \"latitude\", \"longitude\", \"depth\"}",
        List.of("name", "latitude", "longitude", "depth"));
    ReactorUnits.Location detector =
        new ReactorUnits.Location(
            d.field("name", "the detector name").string("the detector name"),
            d.field("latitude", "a latitude in degrees").inRange("a latitude", -90, 90),
            d.field("longitude", "a longitude in degrees").inRange("a longitude", -180, 180),
            d.field("depth", "a depth in km").nonNegative("depth in km"));

    List<ReactorUnits.Site> sites = new ArrayList<>();
    Set<String> siteNames = new HashSet<>();
    String sExpected = "a non-empty array of sites";
    for (Node s : root.field("sites", sExpected).nonEmptyArray(sExpected)) {
      s.object("a site object", List.of("name", "country", "latitude", "longitude", "baseline"));
      Node nameNode = s.field("name", "a site name");
      String name = nameNode.string("a site name");
      if (!siteNames.add(name)) {
        throw nameNode.failHere("a site name not used by another site");
      }
      sites.add(
          new ReactorUnits.Site(
              name,
              s.field("country", "a country code").string("a country code"),
              s.field("latitude", "a latitude in degrees").inRange("a latitude", -90, 90),
              s.field("longitude", "a longitude in degrees").inRange("a longitude", -180, 180),
              s.field("baseline", "a positive baseline in km").positive("baseline in km")));
    }

    List<ReactorUnits.Unit> units = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    String rExpected = "a non-empty array of reactor units";
    for (Node u : root.field("reactors", rExpected).nonEmptyArray(rExpected)) {
      u.object(
          "a reactor unit object",
          List.of(
              "id",
              "name",
              "site",
              "thermal_power",
              "grid_date",
              "commercial_date",
              "shutdown_date",
              "suspended_date",
              "restart_date"));
      Node idNode = u.field("id", "an integer unit id");
      int id = idNode.integer("an integer unit id");
      if (!ids.add(id)) {
        throw idNode.failHere("a unit id not used by another unit");
      }
      Node siteNode = u.field("site", "the name of one of the sites");
      String site = siteNode.string("the name of one of the sites");
      if (!siteNames.contains(site)) {
        throw siteNode.failHere("the name of one of the sites listed under /sites");
      }
      units.add(
          new ReactorUnits.Unit(
              id,
              u.field("name", "a unit name").string("a unit name"),
              site,
              u.field("thermal_power", "a positive thermal power in MW")
                  .positive("thermal power in MW"),
              date(u, "grid_date"),
              date(u, "commercial_date"),
              date(u, "shutdown_date"),
              date(u, "suspended_date"),
              date(u, "restart_date")));
    }

    Node h =
        root.field(
            "operating_history",
            "an operating-history object with the columns " + String.join(", ", HISTORY));
    h.object("an operating-history object with the columns " + String.join(", ", HISTORY), HISTORY);
    Node idCol = h.field("reactor_id", "an array of unit ids");
    List<Node> idItems = idCol.array("an array of unit ids");
    int n = idItems.size();
    int[] unitIds = new int[n];
    for (int i = 0; i < n; i++) {
      unitIds[i] = idItems.get(i).integer("an integer unit id");
      if (!ids.contains(unitIds[i])) {
        throw idItems.get(i).failHere("the id of one of the units listed under /reactors");
      }
    }
    Values years = col(h, "year", n, x -> (double) x.integer("a year (an integer)"));
    Values electricity = col(h, "electricity", n, x -> x.nonNegative("electricity in GWh"));
    Values refPower = col(h, "reference_power", n, x -> x.nonNegative("power in MW"));
    Values hours = col(h, "hours_online", n, x -> x.inRange("hours on line", 0, MAX_HOURS));
    Values lf = col(h, "load_factor", n, x -> x.nonNegative("load factor in percent"));
    List<AnnualRecord> history = new ArrayList<>();
    Map<Long, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int year = (int) years.get(i);
      Integer before = seen.put(((long) unitIds[i] << 32) | year, i);
      if (before != null) {
        throw h.field("year", "")
            .at(i)
            .fail(
                "one record per unit and year",
                "a second record for unit "
                    + unitIds[i]
                    + " in "
                    + year
                    + " (the first is at index "
                    + before
                    + ")");
      }
      history.add(
          new AnnualRecord(
              unitIds[i], year, electricity.get(i), refPower.get(i), hours.get(i), lf.get(i)));
    }
    return new ReactorUnits(meta, detector, sites, units, history);
  }

  private static LocalDate date(Node u, String field) {
    return u.optional(field).map(Node::date).orElse(null);
  }

  private static Values col(
      Node h, String field, int n, java.util.function.Function<Node, Double> el) {
    String expected = "an array of " + n + " numbers (one per record)";
    return h.field(field, expected).numbers(expected, n, "one per record", el);
  }

  static ObjectNode write(ReactorUnits d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    ObjectNode det = out.putObject("detector");
    det.put("name", d.detector().name());
    det.put("latitude", d.detector().latitude());
    det.put("longitude", d.detector().longitude());
    det.put("depth", d.detector().depth());
    ArrayNode sites = out.putArray("sites");
    for (ReactorUnits.Site s : d.sites()) {
      ObjectNode o = sites.addObject();
      o.put("name", s.name());
      o.put("country", s.country());
      o.put("latitude", s.latitude());
      o.put("longitude", s.longitude());
      o.put("baseline", s.baseline());
    }
    ArrayNode units = out.putArray("reactors");
    for (ReactorUnits.Unit u : d.units()) {
      ObjectNode o = units.addObject();
      o.put("id", u.id());
      o.put("name", u.name());
      o.put("site", u.site());
      o.put("thermal_power", u.thermalPower());
      Common.putOpt(o, "grid_date", u.gridDate());
      Common.putOpt(o, "commercial_date", u.commercialDate());
      Common.putOpt(o, "shutdown_date", u.shutdownDate());
      Common.putOpt(o, "suspended_date", u.suspendedDate());
      Common.putOpt(o, "restart_date", u.restartDate());
    }
    ObjectNode h = out.putObject("operating_history");
    ArrayNode ids = h.putArray("reactor_id");
    ArrayNode years = h.putArray("year");
    d.history()
        .forEach(
            r -> {
              ids.add(r.unitId());
              years.add(r.year());
            });
    put(h, "electricity", d.history(), AnnualRecord::electricity);
    put(h, "reference_power", d.history(), AnnualRecord::referencePower);
    put(h, "hours_online", d.history(), AnnualRecord::hoursOnline);
    put(h, "load_factor", d.history(), AnnualRecord::loadFactor);
    return out;
  }

  private static void put(
      ObjectNode o, String field, List<AnnualRecord> rows, ToDoubleFunction<AnnualRecord> f) {
    ArrayNode a = o.putArray(field);
    rows.forEach(r -> a.add(f.applyAsDouble(r)));
  }
}
