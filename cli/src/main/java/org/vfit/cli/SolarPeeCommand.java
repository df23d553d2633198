package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.SolarDayNight;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfit solar-pee}: day, night, average survival and A_DN for one solar flux component. */
@Command(
    name = "solar-pee",
    header =
        "Solar nu_e survival (day, night, average, A_DN) for one flux component at one energy.",
    mixinStandardHelpOptions = true,
    description = {
      "Solar nu_e survival for one flux component at one energy: adiabatic MSW averaged over the",
      "component's production region (B16), and Earth regeneration averaged over the detector's",
      "annual nadir exposure (PREM). A_DN = 2(D - N)/(D + N)."
    })
final class SolarPeeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--component",
      required = true,
      paramLabel = "NAME",
      description = "flux component: pp, pep, hep, 7Be, 8B, 13N, 15O, 17F")
  String component;

  @Option(
      names = "--energy-mev",
      required = true,
      paramLabel = "MEV",
      description = "neutrino energy in MeV")
  double energyMeV;

  // Defaults: the reference every other command uses (prob, the fits' fixed parameters): the
  // NuFit-6.0 normal-ordering best fit of the paper's main text (AnalysisReference.nufit()).

  @Option(
      names = "--sin2-theta12",
      paramLabel = "S2",
      description = "sin^2 theta_12 (default: sin^2(33.44 deg) = 0.3034, NuFit-6.0 NO as in prob)")
  Double sin2Theta12;

  @Option(
      names = "--sin2-theta13",
      paramLabel = "S2",
      description = "sin^2 theta_13 (default: sin^2(8.57 deg) = 0.02221, NuFit-6.0 NO as in prob)")
  Double sin2Theta13;

  @Option(
      names = "--dm21",
      paramLabel = "EV2",
      description = "Delta m^2_21 in eV^2 (default 7.42e-5, NuFit-6.0 NO as in prob)")
  Double dm21;

  @Option(
      names = "--dm31",
      paramLabel = "EV2",
      description =
          "Delta m^2_31 in eV^2 (default 2.514e-3, NuFit-6.0 NO as in prob); only enters with"
              + " --theta13-in-matter")
  Double dm31;

  @Option(
      names = "--detector",
      paramLabel = "SITE",
      description = "kamioka, sudbury or gran-sasso (default ${DEFAULT-VALUE})")
  String detector = "kamioka";

  @Option(
      names = "--solar-model",
      paramLabel = "MODEL",
      description = "B16-GS98 or B16-AGSS09met (default ${DEFAULT-VALUE})")
  String solarModel = "B16-GS98";

  @Option(
      names = "--theta13-in-matter",
      description =
          "use theta_13 in matter at the production point (default: the standard c13^4 P2 + s13^4 form)")
  boolean theta13InMatter;

  @Option(
      names = "--nadir-bins",
      paramLabel = "N",
      description = "night bins in cos(nadir) (default ${DEFAULT-VALUE})")
  int nadirBins = 400;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    SolarFluxComponent c = SolarFluxComponent.parse(component);
    Check.positive("--energy-mev", energyMeV, "MeV");
    MixingParameters ref = AnalysisReference.nufit();
    double sin2Theta12 = this.sin2Theta12 != null ? this.sin2Theta12 : ref.sin2Theta12();
    double sin2Theta13 = this.sin2Theta13 != null ? this.sin2Theta13 : ref.sin2Theta13();
    double dm21 = this.dm21 != null ? this.dm21 : ref.dm21EV2();
    double dm31 = this.dm31 != null ? this.dm31 : ref.dm31EV2();
    Check.range("--sin2-theta12", sin2Theta12, 0, 1, null);
    Check.range("--sin2-theta13", sin2Theta13, 0, 1, null);
    Check.positive("--dm21", dm21, "eV^2");
    Check.nonZero("--dm31", dm31, "eV^2");
    if (nadirBins < 1 || nadirBins > 100000) {
      throw new IllegalArgumentException("--nadir-bins must lie in [1, 100000], got " + nadirBins);
    }
    Detector site = Detector.parse(detector);
    SolarModel model = SolarModel.bundled(SolarModel.Bundled.parse(solarModel));
    MixingParameters p = MixingParameters.ofSin2(dm21, dm31, sin2Theta12, sin2Theta13, 0.5, 0.0);
    SolarSurvival sun =
        new SolarSurvival(
            model,
            theta13InMatter
                ? SolarSurvival.Approximation.THETA13_IN_MATTER
                : SolarSurvival.Approximation.EFFECTIVE_TWO_FLAVOUR);
    SolarDayNight.Result r =
        SolarDayNight.forDetector(sun, site, nadirBins, false).probabilities(c, energyMeV, p);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = Json.object();
      root.put("day", r.day());
      root.put("night", r.night());
      root.put("average", r.average());
      root.put("adn", r.adn());
      Map<String, Object> used = Json.object();
      used.put("dm21", dm21);
      used.put("dm31", dm31);
      used.put("sin2theta12", sin2Theta12);
      used.put("sin2theta13", sin2Theta13);
      root.put("parameters", used);
      out.println(Json.write(root));
    } else {
      out.printf(
          Locale.ROOT,
          "%s nu at %.4g MeV, %s (%s): day %.6f  night %.6f  average %.6f  A_DN %+.4f%%%n",
          c.label(),
          energyMeV,
          site.name(),
          model.name(),
          r.day(),
          r.night(),
          r.average(),
          100 * r.adn());
    }
    return 0;
  }
}
