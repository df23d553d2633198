package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.vfit.datasets.model.EnergyVariable;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.RecoilSpectrum.Row;
import org.vfit.datasets.model.RecoilSpectrum.ZenithClass;
import org.vfit.datasets.model.Term;
import org.vfit.datasets.model.Uncertainty;
import org.vfit.datasets.model.Values;

/** Rows are stored column by column under {@code bins}, so a pointer reads /bins/rate/12. */
final class RecoilSpectrumCodec {
  private RecoilSpectrumCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("rate", "events/kton/year");
    UNITS.put("livetime", "days");
    UNITS.put("flux", "cm^-2 s^-1");
  }

  private static final List<String> COLUMNS =
      List.of(
          "energy_low",
          "energy_high",
          "zenith",
          "cos_zenith_low",
          "cos_zenith_high",
          "rate",
          "stat_plus",
          "stat_minus",
          "expected_8b",
          "expected_hep",
          "syst_uncorrelated");

  static RecoilSpectrum read(Node root) {
    root.object(
        "a recoil-spectrum dataset",
        Common.topLevel(
            "energy_variable",
            "livetime",
            "reference_fluxes",
            "bins",
            "phase",
            "correlated_systematics"));
    Metadata meta = Common.metadata(root, Kind.RECOIL_SPECTRUM, UNITS);
    List<String> recoil =
        List.of(EnergyVariable.RECOIL_KINETIC.id(), EnergyVariable.RECOIL_TOTAL.id());
    String ev = root.field("energy_variable", "one of " + Node.quoteAll(recoil)).oneOf(recoil);
    double livetime =
        root.field("livetime", "a positive live time in days").positive("live time in days");
    Node rf =
        root.field(
            "reference_fluxes", "an object with the 8B and hep fluxes of the MC expectation");
    rf.object("an object with the 8B and hep fluxes of the MC expectation", List.of("8B", "hep"));
    Map<String, Double> fluxes = new LinkedHashMap<>();
    fluxes.put("8B", rf.field("8B", "the 8B flux of the MC expectation").positive("flux"));
    fluxes.put("hep", rf.field("hep", "the hep flux of the MC expectation").positive("flux"));

    Node bins = root.field("bins", "a bins object with the columns " + String.join(", ", COLUMNS));
    bins.object("a bins object with the columns " + String.join(", ", COLUMNS), COLUMNS);
    Values lo =
        bins.field("energy_low", "an array of bin lower edges in MeV")
            .numbers(
                "a non-empty array of bin lower edges in MeV", n -> n.nonNegative("energy in MeV"));
    int n = lo.size();
    if (n == 0) {
      throw bins.field("energy_low", "")
          .fail("a non-empty array of bin lower edges in MeV", "an empty array");
    }
    Values hi = col(bins, "energy_high", n, x -> x.nonNegative("energy in MeV"));
    List<ZenithClass> zen = new ArrayList<>();
    Node zn = bins.field("zenith", "an array of zenith classes");
    List<Node> zItems = zn.array("an array of zenith classes");
    if (zItems.size() != n) {
      throw zn.fail(
          "an array of " + n + " zenith classes (one per row)",
          "an array of " + zItems.size() + " " + Node.plural(zItems.size(), "element"));
    }
    for (Node z : zItems) {
      zen.add(z.term(ZenithClass.class));
    }
    Values cl = col(bins, "cos_zenith_low", n, x -> x.inRange("a cosine", -1, 1));
    Values ch = col(bins, "cos_zenith_high", n, x -> x.inRange("a cosine", -1, 1));
    Values rate = col(bins, "rate", n, x -> x.nonNegative("rate"));
    Values sp = col(bins, "stat_plus", n, x -> x.nonNegative("uncertainty"));
    Values sm = col(bins, "stat_minus", n, x -> x.nonNegative("uncertainty"));
    Values b8 = col(bins, "expected_8b", n, x -> x.nonNegative("rate"));
    Values hep = col(bins, "expected_hep", n, x -> x.nonNegative("rate"));
    Values syst =
        col(bins, "syst_uncorrelated", n, x -> x.inRange("a fractional uncertainty", 0, 1));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!(hi.get(i) > lo.get(i))) {
        throw bins.field("energy_high", "")
            .at(i)
            .fail("an upper edge above the lower edge " + Node.fmt(lo.get(i)), Node.fmt(hi.get(i)));
      }
      if (!(ch.get(i) > cl.get(i))) {
        throw bins.field("cos_zenith_high", "")
            .at(i)
            .fail("a value above cos_zenith_low " + Node.fmt(cl.get(i)), Node.fmt(ch.get(i)));
      }
      checkZenith(bins, i, zen.get(i), cl.get(i), ch.get(i));
      rows.add(
          new Row(
              lo.get(i),
              hi.get(i),
              zen.get(i),
              cl.get(i),
              ch.get(i),
              rate.get(i),
              new Uncertainty(sp.get(i), sm.get(i)),
              b8.get(i),
              hep.get(i),
              syst.get(i)));
    }
    String phase =
        root.optional("phase").map(p -> p.string("a phase name (e.g. \"SK-IV\")")).orElse(null);
    List<RecoilSpectrum.CorrelatedSystematic> corr = new ArrayList<>();
    Optional<Node> cs = root.optional("correlated_systematics");
    if (cs.isPresent()) {
      String expected = "an array of correlated systematics {name, plus, minus}";
      for (Node c : cs.get().array(expected)) {
        c.object("a correlated systematic {name, plus, minus}", List.of("name", "plus", "minus"));
        Node nameNode = c.field("name", "the systematic's name (a non-empty string)");
        String name = nameNode.string("the systematic's name (a non-empty string)");
        for (RecoilSpectrum.CorrelatedSystematic seen : corr) {
          if (seen.name().equals(name)) {
            throw nameNode.failHere("a name not used by another systematic of this dataset");
          }
        }
        String shift = "an array of " + n + " fractional shifts (one per row)";
        Values plus =
            c.field("plus", shift)
                .numbers(shift, n, "one per row", x -> x.inRange("a fractional shift", -1, 1));
        Values minus =
            c.field("minus", shift)
                .numbers(shift, n, "one per row", x -> x.inRange("a fractional shift", -1, 1));
        corr.add(new RecoilSpectrum.CorrelatedSystematic(name, plus, minus));
      }
    }
    return new RecoilSpectrum(
        meta,
        Term.lookup(EnergyVariable.class, ev).orElseThrow(),
        livetime,
        fluxes,
        rows,
        phase,
        corr);
  }

  /** Day is cos θ_z ≤ 0 and night cos θ_z ≥ 0 in SK's convention; all spans [−1, 1]. */
  private static void checkZenith(Node bins, int i, ZenithClass z, double lo, double hi) {
    Node at = bins.field("zenith", "").at(i);
    switch (z) {
      case ALL -> {
        if (lo != -1 || hi != 1) {
          throw at.fail(
              "\"all\" only for rows spanning cos_zenith [-1, 1]",
              "\"all\" for [" + Node.fmt(lo) + ", " + Node.fmt(hi) + "]");
        }
      }
      case DAY -> {
        if (hi > 0) {
          throw at.fail(
              "\"day\" only for cos_zenith <= 0 (SK convention: night > 0)",
              "\"day\" for [" + Node.fmt(lo) + ", " + Node.fmt(hi) + "]");
        }
      }
      case NIGHT -> {
        if (lo < 0) {
          throw at.fail(
              "\"night\" only for cos_zenith >= 0 (SK convention: night > 0)",
              "\"night\" for [" + Node.fmt(lo) + ", " + Node.fmt(hi) + "]");
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private static Values col(
      Node bins, String field, int n, java.util.function.Function<Node, Double> el) {
    String expected = "an array of " + n + " numbers (one per row)";
    return bins.field(field, expected).numbers(expected, n, "one per row", el);
  }

  static ObjectNode write(RecoilSpectrum d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("energy_variable", d.energyVariable().id());
    out.put("livetime", d.livetime());
    ObjectNode rf = out.putObject("reference_fluxes");
    d.referenceFluxes().forEach(rf::put);
    ObjectNode bins = out.putObject("bins");
    List<Row> rows = d.rows();
    put(bins, "energy_low", rows, Row::energyLow);
    put(bins, "energy_high", rows, Row::energyHigh);
    ArrayNode z = bins.putArray("zenith");
    rows.forEach(r -> z.add(r.zenith().id()));
    put(bins, "cos_zenith_low", rows, Row::cosZenithLow);
    put(bins, "cos_zenith_high", rows, Row::cosZenithHigh);
    put(bins, "rate", rows, Row::rate);
    put(bins, "stat_plus", rows, r -> r.stat().plus());
    put(bins, "stat_minus", rows, r -> r.stat().minus());
    put(bins, "expected_8b", rows, Row::expected8B);
    put(bins, "expected_hep", rows, Row::expectedHep);
    put(bins, "syst_uncorrelated", rows, Row::systUncorrelated);
    if (d.phase() != null) {
      out.put("phase", d.phase());
    }
    if (!d.correlatedSystematics().isEmpty()) {
      ArrayNode cs = out.putArray("correlated_systematics");
      for (RecoilSpectrum.CorrelatedSystematic c : d.correlatedSystematics()) {
        ObjectNode o = cs.addObject();
        o.put("name", c.name());
        o.set("plus", Common.array(c.plus()));
        o.set("minus", Common.array(c.minus()));
      }
    }
    return out;
  }

  private static void put(ObjectNode o, String field, List<Row> rows, ToDoubleFunction<Row> f) {
    ArrayNode a = o.putArray(field);
    rows.forEach(r -> a.add(f.applyAsDouble(r)));
  }
}
