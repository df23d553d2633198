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

  @Option(
      names = "--sin2-theta12",
      paramLabel = "S2",
      description = "sin^2 theta_12 (default ${DEFAULT-VALUE})")
  double sin2Theta12 = 0.303;

  @Option(
      names = "--sin2-theta13",
      paramLabel = "S2",
      description = "sin^2 theta_13 (default ${DEFAULT-VALUE})")
  double sin2Theta13 = 0.02225;

  @Option(
      names = "--dm21",
      paramLabel = "EV2",
      description = "Delta m^2_21 in eV^2 (default ${DEFAULT-VALUE})")
  double dm21 = 7.41e-5;

  @Option(
      names = "--dm31",
      paramLabel = "EV2",
      description =
          "Delta m^2_31 in eV^2 (default ${DEFAULT-VALUE}); only enters with --theta13-in-matter")
  double dm31 = 2.505e-3;

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
