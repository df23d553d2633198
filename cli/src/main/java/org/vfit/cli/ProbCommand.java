package org.vfit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.Propagator;
import org.vfit.oscillation.StandardMassModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfit prob}: one exact three-flavour oscillation probability. */
@Command(
    name = "prob",
    header =
        "One exact three-flavour oscillation probability, in vacuum or matter of constant density.",
    mixinStandardHelpOptions = true,
    description = {
      "Exact three-flavour P(from -> to) in vacuum or in matter of constant density (H-model:",
      "antineutrinos use A* and the opposite matter potential)."
    })
final class ProbCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "e|mu|tau",
      description = "initial flavour")
  String from;

  @Option(names = "--to", required = true, paramLabel = "e|mu|tau", description = "final flavour")
  String to;

  @Option(
      names = "--baseline-km",
      required = true,
      paramLabel = "KM",
      description = "baseline in km")
  double baselineKm;

  @Option(
      names = "--energy-mev",
      required = true,
      paramLabel = "MEV",
      description = "neutrino energy in MeV")
  double energyMeV;

  @Option(names = "--antineutrino", description = "propagate an antineutrino")
  boolean antineutrino;

  @Option(
      names = "--density",
      paramLabel = "G_CM3",
      description = "matter density in g/cm^3 (default 0: vacuum)")
  double density = 0.0;

  @Option(
      names = "--ye",
      paramLabel = "YE",
      description = "electron fraction (default ${DEFAULT-VALUE})")
  double ye = 0.5;

  @Mixin MixingOptions mixing;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() {
    Flavour a = parseFlavour("--from", from);
    Flavour b = parseFlavour("--to", to);
    Check.nonNegative("--baseline-km", baselineKm, "km");
    Check.positive("--energy-mev", energyMeV, "MeV");
    Check.nonNegative("--density", density, "g/cm^3");
    Check.range("--ye", ye, 0, 1, null);
    StandardMassModel model = new StandardMassModel(mixing.toMixing());
    NeutrinoType type = antineutrino ? NeutrinoType.ANTINEUTRINO : NeutrinoType.NEUTRINO;
    double p =
        new Propagator()
            .probability(
                model.hamiltonian(type),
                a,
                b,
                energyMeV,
                MatterProfile.constant(baselineKm, density, ye));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = Json.object();
      root.put("probability", p);
      out.println(Json.write(root));
    } else {
      out.printf(
          Locale.ROOT,
          "P(%s%s -> %s%s) = %.10f%n",
          antineutrino ? "anti-" : "",
          a.label(),
          antineutrino ? "anti-" : "",
          b.label(),
          p);
    }
    return 0;
  }

  private static Flavour parseFlavour(String option, String text) {
    try {
      return Flavour.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }
}
