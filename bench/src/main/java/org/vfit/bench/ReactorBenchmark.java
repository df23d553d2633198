package org.vfit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.reactor.KamLandTerm;
import org.vfit.oscillation.MixingParameters;

/**
 * Speed goal of issue 4: the KamLAND χ² (kamland-2011, 76 bins, 21 reactors, 6 nuisance parameters)
 * ≤ 50 µs per parameter point after warm-up.
 *
 * <ul>
 *   <li>{@link #chi2NewOscillationPoint}: Δm²₂₁ changes on every call, so the whole prediction is
 *       recomputed (rotation recurrences, folding, interpolation, Baker–Cousins sum): the figure
 *       the goal is about.
 *   <li>{@link #chi2NewNuisancePoint}: only a nuisance parameter changes, as in MIGRAD's gradient
 *       steps along the nuisance directions; the oscillation part is reused from the per-thread
 *       cache.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReactorBenchmark {
  /** Crust matter (the default) or vacuum. */
  @Param({"CRUST", "VACUUM"})
  public String propagation;

  private KamLandTerm term;
  private double[] nuisance;
  private MixingParameters point;
  private double dm21 = 7.0e-5;
  private double energyScale = 1.0;

  @Setup
  public void setup() {
    ReactorSpectrum kamland = Datasets.load("kamland-2011", ReactorSpectrum.class);
    term =
        new KamLandTerm(
            kamland,
            KamLandOptions.defaults()
                .withPropagation(KamLandOptions.Propagation.valueOf(propagation)));
    nuisance = term.nominalNuisance();
    point = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.022, 0.5, 0);
  }

  @Benchmark
  public double chi2NewOscillationPoint() {
    dm21 = dm21 > 8.0e-5 ? 7.0e-5 : dm21 + 1.3e-8;
    return term.chi2(point.withDm21(dm21), nuisance);
  }

  @Benchmark
  public double chi2NewNuisancePoint() {
    energyScale = energyScale > 1.02 ? 0.98 : energyScale + 1e-5;
    nuisance[1] = energyScale;
    return term.chi2(point, nuisance);
  }
}
