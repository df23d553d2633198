package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Values;

final class ReactorSpectrumCodec {
  private ReactorSpectrumCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("counts", "events");
    UNITS.put("livetime", "days");
    UNITS.put("exposure", "target-proton-years");
  }

  /** Fission fractions are rounded to about 0.001 each; their published sums are 1 to 0.001. */
  static final double FISSION_SUM_TOLERANCE = 0.01;

  private static final String EVENTS = "a non-negative number of events";

  static ReactorSpectrum read(Node root) {
    root.object(
        "a reactor-spectrum dataset",
        Common.topLevel(
            "bin_edges",
            "detector",
            "periods",
            "systematics",
            "reactors",
            "flux_model",
            "fission_fractions",
            "absolute_rate"));
    Metadata meta = Common.metadata(root, Kind.REACTOR_SPECTRUM, UNITS);
    String edgesExpected = "an array of at least 2 bin edges in MeV";
    Node edgesNode = root.field("bin_edges", edgesExpected);
    Values edges = edgesNode.numbers(edgesExpected, n -> n.nonNegative("energy in MeV"));
    if (edges.size() < 2) {
      throw edgesNode.failHere(edgesExpected);
    }
    edgesNode.strictlyIncreasing(edges, "bin edges");
    int bins = edges.size() - 1;

    Node det = root.field("detector", "a detector object");
    det.object("a detector object", List.of("resolution", "prompt_energy_shift", "target_protons"));
    ReactorSpectrum.Detector detector =
        new ReactorSpectrum.Detector(
            det.field("resolution", "the fractional energy resolution at 1 MeV")
                .inRange("a fractional resolution", 0, 1),
            det.field("prompt_energy_shift", "E_nu - E_prompt in MeV").nonNegative("energy in MeV"),
            det.optional("target_protons")
                .map(n -> n.positive("number of target protons"))
                .orElse(null));

    String pExpected = "a non-empty array of data-taking periods";
    List<ReactorSpectrum.Period> periods = new ArrayList<>();
    Set<String> periodNames = new HashSet<>();
    for (Node p : root.field("periods", pExpected).nonEmptyArray(pExpected)) {
      ReactorSpectrum.Period period = period(p, bins);
      if (!periodNames.add(period.name())) {
        throw p.field("name", "").failHere("a period name not used by another period");
      }
      periods.add(period);
    }

    List<ReactorSpectrum.Systematic> systs = new ArrayList<>();
    String sExpected = "an array of systematics";
    for (Node s : root.field("systematics", sExpected).array(sExpected)) {
      s.object("a systematic object", List.of("name", "type", "sigma", "periods"));
      String name = s.field("name", "a systematic name").string("a systematic name");
      ReactorSpectrum.SystematicType type =
          s.field("type", "a systematic type").term(ReactorSpectrum.SystematicType.class);
      double sigma =
          s.field("sigma", "a fractional 1-sigma uncertainty")
              .inRange("a fractional uncertainty", 0, 1);
      List<String> applies = new ArrayList<>();
      s.optional("periods")
          .ifPresent(
              list -> {
                for (Node n : list.array("an array of period names")) {
                  String pn = n.string("a period name");
                  if (!periodNames.contains(pn)) {
                    throw n.failHere(
                        "the name of a period of this dataset ("
                            + Node.quoteAll(periodNames)
                            + ")");
                  }
                  applies.add(pn);
                }
              });
      systs.add(new ReactorSpectrum.Systematic(name, type, sigma, applies));
    }

    Node r = root.field("reactors", "a reactors object naming the reactor tables");
    r.object("a reactors object", List.of("tables", "default", "other_reactors_fraction"));
    List<String> tables = new ArrayList<>();
    for (Node t :
        r.field("tables", "a non-empty array of reactor-table dataset names")
            .nonEmptyArray("a non-empty array of reactor-table dataset names")) {
      tables.add(t.string("a dataset name"));
    }
    Node def = r.field("default", "the name of one of the tables");
    String defaultTable = def.string("the name of one of the tables");
    if (!tables.contains(defaultTable)) {
      throw def.failHere("one of the tables " + Node.quoteAll(tables));
    }
    Double other =
        r.optional("other_reactors_fraction").map(n -> n.probability("a fraction")).orElse(null);

    String flux =
        root.field("flux_model", "the name of a reactor-flux-model dataset")
            .string("the name of a reactor-flux-model dataset");
    Map<String, Double> fractions =
        fissionFractions(root.field("fission_fractions", "an object of fission fractions"));
    ReactorSpectrum.AbsoluteRate absolute =
        root.optional("absolute_rate").map(ReactorSpectrumCodec::absoluteRate).orElse(null);
    return new ReactorSpectrum(
        meta,
        edges,
        detector,
        periods,
        systs,
        new ReactorSpectrum.Reactors(tables, defaultTable, other),
        flux,
        fractions,
        absolute);
  }

  private static ReactorSpectrum.AbsoluteRate absoluteRate(Node n) {
    n.object("an absolute_rate object", List.of("anchor", "long_lived_factor"));
    double factor =
        n.optional("long_lived_factor")
            .map(f -> f.inRange("a factor near 1 for long-lived fission products", 0.5, 2))
            .orElse(1.0);
    ReactorSpectrum.Anchor anchor =
        n.optional("anchor")
            .map(
                a -> {
                  a.object(
                      "an anchor object",
                      List.of("cross_section_per_fission", "fission_fractions", "source"));
                  double sigma =
                      a.field("cross_section_per_fission", "an IBD yield in cm^2 per fission")
                          .inRange("an IBD yield in cm^2 per fission", 1e-44, 1e-41);
                  Map<String, Double> ff =
                      fissionFractions(
                          a.field("fission_fractions", "the fission fractions of the anchor"));
                  String source =
                      a.field("source", "the measurement's citation").string("a citation");
                  return new ReactorSpectrum.Anchor(sigma, ff, source);
                })
            .orElse(null);
    return new ReactorSpectrum.AbsoluteRate(anchor, factor);
  }

  private static ReactorSpectrum.Efficiency efficiency(Node n) {
    n.object("an efficiency object {\"energies\", \"values\"}", List.of("energies", "values"));
    String eExpected = "an array of at least 2 prompt energies in MeV";
    Node en = n.field("energies", eExpected);
    Values energies = en.numbers(eExpected, x -> x.nonNegative("energy in MeV"));
    if (energies.size() < 2) {
      throw en.failHere(eExpected);
    }
    en.strictlyIncreasing(energies, "efficiency energies");
    String vExpected = "an array of " + energies.size() + " efficiencies (one per energy)";
    Values values =
        n.field("values", vExpected)
            .numbers(
                vExpected, energies.size(), "one per energy", x -> x.probability("an efficiency"));
    return new ReactorSpectrum.Efficiency(energies, values);
  }

  private static ReactorSpectrum.Period period(Node p, int bins) {
    p.object(
        "a period object",
        List.of(
            "name",
            "start",
            "end",
            "livetime",
            "exposure",
            "observed",
            "no_oscillation",
            "reference_best_fit",
            "backgrounds",
            "efficiency"));
    String name = p.field("name", "a period name").string("a period name");
    LocalDate start = p.optional("start").map(Node::date).orElse(null);
    LocalDate end = p.optional("end").map(Node::date).orElse(null);
    if (start != null && end != null && end.isBefore(start)) {
      throw p.field("end", "").failHere("a date not before the start " + start);
    }
    double livetime =
        p.field("livetime", "a positive live time in days").positive("live time in days");
    Double exposure =
        p.optional("exposure").map(n -> n.positive("exposure in target-proton-years")).orElse(null);
    Values observed = counts(p, "observed", bins);
    Values noOsc = p.has("no_oscillation") ? counts(p, "no_oscillation", bins) : null;
    Values best = p.has("reference_best_fit") ? counts(p, "reference_best_fit", bins) : null;
    List<ReactorSpectrum.Background> bgs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Node b :
        p.field("backgrounds", "an array of backgrounds").array("an array of backgrounds")) {
      b.object("a background object", List.of("name", "expected", "normalisation"));
      Node bn = b.field("name", "a background name");
      String bname = bn.string("a background name");
      if (!names.add(bname)) {
        throw bn.failHere("a background name not used by another background");
      }
      Values expected = counts(b, "expected", bins);
      bgs.add(
          new ReactorSpectrum.Background(
              bname, expected, normalisation(b.field("normalisation", "a normalisation object"))));
    }
    ReactorSpectrum.Efficiency eff =
        p.optional("efficiency").map(ReactorSpectrumCodec::efficiency).orElse(null);
    return new ReactorSpectrum.Period(
        name, start, end, livetime, exposure, observed, noOsc, best, bgs, eff);
  }

  private static Values counts(Node parent, String field, int bins) {
    String expected = "an array of " + bins + " event counts (one per bin)";
    return parent
        .field(field, expected)
        .numbers(expected, bins, "one per bin", n -> n.nonNegative("number of events"));
  }

  private static ReactorSpectrum.Normalisation normalisation(Node n) {
    n.object("a normalisation object", List.of("treatment", "sigma", "uncertainty"));
    ReactorSpectrum.Treatment t =
        n.field("treatment", "a normalisation treatment").term(ReactorSpectrum.Treatment.class);
    boolean hasSigma = n.has("sigma");
    boolean hasUnc = n.has("uncertainty");
    if (t != ReactorSpectrum.Treatment.CONSTRAINED) {
      if (hasSigma || hasUnc) {
        throw n.field(hasSigma ? "sigma" : "uncertainty", "")
            .fail("no uncertainty for a " + t.id() + " normalisation", "one");
      }
      return new ReactorSpectrum.Normalisation(t, null, null);
    }
    if (hasSigma == hasUnc) {
      throw n.fail(
          "exactly one of sigma (a fraction) or uncertainty (events) for a constrained normalisation",
          hasSigma ? "both" : "neither");
    }
    Double sigma = hasSigma ? n.field("sigma", "").inRange("a fractional uncertainty", 0, 1) : null;
    Double unc = hasUnc ? n.field("uncertainty", "").nonNegative("uncertainty in events") : null;
    return new ReactorSpectrum.Normalisation(t, sigma, unc);
  }

  private static Map<String, Double> fissionFractions(Node f) {
    List<String> isotopes = ReactorSpectrum.ISOTOPES;
    f.object("an object of fission fractions for " + String.join(", ", isotopes), isotopes);
    Map<String, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (String iso : isotopes) {
      double v =
          f.field(iso, "the fraction of fissions in " + iso).probability("a fission fraction");
      out.put(iso, v);
      sum += v;
    }
    if (Math.abs(sum - 1) > FISSION_SUM_TOLERANCE) {
      throw f.fail(
          "fission fractions summing to 1 (within " + Node.fmt(FISSION_SUM_TOLERANCE) + ")",
          "a sum of " + Node.fmt(sum));
    }
    return out;
  }

  static ObjectNode write(ReactorSpectrum d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.set("bin_edges", Common.array(d.binEdges()));
    ObjectNode det = out.putObject("detector");
    det.put("resolution", d.detector().resolution());
    det.put("prompt_energy_shift", d.detector().promptEnergyShift());
    Common.putOpt(det, "target_protons", d.detector().targetProtons());
    ArrayNode ps = out.putArray("periods");
    for (ReactorSpectrum.Period p : d.periods()) {
      ObjectNode o = ps.addObject();
      o.put("name", p.name());
      Common.putOpt(o, "start", p.start());
      Common.putOpt(o, "end", p.end());
      o.put("livetime", p.livetime());
      Common.putOpt(o, "exposure", p.exposure());
      o.set("observed", Common.array(p.observed()));
      Common.putOpt(o, "no_oscillation", p.noOscillation());
      Common.putOpt(o, "reference_best_fit", p.referenceBestFit());
      ArrayNode bs = o.putArray("backgrounds");
      for (ReactorSpectrum.Background b : p.backgrounds()) {
        ObjectNode bo = bs.addObject();
        bo.put("name", b.name());
        bo.set("expected", Common.array(b.expected()));
        ObjectNode n = bo.putObject("normalisation");
        n.put("treatment", b.normalisation().treatment().id());
        Common.putOpt(n, "sigma", b.normalisation().sigma());
        Common.putOpt(n, "uncertainty", b.normalisation().uncertainty());
      }
      if (p.efficiency() != null) {
        ObjectNode e = o.putObject("efficiency");
        e.set("energies", Common.array(p.efficiency().energies()));
        e.set("values", Common.array(p.efficiency().values()));
      }
    }
    ArrayNode ss = out.putArray("systematics");
    for (ReactorSpectrum.Systematic s : d.systematics()) {
      ObjectNode o = ss.addObject();
      o.put("name", s.name());
      o.put("type", s.type().id());
      o.put("sigma", s.sigma());
      if (!s.periods().isEmpty()) {
        ArrayNode a = o.putArray("periods");
        s.periods().forEach(a::add);
      }
    }
    ObjectNode r = out.putObject("reactors");
    ArrayNode t = r.putArray("tables");
    d.reactors().tables().forEach(t::add);
    r.put("default", d.reactors().defaultTable());
    Common.putOpt(r, "other_reactors_fraction", d.reactors().otherReactorsFraction());
    out.put("flux_model", d.fluxModel());
    ObjectNode f = out.putObject("fission_fractions");
    d.fissionFractions().forEach(f::put);
    if (d.absoluteRate() != null) {
      ObjectNode a = out.putObject("absolute_rate");
      ReactorSpectrum.Anchor anchor = d.absoluteRate().anchor();
      if (anchor != null) {
        ObjectNode an = a.putObject("anchor");
        an.put("cross_section_per_fission", anchor.crossSectionPerFission());
        ObjectNode af = an.putObject("fission_fractions");
        anchor.fissionFractions().forEach(af::put);
        an.put("source", anchor.source());
      }
      a.put("long_lived_factor", d.absoluteRate().longLivedFactor());
    }
    return out;
  }
}
