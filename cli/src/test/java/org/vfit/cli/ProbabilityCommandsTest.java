package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code vfit prob} and {@code vfit solar-pee}: the README's example lines run as written, and the
 * numbers they print agree with independent calculations (a numerical integration of the
 * Schrödinger equation, closed forms in limits where they are exact).
 */
class ProbabilityCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // The README's defaults (MixingOptions): NuFit 6.0 normal ordering.
  private static final double DM21 = 7.42e-5, DM31 = 2.514e-3;
  private static final double T12 = Math.toRadians(33.44), T13 = Math.toRadians(8.57);
  private static final double T23 = Math.toRadians(49.0), DELTA = Math.toRadians(195);

  /** √2 G_F N_A (ħc)³ in eV per g/cm³ of electrons (CODATA G_F, ħc; N_A exact). */
  private static final double V_PER_YE_RHO =
      Math.sqrt(2) * 1.1663788e-23 * Math.pow(1.973269804e-5, 3) * 6.02214076e23;

  /** 1 km / (ħc) in eV⁻¹. */
  private static final double KM_PER_HBARC = 1e3 / 1.973269804e-7;

  /** The arguments of the README line that starts with {@code ./vfit <command>}. */
  private static String[] readmeLine(String command) throws IOException {
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      String t = line.strip();
      if (t.startsWith("./vfit " + command + " ")) {
        int comment = t.indexOf(" #");
        String args = (comment > 0 ? t.substring(0, comment) : t).substring("./vfit ".length());
        return args.strip().split("\\s+");
      }
    }
    throw new AssertionError("README.md has no './vfit " + command + "' line");
  }

  @Test
  void theReadmeProbabilityLineAgreesWithANumericalIntegration() throws IOException {
    String[] args = readmeLine("prob");
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), run.err());
    Matcher m = Pattern.compile("P\\(anti-e -> anti-e\\) = (\\S+)").matcher(run.out());
    assertTrue(m.find(), run.out());
    double printed = Double.parseDouble(m.group(1));
    // The line: anti-ν_e survival, 180 km, 4 MeV, ρ = 2.6 g/cm³ (Y_e 0.5 by default).
    double reference = rk4Survival(true, 180, 4, 2.6 * 0.5);
    // RK4 with 2·10⁵ steps of ≤ 1e-3 rad: global error ≲ (hω)⁴Φ/120 ~ 1e-12; the line prints 10
    // decimals (5e-11).
    assertEquals(reference, printed, 1e-10, String.join(" ", args));
  }

  @Test
  void withoutTheta13TheSurvivalInMatterIsTheTwoFlavourMswFormula() throws IOException {
    // θ13 = 0 decouples ν₃ from ν_e exactly, leaving two-flavour MSW in constant matter:
    // P = 1 − sin²2θ_m sin²(Δm²_m L/4E), sin2θ_m and Δm²_m by hand; for ν̄ the potential is −V.
    for (boolean anti : new boolean[] {false, true}) {
      String[] args = {
        "prob",
        "--from",
        "e",
        "--to",
        "e",
        "--baseline-km",
        "1300",
        "--energy-mev",
        "3",
        "--density",
        "3.0",
        "--theta13",
        "0",
        "--json"
      };
      if (anti) {
        args = Arrays.copyOf(args, args.length + 1);
        args[args.length - 1] = "--antineutrino";
      }
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exit(), run.err());
      double p = JSON.readTree(run.out()).get("probability").asDouble();
      double a = (anti ? -1 : 1) * 2 * 3e6 * V_PER_YE_RHO * 3.0 * 0.5; // 2EV in eV²
      double c2 = Math.cos(2 * T12), s2 = Math.sin(2 * T12);
      double dmMatter = Math.hypot(DM21 * c2 - a, DM21 * s2);
      double sin2m = DM21 * s2 / dmMatter;
      double phase = dmMatter * 1300 * KM_PER_HBARC / (4 * 3e6);
      double expected = 1 - sin2m * sin2m * Math.pow(Math.sin(phase), 2);
      // A closed form against the propagator: only round-off (phases of ~10 rad).
      assertEquals(expected, p, 1e-12, anti ? "anti-nu" : "nu");
    }
  }

  @Test
  void theReadmeSolarLineIsSelfConsistentAndRegenerates() throws IOException {
    String[] args = readmeLine("solar-pee");
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), run.err());
    JsonNode j = JSON.readTree(run.out());
    double day = j.get("day").asDouble(), night = j.get("night").asDouble();
    // A_DN's definition, 2(D − N)/(D + N), to round-off.
    assertEquals(2 * (day - night) / (day + night), j.get("adn").asDouble(), 1e-15);
    // ⁸B at 10 MeV lies between the MSW floor s12²c13⁴ + s13⁴ and the vacuum average; the Earth
    // regenerates ν_e at night (night > day), and the annual mean lies between the two.
    double s12 = j.at("/parameters/sin2theta12").asDouble();
    double s13 = j.at("/parameters/sin2theta13").asDouble();
    double floor = s12 * Math.pow(1 - s13, 2) + s13 * s13;
    double vacuum = (1 - 2 * s12 * (1 - s12)) * Math.pow(1 - s13, 2) + s13 * s13;
    assertTrue(day > floor && day < vacuum, "day " + day);
    assertTrue(night > day, "night " + night + " day " + day);
    double average = j.get("average").asDouble();
    assertTrue(average > day && average < night, "average " + average);
  }

  @Test
  void atLowEnergyTheSolarSurvivalIsTheVacuumAverage() throws IOException {
    // pp at 10 keV: β = 2c13²V n E/Δm²21 ≤ 3e-3 even at the solar centre (n_e ≈ 150 N_A/cm³), which
    // moves P₂ by at most ½β sin²2θ12 cos2θ12 ≈ 5e-4; the Earth's potential is 100 times smaller.
    CliRun run = CliRun.of("solar-pee", "--component", "pp", "--energy-mev", "0.01", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode j = JSON.readTree(run.out());
    // The parameters the command used (its default reference), as it reports them.
    double s12 = j.at("/parameters/sin2theta12").asDouble();
    double s13 = j.at("/parameters/sin2theta13").asDouble();
    double vacuum = (1 - 2 * s12 * (1 - s12)) * Math.pow(1 - s13, 2) + s13 * s13;
    assertEquals(vacuum, j.get("day").asDouble(), 6e-4);
    assertEquals(vacuum, j.get("night").asDouble(), 6e-4);
  }

  @Test
  void badInputNamesTheOption() {
    CliRun.of("prob", "--from", "x", "--to", "e", "--baseline-km", "1", "--energy-mev", "1")
        .assertBadInput("--from");
    CliRun.of("prob", "--from", "e", "--to", "e", "--baseline-km", "1", "--energy-mev", "-1")
        .assertBadInput("--energy-mev");
    CliRun.of("solar-pee", "--component", "9B", "--energy-mev", "10").assertBadInput("9B");
    CliRun.of("solar-pee", "--component", "8B", "--energy-mev", "10", "--detector", "moon")
        .assertBadInput("moon");
  }

  /**
   * P(ν_e → ν_e) in constant matter by fourth-order Runge–Kutta on i dψ/dx = H ψ with H = (U
   * diag(0, Δm²21, Δm²31) U† / 2E ± V e eᵀ) written out here from the PMNS angles; ν̄: U → U*, V →
   * −V.
   */
  private static double rk4Survival(boolean anti, double km, double energyMeV, double yeRho) {
    double s12 = Math.sin(T12), c12 = Math.cos(T12), s13 = Math.sin(T13), c13 = Math.cos(T13);
    double s23 = Math.sin(T23), c23 = Math.cos(T23);
    double cd = Math.cos(DELTA), sd = (anti ? -1 : 1) * Math.sin(DELTA);
    // U (PDG): rows e, μ, τ; columns 1, 2, 3; {re, im}.
    double[][][] u = {
      {{c12 * c13, 0}, {s12 * c13, 0}, {s13 * cd, -s13 * sd}},
      {
        {-s12 * c23 - c12 * s23 * s13 * cd, -c12 * s23 * s13 * sd},
        {c12 * c23 - s12 * s23 * s13 * cd, -s12 * s23 * s13 * sd},
        {s23 * c13, 0}
      },
      {
        {s12 * s23 - c12 * c23 * s13 * cd, -c12 * c23 * s13 * sd},
        {-c12 * s23 - s12 * c23 * s13 * cd, -s12 * c23 * s13 * sd},
        {c23 * c13, 0}
      }
    };
    double[] m2 = {0, DM21, DM31};
    double e = energyMeV * 1e6;
    double[][] hr = new double[3][3], hi = new double[3][3];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        for (int k = 0; k < 3; k++) {
          // U_ak m²_k conj(U_bk) / 2E, in eV, times km/ħc per km
          double re = u[a][k][0] * u[b][k][0] + u[a][k][1] * u[b][k][1];
          double im = u[a][k][1] * u[b][k][0] - u[a][k][0] * u[b][k][1];
          hr[a][b] += m2[k] / (2 * e) * re * KM_PER_HBARC;
          hi[a][b] += m2[k] / (2 * e) * im * KM_PER_HBARC;
        }
      }
    }
    hr[0][0] += (anti ? -1 : 1) * V_PER_YE_RHO * yeRho * KM_PER_HBARC;
    int steps = 200_000;
    double h = km / steps;
    double[] psi = {1, 0, 0, 0, 0, 0}; // re e, μ, τ; im e, μ, τ
    for (int s = 0; s < steps; s++) {
      double[] k1 = derivative(hr, hi, psi);
      double[] k2 = derivative(hr, hi, axpy(psi, k1, h / 2));
      double[] k3 = derivative(hr, hi, axpy(psi, k2, h / 2));
      double[] k4 = derivative(hr, hi, axpy(psi, k3, h));
      for (int i = 0; i < 6; i++) {
        psi[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
    }
    return psi[0] * psi[0] + psi[3] * psi[3];
  }

  /** dψ/dx = −i H ψ. */
  private static double[] derivative(double[][] hr, double[][] hi, double[] psi) {
    double[] d = new double[6];
    for (int a = 0; a < 3; a++) {
      double re = 0, im = 0;
      for (int b = 0; b < 3; b++) {
        re += hr[a][b] * psi[b] - hi[a][b] * psi[3 + b];
        im += hr[a][b] * psi[3 + b] + hi[a][b] * psi[b];
      }
      // −i (re + i im) = im − i re
      d[a] = im;
      d[3 + a] = -re;
    }
    return d;
  }

  private static double[] axpy(double[] y, double[] x, double a) {
    double[] r = new double[6];
    for (int i = 0; i < 6; i++) {
      r[i] = y[i] + a * x[i];
    }
    return r;
  }
}
