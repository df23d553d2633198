package org.vfit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.Propagator;
import org.vfit.oscillation.StandardMassModel;
import org.vfit.oscillation.earth.EarthChord;
import org.vfit.oscillation.earth.EarthModel;
import org.vfit.oscillation.earth.EarthRegeneration;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * Speed goals of issue 2: constant-density 3-flavour probability (≤ 100 ns), one Earth chord for a
 * night P_ee (≤ 5 µs; PEANUTS ≈ 36 µs), solar P_ee for one component and energy (≤ 1 µs). {@link
 * #baselineSinCos} (one Math.sin + Math.cos pair) is measured in the same run so results can be
 * quoted as ratios independent of the machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OscillationBenchmark {
  private final Propagator propagator = new Propagator();
  private Hamiltonian nu;
  private MatterProfile crust;
  private MatterProfile coreChord;
  private EarthRegeneration fastChord;
  private SolarSurvival sun;
  private MixingParameters p;
  private final double[] out3 = new double[3];
  private double energy = 3.0;
  private double phase = 0.3;

  @Setup
  public void setup() {
    p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
    nu = new StandardMassModel(p).hamiltonian(NeutrinoType.NEUTRINO);
    crust = MatterProfile.constant(180, 2.7, 0.5);
    EarthModel earth = EarthModel.premContinental();
    double eta = Math.toRadians(20); // core-crossing chord
    coreChord = EarthChord.profile(earth, eta, EarthChord.DEFAULT_MAX_SLAB_KM);
    fastChord =
        new EarthRegeneration(earth, new double[] {Math.cos(eta)}, EarthChord.DEFAULT_MAX_SLAB_KM);
    sun = new SolarSurvival(SolarModel.standard());
  }

  private double nextEnergy() {
    energy = energy > 12 ? 3.0 : energy + 0.137;
    return energy;
  }

  @Benchmark
  public double baselineSinCos() {
    phase += 0.01;
    return Math.sin(phase) + Math.cos(phase);
  }

  @Benchmark
  public double constantDensityProbability() {
    return propagator.probability(nu, Flavour.E, Flavour.E, nextEnergy(), crust);
  }

  @Benchmark
  public double vacuumProbability() {
    return propagator.vacuumProbability(nu.potential(), Flavour.E, Flavour.E, nextEnergy(), 180);
  }

  @Benchmark
  public double earthChordExactThreeFlavour() {
    propagator.massStateToFlavour(
        nu, Flavour.E, nextEnergy(), coreChord, new int[] {0, 1, 2}, out3);
    return out3[1];
  }

  @Benchmark
  public double earthChordFastTwoFlavour() {
    return fastChord.p2e(0, nextEnergy(), p.dm21EV2(), p.theta12(), 0.978);
  }

  @Benchmark
  public double solarSurvivalOneComponent() {
    sun.massFractions(
        SolarFluxComponent.B8,
        nextEnergy(),
        p.dm21EV2(),
        p.dm31EV2(),
        p.theta12(),
        p.theta13(),
        out3);
    return out3[0];
  }
}
