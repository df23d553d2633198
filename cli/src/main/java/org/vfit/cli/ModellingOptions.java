package org.vfit.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.vfit.likelihood.LikelihoodOptions;
import org.vfit.likelihood.reactor.IbdCrossSection;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.solar.SolarOptions;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;
import picocli.CommandLine.Option;

/**
 * The modelling levers (DESIGN §5) as command-line options, shared by {@code fit}, {@code profile},
 * {@code contour}, {@code toys} and {@code tension} and therefore by run cards (whose option keys
 * are these names without the dashes). Every value is checked here, so an unknown value exits 2
 * with one line naming the option and the accepted values; the defaults are {@link
 * LikelihoodOptions#defaults()}.
 */
final class ModellingOptions {

  @Option(
      names = "--reactor-table",
      paramLabel = "TABLE",
      description =
          "KamLAND reactor table: kms21 (default: the 21 complexes of KamLAND's papers), gefan22, "
              + "pris (plant data averaged over the data period; see --pris-window), or a dataset "
              + "name or file.")
  String reactorTable;

  @Option(
      names = "--pris-window",
      paramLabel = "START:END",
      description =
          "Dates (yyyy-mm-dd) over which the PRIS plant data are averaged, for datasets whose "
              + "periods do not give both (kamland-2011: 2002-03-09:2009-12-31).")
  String prisWindow;

  @Option(
      names = "--propagation",
      paramLabel = "crust|vacuum",
      description =
          "Reactor antineutrino propagation: crust (default; constant density, see --crust-density) "
              + "or vacuum.")
  String propagation;

  @Option(
      names = "--crust-density",
      paramLabel = "G_CM3",
      description = "Crust density for --propagation crust, in g/cm^3 (default 2.6).")
  Double crustDensity;

  @Option(
      names = "--reactor-shape",
      paramLabel = "model|published",
      description =
          "No-oscillation spectral shape: model (default; flux x cross section x resolution, "
              + "normalised to the published total) or published (the published no-oscillation "
              + "column bin by bin).")
  String reactorShape;

  @Option(
      names = "--geo",
      paramLabel = "common|free|fixed",
      description =
          "Geo-antineutrinos: common (default; one free normalisation, reference Th/U ratio), free "
              + "(U and Th free separately) or fixed (at the reference Earth model).")
  String geo;

  @Option(
      names = "--ibd-cross-section",
      paramLabel = "strumia-vissani|vogel-beacom",
      description = "Inverse-beta-decay cross section (default strumia-vissani).")
  String crossSection;

  @Option(
      names = "--neutron-recoil",
      description = "Include the mean neutron recoil in the prompt energy (default: neglected).")
  boolean neutronRecoil;

  @Option(
      names = "--reactor-normalisation",
      paramLabel = "auto|published|history",
      description =
          "Absolute reactor rate: auto (default; the published no-oscillation column where every "
              + "period has one, else the reactor history), published, or history (built from the "
              + "reactors' operating history, flux model, live time and efficiency).")
  String reactorNormalisation;

  @Option(
      names = "--flux-anchor",
      paramLabel = "dataset|none",
      description =
          "Rate anchor of a history-built prediction: dataset (default; the dataset's anchor, "
              + "Bugey-4 for KamLAND 2013) or none (the flux model's own rate).")
  String fluxAnchor;

  @Option(
      names = "--annual-placement",
      paramLabel = "in-service|whole-year",
      description =
          "How annual reactor load factors are spread over a year: in-service (default; over the "
              + "unit's days in service) or whole-year.")
  String annualPlacement;

  @Option(
      names = "--solar-model",
      paramLabel = "b16-gs98|b16-agss09",
      description = "Standard solar model for fluxes and production regions (default b16-gs98).")
  String solarModel;

  @Option(
      names = "--survival",
      paramLabel = "standard|theta13-in-matter",
      description =
          "Adiabatic survival form: standard (default; c13^4 P2 + s13^4) or theta13-in-matter "
              + "(theta13 in matter at production).")
  String survival;

  @Option(
      names = "--b8-flux",
      paramLabel = "free|ssm-prior",
      description =
          "8B flux normalisation: free (default; profiled) or ssm-prior (profiled with the solar "
              + "model's 12 %% prior).")
  String b8Flux;

  @Option(
      names = "--es-corrections",
      paramLabel = "bks|tree",
      description =
          "nu-e elastic scattering: bks (default; Bahcall-Kamionkowski-Sirlin radiative "
              + "corrections) or tree (tree level).")
  String esCorrections;

  @Option(
      names = "--nadir-bins",
      paramLabel = "N",
      description = "Night bins of the annual exposure in the Earth regeneration (default 400).")
  Integer nadirBins;

