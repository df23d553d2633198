package org.vfit.likelihood.reactor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.toys.Toys;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;

/**
 * −2 ln L of a binned reactor ν̄_e spectrum (KamLAND style), sector ν̄:
 *
 * <pre>
 *   χ² = 2 Σ_periods Σ_bins [μ − n + n ln(n/μ)] + Σ_k ((x_k − c_k)/σ_k)²,
 *   μ = f_rate · R(p, s) + Σ_b f_b B_b,
 * </pre>
 *
 * the Poisson likelihood ratio of Baker &amp; Cousins (Nucl. Instrum. Meth. 221 (1984) 437) plus
 * Gaussian pulls. R is the {@link KamLandPrediction} at energy-scale factor s; B_b the dataset's
 * background estimates. All nuisance parameters are multiplicative factors with nominal value 1:
 *
 * <ul>
 *   <li>one per dataset systematic: {@code rate-normalisation} multiplies R, {@code energy-scale}
 *       stretches its prompt axis, in the periods the systematic names (1σ from the dataset);
 *   <li>one per constrained background (KamLAND: ¹³C(α,n), ⁹Li/⁸He), shared by all periods, with
 *       the dataset's 1σ fraction as pull;
 *   <li>one per free background (KamLAND: geo-U, geo-Th), without pull, unless the options fix
 *       them;
 *   <li>fixed backgrounds (accidentals) have none.
 * </ul>
 *
 * The energy scale stretches the reactor prediction only: the backgrounds are KamLAND's estimates
 * in measured prompt energy, given per bin, and the free geo-ν normalisations absorb what a 2 %
 * stretch of their sub-2.6 MeV spectrum would do. The minimiser varies the nuisance parameters;
 * this term only adds their pulls. Immutable and thread-safe; toys and Asimov copies share the
 * prediction.
 */
public final class KamLandTerm implements LikelihoodTerm {
  private final String name;
  private final KamLandPrediction prediction;
  private final Layout layout;
  private final ReactorSpectrum data;
  private final double[] observed;

  /** Σ 2(n ln n − n), the data-only part of the Baker–Cousins sum. */
  private final double dataConstant;

  /** Prior centre of each nuisance parameter (NaN for parameters without a pull). */
  private final double[] centres;

  /** The term with the default options. */
  public KamLandTerm(ReactorSpectrum data) {
    this(KamLandPrediction.of(data, KamLandOptions.defaults()));
  }

  public KamLandTerm(ReactorSpectrum data, KamLandOptions options) {
    this(KamLandPrediction.of(data, options));
  }

  public KamLandTerm(KamLandPrediction prediction) {
    this(prediction.data().name(), prediction, new Layout(prediction), prediction.data(), null);
  }

  private KamLandTerm(
      String name,
      KamLandPrediction prediction,
      Layout layout,
      ReactorSpectrum data,
      double[] centres) {
    this.name = name;
    this.prediction = prediction;
    this.layout = layout;
    this.data = data;
    int bins = data.binCount();
    this.observed = new double[data.periods().size() * bins];
    double constant = 0;
    for (int p = 0; p < data.periods().size(); p++) {
      Values obs = data.periods().get(p).observed();
      for (int i = 0; i < bins; i++) {
        double n = obs.get(i);
        observed[p * bins + i] = n;
        if (n > 0) {
          constant += 2 * (n * Math.log(n) - n);
        }
      }
    }
    this.dataConstant = constant;
    this.centres = centres != null ? centres : layout.nominalCentres();
  }

  /**
   * Where each nuisance parameter acts; shared by a term and its toys. Built from the dataset's
   * systematics and backgrounds and the options.
   */
  private static final class Layout {
    final List<NuisanceParameter> parameters;

    /** 1σ of each parameter's pull (NaN: no pull). */
    final double[] sigmas;

    /** [period] → indices of rate factors, energy-scale factors. */
    final int[][] rateIndex;

