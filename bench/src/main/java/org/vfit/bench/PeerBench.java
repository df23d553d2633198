package org.vfit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.Propagator;
import org.vfit.oscillation.StandardMassModel;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.EarthChord;
import org.vfit.oscillation.earth.EarthModel;
import org.vfit.oscillation.earth.EarthRegeneration;
import org.vfit.oscillation.earth.NadirExposure;
import org.vfit.oscillation.earth.NightRegeneration;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * vfit's side of the peer comparison in {@code bench/peers/run.sh}: reads the shared input file of
 * one task, times vfit on it in this process (after a warm-up, one thread) and writes its results
 * for the comparison. Not a test and not JMH: the peers cannot run inside JMH, so every program
 * times the same loop over the same inputs the same way (wall clock around repeated passes).
 *
 * <p>Usage: {@code PeerBench TASK INPUT OUTPUT}, TASK one of constant-density, solar, chord,
 * daynight. The input's first line holds the parameters (sin²θ₁₂ sin²θ₁₃ sin²θ₂₃ δ Δm²₂₁ Δm²₃₁);
 * each further line one evaluation. Prints {@code time_ns <label> <ns per evaluation>} lines.
 */
public final class PeerBench {
  private PeerBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PeerBench constant-density|solar|chord|daynight INPUT OUTPUT");
      System.exit(2);
    }
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.trim().split("\\s+");
      double[] v = new double[f.length];
      for (int i = 0; i < f.length; i++) v[i] = Double.parseDouble(f[i]);
      rows.add(v);
    }
    double[] q = rows.remove(0);
    MixingParameters p = MixingParameters.ofSin2(q[4], q[5], q[0], q[1], q[2], q[3]);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      switch (args[0]) {
        case "constant-density" -> constantDensity(p, rows, out);
        case "solar" -> solar(p, rows, out);
        case "chord" -> chord(p, rows, out);
        case "daynight" -> dayNight(p, rows, out);
        default -> {
          System.err.println("unknown task " + args[0]);
          System.exit(2);
        }
      }
    }
  }

  /** Evaluations per second are measured over passes lasting at least this long. */
  private static final double MIN_SECONDS = 1.0;

  private interface Pass {
    double run();
  }

  /** ns per evaluation of a pass over n inputs, after three warm-up seconds. */
  private static double time(String label, int n, Pass pass) {
    double sink = 0;
    long warm = System.nanoTime();
    while (System.nanoTime() - warm < 3e9) sink += pass.run();
    int reps = 0;
    long t0 = System.nanoTime();
    long t;
    do {
      sink += pass.run();
      reps++;
      t = System.nanoTime();
    } while (t - t0 < MIN_SECONDS * 1e9);
    double ns = (t - t0) / (double) reps / n;
    System.out.printf(Locale.ROOT, "time_ns %s %.6g%s%n", label, ns, sink == 42 ? " " : "");
    return ns;
  }

  /** Lines: E[MeV] L[km] ρ[g/cm³] Y_e. Output: all nine P(α→β), row α. */
  private static void constantDensity(MixingParameters p, List<double[]> rows, PrintWriter out) {
    Hamiltonian h = new StandardMassModel(p).hamiltonian(NeutrinoType.NEUTRINO);
    Propagator prop = new Propagator();
    List<MatterProfile> paths = new ArrayList<>();
    for (double[] r : rows) paths.add(MatterProfile.constant(r[1], r[2], r[3]));
    double[] nine = new double[9];
    time(
        "all-nine",
        rows.size(),
        () -> {
          double s = 0;
          for (int i = 0; i < rows.size(); i++) {
            prop.probabilities(h, rows.get(i)[0], paths.get(i), nine);
            s += nine[1];
          }
          return s;
        });
    time(
        "one",
        rows.size(),
        () -> {
          double s = 0;
          for (int i = 0; i < rows.size(); i++) {
            s += prop.probability(h, Flavour.MU, Flavour.E, rows.get(i)[0], paths.get(i));
          }
          return s;
        });
    for (int i = 0; i < rows.size(); i++) {
      prop.probabilities(h, rows.get(i)[0], paths.get(i), nine);
      StringBuilder b = new StringBuilder();
      for (double v : nine) b.append(String.format(Locale.ROOT, "%.17g ", v));
      out.println(b.toString().trim());
    }
  }

  /** Lines: E[MeV]. Output: ⁸B day P_ee, standard form and with θ₁₃ in matter. */
  private static void solar(MixingParameters p, List<double[]> rows, PrintWriter out) {
    SolarSurvival standard = new SolarSurvival(SolarModel.standard());
    SolarSurvival th13 =
        new SolarSurvival(SolarModel.standard(), SolarSurvival.Approximation.THETA13_IN_MATTER);
    double[] f = new double[3];
    time(
        "pee",
        rows.size(),
        () -> {
          double s = 0;
          for (double[] r : rows) {
            standard.massFractions(
                SolarFluxComponent.B8, r[0], p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), f);
            s += SolarSurvival.dayProbability(f, p.theta12(), p.theta13());
          }
          return s;
        });
    for (double[] r : rows) {
      out.printf(
          Locale.ROOT,
          "%.17g %.17g%n",
          standard.dayProbability(SolarFluxComponent.B8, r[0], p),
          th13.dayProbability(SolarFluxComponent.B8, r[0], p));
    }
  }

  /** Lines: E[MeV] η[rad]. Output: P(ν₂ → ν_e) exact three-flavour, and the fast 2ν path. */
  private static void chord(MixingParameters p, List<double[]> rows, PrintWriter out) {
    EarthModel earth = EarthModel.premContinental();
    Hamiltonian h = new StandardMassModel(p).hamiltonian(NeutrinoType.NEUTRINO);
    List<MatterProfile> chords = new ArrayList<>();
    double[] cos = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      chords.add(EarthChord.profile(earth, rows.get(i)[1], EarthChord.DEFAULT_MAX_SLAB_KM));
      cos[i] = Math.cos(rows.get(i)[1]);
    }
    EarthRegeneration fast = new EarthRegeneration(earth, cos, EarthChord.DEFAULT_MAX_SLAB_KM);
    double c13sq = Math.pow(Math.cos(p.theta13()), 2);
    double[] out3 = new double[3];
    time(
        "exact",
        rows.size(),
        () -> {
          double s = 0;
          for (int i = 0; i < rows.size(); i++) {
            EarthRegeneration.exactMassStateToElectron(h, rows.get(i)[0], chords.get(i), out3);
            s += out3[1];
          }
          return s;
        });
    time(
        "fast",
        rows.size(),
        () -> {
          double s = 0;
          for (int i = 0; i < rows.size(); i++) {
            s += fast.p2e(i, rows.get(i)[0], p.dm21EV2(), p.theta12(), c13sq);
          }
          return s;
        });
    for (int i = 0; i < rows.size(); i++) {
      EarthRegeneration.exactMassStateToElectron(h, rows.get(i)[0], chords.get(i), out3);
      double f2 = fast.p2e(i, rows.get(i)[0], p.dm21EV2(), p.theta12(), c13sq) * c13sq;
      out.printf(Locale.ROOT, "%.17g %.17g%n", out3[1], f2);
    }
  }

  /**
   * Lines: E[MeV]. Output: night-averaged P_ee of ⁸B at Kamioka over its annual nadir exposure (400
   * bins, exact three-flavour solar fractions with θ₁₃ in matter as PEANUTS computes them), and the
   * day P_ee.
   */
  private static void dayNight(MixingParameters p, List<double[]> rows, PrintWriter out) {
    SolarSurvival sun =
        new SolarSurvival(SolarModel.standard(), SolarSurvival.Approximation.THETA13_IN_MATTER);
    NadirExposure ex = NadirExposure.compute(Detector.KAMIOKA, 400);
    NightRegeneration night =
        NightRegeneration.direct(EarthModel.premContinental(), ex, EarthChord.DEFAULT_MAX_SLAB_KM);
    double c13sq = Math.pow(Math.cos(p.theta13()), 2), s13sq = 1 - c13sq;
    double[] f = new double[3];
    time(
        "night-direct",
        rows.size(),
        () -> {
          double s = 0;
          for (double[] r : rows) {
            s += night.meanP2e(r[0], p.dm21EV2(), p.theta12(), c13sq);
          }
          return s;
        });
    for (double[] r : rows) {
      sun.massFractions(
          SolarFluxComponent.B8, r[0], p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), f);
      double p2e = night.meanP2e(r[0], p.dm21EV2(), p.theta12(), c13sq);
      double n = f[0] * c13sq * (1 - p2e) + f[1] * c13sq * p2e + f[2] * s13sq;
      double d = SolarSurvival.dayProbability(f, p.theta12(), p.theta13());
      out.printf(Locale.ROOT, "%.17g %.17g%n", n, d);
    }
  }
}
