package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.SolarSpectrum;
import org.vfit.datasets.model.Values;

final class SolarSpectrumCodec {
  private SolarSpectrumCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("density", "MeV^-1");
  }

  /**
   * A tabulated spectrum must integrate to 1 within this (trapezoid rule on the given grid); the
   * bundled tables reach 1 to better than 0.2 %, a 1 % slack allows coarser user grids.
   */
  static final double NORMALISATION_TOLERANCE = 0.01;

  /** Branching fractions are given to 4 digits. */
  static final double BRANCHING_TOLERANCE = 1e-3;

  static SolarSpectrum read(Node root) {
    root.object(
        "a solar-spectrum dataset",
        Common.topLevel("source", "energy", "density", "uncertainty", "alternatives", "lines"));
    Metadata meta = Common.metadata(root, Kind.SOLAR_SPECTRUM, UNITS);
    String source =
        root.field("source", "one of " + Node.quoteAll(Observable.SOURCES))
            .oneOf(Observable.SOURCES);
    boolean continuum = root.has("energy") || root.has("density");
    if (continuum == root.has("lines")) {
      throw root.fail(
          "either a continuum (energy and density) or lines", continuum ? "both" : "neither");
    }
    if (!continuum) {
      List<SolarSpectrum.Line> lines = new ArrayList<>();
      Node ln = root.field("lines", "");
      double sum = 0;
      for (Node l : ln.nonEmptyArray("a non-empty array of lines {\"energy\", \"branching\"}")) {
        l.object("a line {\"energy\", \"branching\"}", List.of("energy", "branching"));
        double e = l.field("energy", "a line energy in MeV").positive("energy in MeV");
        double b = l.field("branching", "a branching fraction").probability("a branching fraction");
        sum += b;
        lines.add(new SolarSpectrum.Line(e, b));
      }
      if (Math.abs(sum - 1) > BRANCHING_TOLERANCE) {
        throw ln.fail(
            "branching fractions summing to 1 (within " + Node.fmt(BRANCHING_TOLERANCE) + ")",
            "a sum of " + Node.fmt(sum));
      }
      return new SolarSpectrum(meta, source, null, null, null, Map.of(), lines);
    }
    String eExpected = "an array of at least 2 energies in MeV";
    Node en = root.field("energy", eExpected);
    Values energy = en.numbers(eExpected, n -> n.nonNegative("energy in MeV"));
    if (energy.size() < 2) {
      throw en.failHere(eExpected);
    }
    en.strictlyIncreasing(energy, "energies");
    int n = energy.size();
    Values density =
        normalised(
            root.field("density", "an array of " + n + " densities (one per energy)"), energy);
    Values unc =
        root.optional("uncertainty")
            .map(
                u ->
                    u.numbers(
                        "an array of signed uncertainties",
                        n,
                        "one per energy",
                        x -> x.number("a signed uncertainty")))
            .orElse(null);
    Map<String, Values> alternatives = new LinkedHashMap<>();
    root.optional("alternatives")
        .ifPresent(
            a ->
                a.fields("an object of alternative shapes")
                    .forEach((k, v) -> alternatives.put(k, normalised(v, energy))));
    return new SolarSpectrum(meta, source, energy, density, unc, alternatives, List.of());
  }

  private static Values normalised(Node node, Values energy) {
    Values d =
        node.numbers(
            "an array of densities",
            energy.size(),
            "one per energy",
            x -> x.nonNegative("density"));
    double integral = 0;
    for (int i = 1; i < energy.size(); i++) {
      integral += 0.5 * (d.get(i) + d.get(i - 1)) * (energy.get(i) - energy.get(i - 1));
    }
    if (Math.abs(integral - 1) > NORMALISATION_TOLERANCE) {
      throw node.fail(
          "a density normalised to 1 (trapezoid integral within "
              + Node.fmt(NORMALISATION_TOLERANCE)
              + " of 1)",
          "an integral of " + String.format(java.util.Locale.ROOT, "%.4f", integral));
    }
    return d;
  }

  static ObjectNode write(SolarSpectrum d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    out.put("source", d.source());
    if (d.isContinuum()) {
      out.set("energy", Common.array(d.energy()));
      out.set("density", Common.array(d.density()));
      Common.putOpt(out, "uncertainty", d.uncertainty());
      if (!d.alternatives().isEmpty()) {
        ObjectNode a = out.putObject("alternatives");
        d.alternatives().forEach((k, v) -> a.set(k, Common.array(v)));
      }
    } else {
      ArrayNode a = out.putArray("lines");
      for (SolarSpectrum.Line l : d.lines()) {
        ObjectNode o = a.addObject();
        o.put("energy", l.energy());
        o.put("branching", l.branching());
      }
    }
    return out;
  }
}