    final int[][] scaleIndex;

    /** [period][background] → parameter index or −1 (fixed); expectations per bin. */
    final int[][] backgroundIndex;

    final double[][][] backgroundExpected;
    final int periods;
    final int bins;
    final ThreadLocal<double[]> scratch;

    Layout(KamLandPrediction prediction) {
      List<NuisanceParameter> parameters = new ArrayList<>();
      List<Double> sigmas = new ArrayList<>();
      ReactorSpectrum d = prediction.data();
      periods = d.periods().size();
      bins = d.binCount();
      List<List<Integer>> rate = new ArrayList<>(), scale = new ArrayList<>();
      for (int p = 0; p < periods; p++) {
        rate.add(new ArrayList<>());
        scale.add(new ArrayList<>());
      }
      for (ReactorSpectrum.Systematic s : d.systematics()) {
        boolean isScale = s.type() == ReactorSpectrum.SystematicType.ENERGY_SCALE;
        int index = parameters.size();
        double lower = isScale ? 1 - KamLandPrediction.MAX_SCALE_DEVIATION : 0.0;
        double upper =
            isScale ? 1 + KamLandPrediction.MAX_SCALE_DEVIATION : Double.POSITIVE_INFINITY;
        String what =
            isScale ? "energy-scale factor (prompt axis stretched by it)" : "reactor-rate factor";
        parameters.add(
            new NuisanceParameter(
                s.name(),
                1.0,
                s.sigma(),
                lower,
                upper,
                what + ", 1 ± " + s.sigma() + (s.periods().isEmpty() ? "" : " in " + s.periods())));
        sigmas.add(s.sigma());
        for (int p = 0; p < periods; p++) {
          if (s.appliesTo(d.periods().get(p).name())) {
            (isScale ? scale : rate).get(p).add(index);
          }
        }
      }
      rateIndex = toArrays(rate);
      scaleIndex = toArrays(scale);

      Map<String, Integer> byName = new LinkedHashMap<>();
      Map<String, ReactorSpectrum.Background> first = new LinkedHashMap<>();
      backgroundIndex = new int[periods][];
      backgroundExpected = new double[periods][][];
      KamLandOptions.FreeBackgrounds freeMode = prediction.options().freeBackgrounds();
      boolean fixFree = freeMode == KamLandOptions.FreeBackgrounds.FIXED;
      String common =
          freeMode != KamLandOptions.FreeBackgrounds.COMMON
              ? null
              : String.join(
                  "+",
                  d.periods().stream()
                      .flatMap(pr -> pr.backgrounds().stream())
                      .filter(b -> b.normalisation().treatment() == ReactorSpectrum.Treatment.FREE)
                      .map(ReactorSpectrum.Background::name)
                      .distinct()
                      .toList());
      for (int p = 0; p < periods; p++) {
        List<ReactorSpectrum.Background> bs = d.periods().get(p).backgrounds();
        backgroundIndex[p] = new int[bs.size()];
        backgroundExpected[p] = new double[bs.size()][];
        for (int b = 0; b < bs.size(); b++) {
          ReactorSpectrum.Background bg = bs.get(b);
          backgroundExpected[p][b] = bg.expected().toArray();
          ReactorSpectrum.Treatment t = bg.normalisation().treatment();
          ReactorSpectrum.Background seen = first.putIfAbsent(bg.name(), bg);
          if (seen != null
              && (seen.normalisation().treatment() != t
                  || Math.abs(seen.fractionalUncertainty() - bg.fractionalUncertainty())
                      > 1e-9 * seen.fractionalUncertainty())) {
            throw new IllegalArgumentException(
                d.name()
                    + ": background "
                    + bg.name()
                    + " has a different normalisation "
                    + "uncertainty in period "
                    + d.periods().get(p).name()
                    + "; one shared factor cannot describe it");
          }
          if (t == ReactorSpectrum.Treatment.FIXED
              || (t == ReactorSpectrum.Treatment.FREE && fixFree)) {
            backgroundIndex[p][b] = -1;
            continue;
          }
          String parameterName =
              t == ReactorSpectrum.Treatment.FREE && common != null ? common : bg.name();
          Integer index = byName.get(parameterName);
          if (index == null) {
            index = parameters.size();
            byName.put(parameterName, index);
            if (t == ReactorSpectrum.Treatment.CONSTRAINED) {
              double sigma = bg.fractionalUncertainty();
              parameters.add(
                  new NuisanceParameter(
                      bg.name(),
                      1.0,
                      sigma,
                      0.0,
                      Double.POSITIVE_INFINITY,
                      "normalisation factor of the " + bg.name() + " background, 1 ± " + sigma));
              sigmas.add(sigma);
            } else {
              parameters.add(
                  new NuisanceParameter(
                      parameterName,
                      1.0,
                      0.3,
                      0.0,
                      Double.POSITIVE_INFINITY,
                      "normalisation factor of the "
                          + parameterName
                          + " background relative to the dataset's reference, free"));
              sigmas.add(Double.NaN);
            }
          }
          backgroundIndex[p][b] = index;
        }
      }
      this.parameters = List.copyOf(parameters);
      this.sigmas = sigmas.stream().mapToDouble(Double::doubleValue).toArray();
      scratch = ThreadLocal.withInitial(() -> new double[bins]);
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
      int[][] out = new int[lists.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      return out;
    }

    double[] nominalCentres() {
      double[] c = new double[sigmas.length];
      for (int k = 0; k < c.length; k++) {
        c[k] = Double.isNaN(sigmas[k]) ? Double.NaN : 1.0;
      }
      return c;
    }
  }

