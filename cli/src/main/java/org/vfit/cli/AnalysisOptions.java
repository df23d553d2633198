package org.vfit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.tension.Theta13Treatment;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.paper.PaperInputs;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code fit}, {@code profile}, {@code contour} and {@code toys}: which data,
 * which hypothesis, how the fit runs and what is printed.
 */
final class AnalysisOptions {
  @Option(
      names = "--datasets",
      required = true,
      split = ",",
      paramLabel = "NAME[,NAME...]",
      description =
          "Datasets (bundled names or files), e.g. juno-2025,daya-bay-theta13; see 'vfit datasets list'.")
  List<String> datasets = new ArrayList<>();

  @Mixin ModellingOptions modelling = new ModellingOptions();

  @Option(
      names = "--theta13",
      paramLabel = "free|reference|VALUE|SET",
      description =
          "theta_13: free (default; constrained only by the datasets), reference (fixed at the "
              + "NuFit-6.0 value of --ordering), a value of sin^2 theta_13 to fix it at (0 for the "
              + "two-flavour analyses), or a reactor dataset that constrains it (added to "
              + "--datasets).")
  String theta13 = "free";

  @Option(
      names = "--free-theta13",
      description =
          "Under H1 let theta_13 differ between nu and nubar too (default: shared, so H1 frees dm21 and theta_12).")
  boolean freeTheta13;

  @Option(
      names = "--ordering",
      paramLabel = "NO|IO",
      description =
          "Mass ordering of the fixed dm31, theta23, delta (NuFit-6.0 values, as in the paper; default ${DEFAULT-VALUE}).")
  String ordering = "NO";

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(
      names = "--starts",
      paramLabel = "N",
      description =
          "MIGRAD starts in dm21 per parameter set, log-spaced over [1e-8, 1e-3] eV^2 (default ${DEFAULT-VALUE}).")
  int dm21Starts = FitOptions.defaults().dm21Starts();

  @Option(
      names = "--max-calls",
      paramLabel = "N",
      description = "Call budget per MIGRAD (default: Minuit's 200 + 100n + 5n^2).")
  long maxCalls;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  int threads() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + t);
    }
    return t;
  }

  FitOptions fitOptions() {
    if (dm21Starts < 1) {
      throw new IllegalArgumentException("--starts must be >= 1, got " + dm21Starts);
    }
    if (maxCalls < 0) {
      throw new IllegalArgumentException("--max-calls must be >= 0, got " + maxCalls);
    }
    FitOptions d = FitOptions.defaults();
    // As in `vfit tension`: χ² at every start of the multi-start grid, MIGRAD from the 4 best.
    return d.withStarts(dm21Starts, d.theta12Starts())
        .withThreads(threads())
        .withMaxCalls(maxCalls)
        .withPrescan(4);
  }

  /** The reference parameters, with sin²θ₁₃ at the value a fixed θ₁₃ treatment names. */
  MixingParameters reference() {
    MixingParameters ref =
        PaperInputs.of(Table1Command.parseOrdering(ordering), PaperInputs.SplittingSet.MAIN);
    Theta13Treatment t = theta13Treatment();
    if (t.fixed()) {
      double s13 = t.fixedValue(ref.sin2Theta13());
      ref =
          MixingParameters.ofSin2(
              ref.dm21EV2(), ref.dm31EV2(), ref.sin2Theta12(), s13, ref.sin2Theta23(), ref.delta());
    }
    return ref;
  }

  /**
   * Checks the option values without loading any dataset's physics: the levers, θ₁₃, threads and
   * fit settings.
   */
  void check() {
    modelling.likelihoodOptions();
    theta13Treatment();
    fitOptions();
  }

  /** Every modelling choice and the θ₁₃ treatment, as text, for JSON output and results. */
  java.util.Map<String, String> describe() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    Theta13Treatment t = theta13Treatment();
    m.put("theta13", t.label());
    m.put("theta13.treatment", t.describe(reference().sin2Theta13()));
    m.putAll(modelling.likelihoodOptions().describe());
    return m;
  }

  /** The θ₁₃ treatment of {@code --theta13}. */
  Theta13Treatment theta13Treatment() {
    try {
      return Theta13Treatment.parse(theta13);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--theta13: " + e.getMessage());
    }
  }

  MassOrdering massOrdering() {
    return Table1Command.parseOrdering(ordering);
  }

  /** H1 as the options define it. */
  Hypothesis h1() {
    return freeTheta13 ? Hypothesis.h1AllSeparate() : Hypothesis.h1SharedTheta13();
  }

  /**
   * The hypothesis named by {@code --hypothesis} (H0 or H1).
   *
   * @throws IllegalArgumentException for other names or H0 with {@code --free-theta13}
   */
  Hypothesis hypothesis(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    if (n.equals("H0")) {
      if (freeTheta13) {
        throw new IllegalArgumentException(
            "--free-theta13 contradicts --hypothesis H0 (H0 shares every parameter)");
      }
      return Hypothesis.h0();
    }
    if (n.equals("H1")) {
      return h1();
    }
    throw new IllegalArgumentException("--hypothesis must be H0 or H1, got '" + name + "'");
  }

  /** The model of the datasets under a hypothesis (loads and validates the datasets). */
  Model model(Hypothesis h) {
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("--datasets needs at least one name");
    }
    List<String> seen = new ArrayList<>();
    for (String d : datasets) {
      if (d.isBlank()) {
        throw new IllegalArgumentException("--datasets: an empty dataset name");
      }
      if (seen.contains(d)) {
        throw new IllegalArgumentException("--datasets lists " + d + " twice");
      }
      seen.add(d);
    }
    List<org.vfit.datasets.model.Dataset> solar = new ArrayList<>();
    for (String d : seen) {
      org.vfit.datasets.model.Dataset ds = org.vfit.datasets.Datasets.resolve(d);
      if (org.vfit.likelihood.solar.SolarTerm.accepts(ds)) {
        solar.add(ds);
      }
    }
    org.vfit.likelihood.solar.SolarTerm.checkOverlaps(solar);
    Theta13Treatment t = theta13Treatment();
    if (t.mode() == Theta13Treatment.Mode.CONSTRAINED) {
      if (seen.contains(t.dataset())) {
        throw new IllegalArgumentException(
            "--theta13 " + t.dataset() + " is already in --datasets; give it once");
      }
      seen.add(t.dataset());
    }
    Model m = Model.of(TermSource.datasets(seen, modelling.likelihoodOptions()), h, reference());
    return t.fixed() ? m.withHeld(OscillationParameter.SIN2_THETA13) : m;
  }

  static boolean bothSectors(Model m) {
    return m.hasSector(Sector.NU) && m.hasSector(Sector.NUBAR);
  }
}
