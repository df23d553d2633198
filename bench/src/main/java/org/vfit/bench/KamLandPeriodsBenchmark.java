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
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.reactor.KamLandPrediction;
import org.vfit.likelihood.reactor.KamLandTerm;
import org.vfit.oscillation.MixingParameters;

/**
 * The KamLAND 2013 three-period prediction (issue 10), beside {@link ReactorBenchmark}: each period
 * has its own PRIS-averaged reactor mix (about 20 sites) and efficiency kernel, so a new
 * oscillation point costs one rotation-recurrence pass and one fold per period.
 *
 * <ul>
 *   <li>{@link #threePeriodsNewOscillationPoint}: the whole prediction of the three periods at a
 *       new Δm²₂₁ (divide by 3 for the per-period figure);
 *   <li>{@link #chi2NewOscillationPoint}: the χ² of the term (51 bins, Baker–Cousins, 6 nuisance
 *       pulls) at a new Δm²₂₁.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KamLandPeriodsBenchmark {
  private KamLandPrediction prediction;
  private KamLandTerm term;
  private double[] nuisance;
  private double[] out;
  private MixingParameters point;
  private double dm21 = 7.0e-5;

  @Setup
  public void setup() {
    ReactorSpectrum periods = Datasets.load("kamland-2013-periods", ReactorSpectrum.class);
    prediction = KamLandPrediction.of(periods, KamLandOptions.defaults());
    term = new KamLandTerm(prediction);
    nuisance = term.nominalNuisance();
    out = new double[periods.binCount()];
    point = MixingParameters.ofSin2(7.5e-5, 2.5e-3, 0.31, 0.022, 0.5, 0);
  }

  @Benchmark
  public double threePeriodsNewOscillationPoint() {
    dm21 = dm21 > 8.0e-5 ? 7.0e-5 : dm21 + 1.3e-8;
    MixingParameters p = point.withDm21(dm21);
    double s = 0;
    for (int k = 0; k < prediction.periodCount(); k++) {
      prediction.reactorEvents(p, 1.0, k, out, 0);
      s += out[0];
    }
    return s;
  }

  @Benchmark
  public double chi2NewOscillationPoint() {
    dm21 = dm21 > 8.0e-5 ? 7.0e-5 : dm21 + 1.3e-8;
    return term.chi2(point.withDm21(dm21), nuisance);
  }
}