  public KamLandPrediction prediction() {
    return prediction;
  }

  /** The data of this term (the dataset, or a toy or Asimov copy of it). */
  public ReactorSpectrum data() {
    return data;
  }

  /** Prior centres of the nuisance parameters (NaN where there is no pull). */
  public double[] priorCentres() {
    return centres.clone();
  }

  /**
   * The name of the dataset; toys and Asimov copies keep it, so their parameter names do not
   * change.
   */
  @Override
  public String name() {
    return name;
  }

  @Override
  public Sector sector() {
    return Sector.NUBAR;
  }

  /**
   * The distance at which a 1/L² effect equals its flux-weighted mean over the reactors: L_eff =
   * ⟨L⁻²⟩^(−1/2) with weights w = power/L² (those of the prediction), periods weighted by their
   * no-oscillation event counts. This is the baseline a source-intensity effect (the V-model's flux
   * ∝ 1/L², Shen §4) sees; for one reactor it is its distance. For KamLAND's default table it is
   * 156 km, below the flux-weighted median of 179 km (KamLAND's "effectively ~180 km") and the
   * linear mean of 212 km, which the far Korean reactors pull up. Reactors outside the table (the
   * far fraction) are not included.
   */
  @Override
  public java.util.OptionalDouble baselineKm() {
    double inverseSquare = 0;
    double weight = 0;
    for (int p = 0; p < prediction.periodCount(); p++) {
      double events = 0;
      for (double e : prediction.noOscillation(p)) {
        events += e;
      }
      ReactorSources s = prediction.sources(p);
      double w = s.totalWeight();
      for (ReactorSource r : s.sources()) {
        inverseSquare += events * r.weight() / w / (r.baselineKm() * r.baselineKm());
      }
      weight += events;
    }
    return weight > 0
        ? java.util.OptionalDouble.of(1 / Math.sqrt(inverseSquare / weight))
        : java.util.OptionalDouble.empty();
  }

  @Override
  public List<NuisanceParameter> nuisanceParameters() {
    return layout.parameters;
  }

  @Override
  public int dataPoints() {
    return observed.length;
  }