  /** The options these flags describe. */
  LikelihoodOptions likelihoodOptions() {
    SolarOptions s = SolarOptions.defaults();
    if (solarModel != null) {
      s =
          s.withSolarModel(
              choose(
                  "--solar-model",
                  solarModel,
                  Map.of(
                      "b16-gs98", SolarModel.Bundled.B16_GS98,
                      "b16-agss09", SolarModel.Bundled.B16_AGSS09)));
    }
    if (survival != null) {
      s =
          s.withApproximation(
              choose(
                  "--survival",
                  survival,
                  Map.of(
                      "standard", SolarSurvival.Approximation.EFFECTIVE_TWO_FLAVOUR,
                      "theta13-in-matter", SolarSurvival.Approximation.THETA13_IN_MATTER)));
    }
    if (b8Flux != null) {
      s =
          s.withB8Flux(
              choose(
                  "--b8-flux",
                  b8Flux,
                  Map.of(
                      "free", SolarOptions.B8Flux.FREE,
                      "ssm-prior", SolarOptions.B8Flux.SSM_PRIOR)));
    }
    if (esCorrections != null) {
      s =
          s.withRadiativeCorrections(
              choose("--es-corrections", esCorrections, Map.of("bks", true, "tree", false)));
    }
    if (nadirBins != null) {
      if (nadirBins < 10 || nadirBins > 100_000) {
        throw new IllegalArgumentException(
            "--nadir-bins must lie in [10, 100000], got " + nadirBins);
      }
      s =
          new SolarOptions(
              s.solarModel(), s.approximation(), s.b8Flux(), s.radiativeCorrections(), nadirBins);
    }
    KamLandOptions k = KamLandOptions.defaults();
    if (reactorTable != null || prisWindow != null) {
      String table = reactorTable == null ? null : table(reactorTable);
      LocalDate[] w = prisWindow == null ? new LocalDate[2] : window(prisWindow);
      if (prisWindow != null && table == null) {
        throw new IllegalArgumentException(
            "--pris-window needs --reactor-table pris (or another plant-data table)");
      }
      k = k.withPris(table, w[0], w[1]);
    }
    if (propagation != null) {
      k =
          k.withPropagation(
              choose(
                  "--propagation",
                  propagation,
                  Map.of(
                      "crust", KamLandOptions.Propagation.CRUST,
                      "vacuum", KamLandOptions.Propagation.VACUUM)));
    }
    if (crustDensity != null) {
      if (!(crustDensity >= 0 && crustDensity <= 20)) {
        throw new IllegalArgumentException(
            "--crust-density must lie in [0, 20] g/cm^3, got " + crustDensity);
      }
      k = k.withCrust(crustDensity, k.crustElectronFraction());
    }
    if (reactorShape != null) {
      k =
          k.withShape(
              choose(
                  "--reactor-shape",
                  reactorShape,
                  Map.of(
                      "model", KamLandOptions.Shape.MODEL,
                      "published", KamLandOptions.Shape.PUBLISHED_NO_OSCILLATION)));
    }
    if (geo != null) {
      k =
          k.withFreeBackgrounds(
              choose(
                  "--geo",
                  geo,
                  Map.of(
                      "common", KamLandOptions.FreeBackgrounds.COMMON,
                      "free", KamLandOptions.FreeBackgrounds.FREE,
                      "fixed", KamLandOptions.FreeBackgrounds.FIXED)));
    }
    if (crossSection != null) {
      k =
          k.withCrossSection(
              choose(
                  "--ibd-cross-section",
                  crossSection,
                  Map.of(
                      "strumia-vissani", IbdCrossSection.Model.STRUMIA_VISSANI,
                      "vogel-beacom", IbdCrossSection.Model.VOGEL_BEACOM)));
    }
    if (neutronRecoil) {
      k = k.withNeutronRecoil(true);
    }
    if (reactorNormalisation != null) {
      k =
          k.withNormalisation(
              choose(
                  "--reactor-normalisation",
                  reactorNormalisation,
                  Map.of(
                      "auto", KamLandOptions.Normalisation.AUTO,
                      "published", KamLandOptions.Normalisation.PUBLISHED_COLUMN,
                      "history", KamLandOptions.Normalisation.REACTOR_HISTORY)));
    }
    if (fluxAnchor != null) {
      k =
          k.withFluxAnchor(
              choose(
                  "--flux-anchor",
                  fluxAnchor,
                  Map.of(
                      "dataset", KamLandOptions.FluxAnchor.DATASET,
                      "none", KamLandOptions.FluxAnchor.NONE)));
    }
    if (annualPlacement != null) {
      k =
          k.withAnnualPlacement(
              choose(
                  "--annual-placement",
                  annualPlacement,
                  Map.of(
                      "in-service", KamLandOptions.AnnualPlacement.IN_SERVICE,
                      "whole-year", KamLandOptions.AnnualPlacement.WHOLE_YEAR)));
    }
    return new LikelihoodOptions(s, k);
  }

  private static final Map<String, String> TABLES =
      Map.of(
          "kms21", "kamland-reactors-kms21",
          "gefan22", "kamland-reactors-gefan22",
          "pris", "japan-korea-reactors-pris");

  private static String table(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          "--reactor-table: expected kms21, gefan22, pris, or a dataset name or file, got nothing");
    }
    return TABLES.getOrDefault(t.toLowerCase(Locale.ROOT), t);
  }

  private static LocalDate[] window(String text) {
    String[] p = text.trim().split(":", -1);
    if (p.length != 2) {
      throw new IllegalArgumentException(
          "--pris-window: expected START:END as yyyy-mm-dd:yyyy-mm-dd, got '" + text + "'");
    }
    try {
      LocalDate a = LocalDate.parse(p[0].trim());
      LocalDate b = LocalDate.parse(p[1].trim());
      if (b.isBefore(a)) {
        throw new IllegalArgumentException(
            "--pris-window: the window ends (" + b + ") before it starts (" + a + ")");
      }
      return new LocalDate[] {a, b};
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--pris-window: expected dates as yyyy-mm-dd, got '" + text + "'");
    }
  }

  /** The value of {@code text} among {@code choices}, or an error naming the option and them. */
  static <T> T choose(String option, String text, Map<String, T> choices) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    T v = choices.get(t);
    if (v == null) {
      throw new IllegalArgumentException(
          option
              + ": expected one of "
              + String.join(", ", new java.util.TreeSet<>(choices.keySet()))
              + ", got '"
              + text
              + "'");
    }
    return v;
  }
}
