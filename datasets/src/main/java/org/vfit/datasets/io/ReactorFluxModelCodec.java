package org.vfit.datasets.io;

import static org.vfit.datasets.io.Common.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.Metadata;
import org.vfit.datasets.model.ReactorFluxModel;
import org.vfit.datasets.model.Values;

final class ReactorFluxModelCodec {
  private ReactorFluxModelCodec() {}

  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("energy", "MeV");
    UNITS.put("spectrum", "MeV^-1 fission^-1");
    UNITS.put("energy_per_fission", "MeV");
    UNITS.put("cross_section", "cm^2");
    UNITS.put("sigma0", "cm^2 MeV^-2");
    UNITS.put("mass", "MeV");
  }

  static ReactorFluxModel read(Node root) {
    root.object(
        "a reactor-flux-model dataset",
        Common.topLevel("energy_range", "isotopes", "energy_per_fission", "ibd"));
    Metadata meta = Common.metadata(root, Kind.REACTOR_FLUX_MODEL, UNITS);
    Node range = root.field("energy_range", "an energy range {\"min\", \"max\"} in MeV");
    range.object("an energy range {\"min\", \"max\"} in MeV", List.of("min", "max"));
    double min = range.field("min", "a non-negative energy in MeV").nonNegative("energy in MeV");
    Node maxNode = range.field("max", "an energy in MeV above min");
    double max = maxNode.number("an energy in MeV above min");
    if (!(max > min)) {
      throw maxNode.failHere("an energy in MeV above min (" + Node.fmt(min) + ")");
    }
    List<String> isotopes = ReactorFluxModel.ISOTOPES;
    Node iso =
        root.field("isotopes", "an object with the spectra of " + String.join(", ", isotopes));
    iso.object("an object with the spectra of " + String.join(", ", isotopes), isotopes);
    Map<String, ReactorFluxModel.IsotopeSpectrum> spectra = new LinkedHashMap<>();
    for (String name : isotopes) {
      Node s = iso.field(name, "the spectrum of " + name);
      s.object(
          "an isotope spectrum {\"origin\", \"coefficients\", \"uncertainties\"}",
          List.of("origin", "coefficients", "uncertainties"));
      String origin =
          s.field("origin", "a string naming the conversion it comes from")
              .string("a string naming the conversion it comes from");
      String cExpected = "a non-empty array of exp-polynomial coefficients";
      Node cn = s.field("coefficients", cExpected);
      Values coeff = cn.numbers(cExpected, n -> n.number("a coefficient"));
      if (coeff.isEmpty()) {
        throw cn.fail(cExpected, "an empty array");
      }
      Values unc =
          s.optional("uncertainties")
              .map(
                  u ->
                      u.numbers(
                          "an array of uncertainties",
                          coeff.size(),
                          "one per coefficient",
                          n -> n.nonNegative("uncertainty")))
              .orElse(null);
      spectra.put(name, new ReactorFluxModel.IsotopeSpectrum(origin, coeff, unc));
    }
    Node epf =
        root.field(
            "energy_per_fission",
            "an object with the energy per fission of " + String.join(", ", isotopes));
    epf.object("an object with the energy per fission of " + String.join(", ", isotopes), isotopes);
    Map<String, ReactorFluxModel.EnergyPerFission> energies = new LinkedHashMap<>();
    for (String name : isotopes) {
      Node e = epf.field(name, "the energy per fission of " + name);
      e.object("an energy per fission {\"value\", \"sigma\"}", List.of("value", "sigma"));
      energies.put(
          name,
          new ReactorFluxModel.EnergyPerFission(
              e.field("value", "an energy in MeV").positive("energy in MeV"),
              e.field("sigma", "a 1-sigma uncertainty in MeV").nonNegative("uncertainty in MeV")));
    }
    Node ibd = root.field("ibd", "an object of inverse-beta-decay constants");
    ibd.object(
        "an object of inverse-beta-decay constants",
        List.of("strumia_vissani", "vogel_beacom_sigma0", "masses"));
    Node sv =
        ibd.field(
            "strumia_vissani",
            "the Strumia-Vissani constants {\"prefactor\", \"a\", \"b\", \"c\"}");
    sv.object(
        "the Strumia-Vissani constants {\"prefactor\", \"a\", \"b\", \"c\"}",
        List.of("prefactor", "a", "b", "c"));
    ReactorFluxModel.StrumiaVissani svc =
        new ReactorFluxModel.StrumiaVissani(
            sv.field("prefactor", "a cross section in cm^2").positive("cross section in cm^2"),
            sv.field("a", "a number").number("a number"),
            sv.field("b", "a number").number("a number"),
            sv.field("c", "a number").number("a number"));
    double sigma0 = ibd.field("vogel_beacom_sigma0", "sigma_0 in cm^2 MeV^-2").positive("sigma_0");
    Node m = ibd.field("masses", "the masses {\"neutron\", \"proton\", \"electron\"} in MeV");
    m.object(
        "the masses {\"neutron\", \"proton\", \"electron\"} in MeV",
        List.of("neutron", "proton", "electron"));
    double mn = m.field("neutron", "a mass in MeV").positive("mass in MeV");
    double mp = m.field("proton", "a mass in MeV").positive("mass in MeV");
    double me = m.field("electron", "a mass in MeV").positive("mass in MeV");
    if (!(mn > mp)) {
      throw m.field("neutron", "").failHere("a neutron mass above the proton mass " + Node.fmt(mp));
    }
    return new ReactorFluxModel(
        meta, min, max, spectra, energies, new ReactorFluxModel.Ibd(svc, sigma0, mn, mp, me));
  }

  static ObjectNode write(ReactorFluxModel d) {
    ObjectNode out = JSON.objectNode();
    Common.writeMetadata(out, d.meta());
    ObjectNode r = out.putObject("energy_range");
    r.put("min", d.energyMin());
    r.put("max", d.energyMax());
    ObjectNode iso = out.putObject("isotopes");
    d.isotopes()
        .forEach(
            (k, v) -> {
              ObjectNode o = iso.putObject(k);
              o.put("origin", v.origin());
              o.set("coefficients", Common.array(v.coefficients()));
              Common.putOpt(o, "uncertainties", v.uncertainties());
            });
    ObjectNode epf = out.putObject("energy_per_fission");
    d.energyPerFission()
        .forEach(
            (k, v) -> {
              ObjectNode o = epf.putObject(k);
              o.put("value", v.value());
              o.put("sigma", v.sigma());
            });
    ObjectNode ibd = out.putObject("ibd");
    ObjectNode sv = ibd.putObject("strumia_vissani");
    sv.put("prefactor", d.ibd().strumiaVissani().prefactor());
    sv.put("a", d.ibd().strumiaVissani().a());
    sv.put("b", d.ibd().strumiaVissani().b());
    sv.put("c", d.ibd().strumiaVissani().c());
    ibd.put("vogel_beacom_sigma0", d.ibd().vogelBeacomSigma0());
    ObjectNode m = ibd.putObject("masses");
    m.put("neutron", d.ibd().neutronMass());
    m.put("proton", d.ibd().protonMass());
    m.put("electron", d.ibd().electronMass());
    return out;
  }
}