  @Override
  public double chi2(MixingParameters p, double[] nuisance) {
    if (nuisance.length != layout.parameters.size()) {
      throw new IllegalArgumentException(
          name
              + " has "
              + layout.parameters.size()
              + " nuisance parameters, got "
              + nuisance.length
              + " values");
    }
    double[] mu = layout.scratch.get();
    double sum = dataConstant;
    for (int period = 0; period < layout.periods; period++) {
      expectedInPeriod(p, nuisance, period, mu, 0);
      int offset = period * layout.bins;
      for (int i = 0; i < layout.bins; i++) {
        double m = mu[i];
        double n = observed[offset + i];
        if (m <= 0) {
          // only reachable at the edge of the parameter space; a finite value keeps MIGRAD's line
          // search sane
          m = Double.MIN_NORMAL;
        }
        sum += 2 * m;
        if (n > 0) {
          sum -= 2 * n * Math.log(m);
        }
      }
    }
    for (int k = 0; k < centres.length; k++) {
      if (!Double.isNaN(centres[k])) {
        double r = (nuisance[k] - centres[k]) / layout.sigmas[k];
        sum += r * r;
      }
    }
    return sum;
  }

  /** Expected events per bin, all periods in order (the order of the dataset's observables). */
  public double[] expected(MixingParameters p, double[] nuisance) {
    double[] out = new double[observed.length];
    for (int period = 0; period < layout.periods; period++) {
      expectedInPeriod(p, nuisance, period, out, period * layout.bins);
    }
    return out;
  }

  private void expectedInPeriod(
      MixingParameters p, double[] nuisance, int period, double[] out, int offset) {
    double rate = 1, scale = 1;
    for (int k : layout.rateIndex[period]) {
      rate *= nuisance[k];
    }
    for (int k : layout.scaleIndex[period]) {
      scale *= nuisance[k];
    }
    prediction.reactorEvents(p, scale, period, out, offset);
    for (int i = 0; i < layout.bins; i++) {
      out[offset + i] *= rate;
    }
    int[] index = layout.backgroundIndex[period];
    double[][] expected = layout.backgroundExpected[period];
    for (int b = 0; b < index.length; b++) {
      double f = index[b] < 0 ? 1.0 : nuisance[index[b]];
      double[] e = expected[b];
      for (int i = 0; i < layout.bins; i++) {
        out[offset + i] += f * e[i];
      }
    }
  }

  /**
   * Poisson counts drawn around the expectation at (p, nuisance) with {@link
   * Toys#toy(org.vfit.datasets.model.Dataset, Values, SplittableRandom)}, then, from the same
   * generator, new prior centres c_k ~ N(x_k, σ_k) for the constrained nuisance parameters (the
   * auxiliary measurements fluctuate too).
   */
  @Override
  public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
    ReactorSpectrum drawn = Toys.toy(data, Values.of(expected(p, nuisance)), rng);
    double[] c = centres.clone();
    for (int k = 0; k < c.length; k++) {
      if (!Double.isNaN(c[k])) {
        c[k] = nuisance[k] + layout.sigmas[k] * Toys.standardNormal(rng);
      }
    }
    return new KamLandTerm(name, prediction, layout, drawn, c);
  }

  /** Data equal to the expectation at (p, nuisance), and prior centres at the nuisance values. */
  @Override
  public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
    ReactorSpectrum expectation = Toys.asimov(data, Values.of(expected(p, nuisance)));
    double[] c = centres.clone();
    for (int k = 0; k < c.length; k++) {
      if (!Double.isNaN(c[k])) {
        c[k] = nuisance[k];
      }
    }
    return new KamLandTerm(name, prediction, layout, expectation, c);
  }

  /** Nominal nuisance values (all 1), in the order of {@link #nuisanceParameters()}. */
  public double[] nominalNuisance() {
    double[] x = new double[layout.parameters.size()];
    java.util.Arrays.fill(x, 1.0);
    return x;
  }
}
