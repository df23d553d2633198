package org.vfit.fit.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.minuit.Fcn;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Minuit;
import org.vfit.fit.minuit.MultiStart;
import org.vfit.fit.minuit.Profile;
import org.vfit.fit.tests.Significance;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;

/**
 * The continuous hypothesis of a source-intensity effect (Shen §4: the perturbation of the local
 * relic background, and with it the apparent splitting, follows the source's flux, which falls as
 * 1/L²): one parameter set for every class except
 *
 * <pre>Δm²₂₁(L) = Δm²₂₁(∞) · (1 + κ · (L₀/L)²)</pre>
 *
 * with L each class's baseline. κ = 0 is the H-model (one set for all), so Δχ² = χ²(H-model) −
 * χ²_min(κ) tests κ ≠ 0 with one degree of freedom. The solar class at 1 AU has (L₀/L)² ≈ 1e-12 and
 * measures Δm²₂₁(∞); each reactor class contributes its own lever (L₀/L)². For a class of many
 * reactors the lever is taken at its ⟨L⁻²⟩^(−1/2) baseline: to first order in κ the flux-weighted
 * mean of the per-reactor shifts (the spectral fit weights reactors somewhat differently; this is
 * an approximation, stated in the result).
 *
 * <p>The κ interval is the profile-likelihood (MINOS) interval at Δχ² = 1 and at Δχ² = 4, and a Δχ²
 * profile over κ is kept for plots.
 */
public final class KappaFit {

  private KappaFit() {}

  /** Names of the κ model's oscillation variables, then the nuisances of the grouped model. */
  static final String DM21_INFINITY = "dm21.infinity";

  static final String KAPPA = "kappa";

  /**
   * The outcome.
   *
   * @param l0Km the reference length L₀ in km
   * @param levers (L₀/L)² of each class that constrains Δm²₂₁, by class label
   * @param kappa κ with HESSE error and the 1σ (Δχ² = 1) MINOS errors
   * @param kappa2SigmaLower lower end of the Δχ² = 4 interval of κ (absolute), null if not found
   * @param kappa2SigmaUpper upper end, null if not found
   * @param dm21Infinity Δm²₂₁(∞) in eV²
   * @param sin2Theta12 the common sin²θ₁₂
   * @param chi2 χ²_min of the κ model
   * @param chi2HModel χ²_min of the H-model (κ = 0)
   * @param deltaChi2 χ²(H-model) − χ²_min(κ)
   * @param pValue Wilks p-value of {@code deltaChi2} with 1 dof
   * @param sigma two-sided significance of {@code pValue}
   * @param profileKappa κ values of the Δχ² profile
   * @param profileDeltaChi2 Δχ² at each (NaN where the fit failed)
   * @param valid the minimum is valid
   * @param problems what is wrong when it is not, and warnings
   */
  public record Result(
      double l0Km,
      Map<String, Double> levers,
      Estimate kappa,
      Double kappa2SigmaLower,
      Double kappa2SigmaUpper,
      Estimate dm21Infinity,
      Estimate sin2Theta12,
      double chi2,
      double chi2HModel,
      double deltaChi2,
      double pValue,
      double sigma,
      double[] profileKappa,
      double[] profileDeltaChi2,
      boolean valid,
      List<String> problems) {
    public Result {
      levers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levers));
      profileKappa = profileKappa.clone();
      profileDeltaChi2 = profileDeltaChi2.clone();
      problems = List.copyOf(problems);
    }

    /** Δm²₂₁ in eV² at baseline L (km) at the best fit. */
    public double dm21AtKm(double baselineKm) {
      double r = l0Km / baselineKm;
      return dm21Infinity.value() * (1 + kappa.value() * r * r);
    }
  }

  /**
   * The map from the κ vector (Δm²₂₁(∞), κ, sin²θ₁₂, sin²θ₁₃, nuisances) to the global vector of a
   * model grouped by baseline class with Δm²₂₁ free per class: every class that reads Δm²₂₁ gets
   * Δm²₂₁(∞)(1 + κ r), every copy of sin²θ₁₂ and sin²θ₁₃ the common value.
   */
  static final class Mapping {
    final CombinedLikelihood l;
    final List<String> labels = new ArrayList<>();
    final double[] levers;
    final int oscillation;

    Mapping(Model grouped, List<BaselineClass> classes, double l0Km) {
      this.l = grouped.likelihood();
      List<Double> lv = new ArrayList<>();
      for (BaselineClass c : classes) {
        labels.add(c.label());
        lv.add(c.lever(l0Km));
      }
      levers = lv.stream().mapToDouble(Double::doubleValue).toArray();
      int n = 0;
      while (l.isOscillationEntry(n)) {
        n++;
      }
      oscillation = n;
    }

    int size() {
      return 4 + l.parameterNames().size() - oscillation;
    }

    double[] toGlobal(double[] y) {
      double[] x = new double[l.parameterNames().size()];
      for (int k = 0; k < labels.size(); k++) {
        String g = labels.get(k);
        if (l.groupReads(g, OscillationParameter.DM21)) {
          x[l.index(g, OscillationParameter.DM21)] = y[0] * (1 + y[1] * levers[k]);
        }
        if (l.groupReads(g, OscillationParameter.SIN2_THETA12)) {
          x[l.index(g, OscillationParameter.SIN2_THETA12)] = y[2];
        }
        if (l.groupReads(g, OscillationParameter.SIN2_THETA13)) {
          x[l.index(g, OscillationParameter.SIN2_THETA13)] = y[3];
        }
      }
      System.arraycopy(y, 4, x, oscillation, x.length - oscillation);
      return x;
    }

    List<String> names() {
      List<String> n =
          new ArrayList<>(
              List.of(
                  DM21_INFINITY,
                  KAPPA,
                  ParameterId.shared(OscillationParameter.SIN2_THETA12).label(),
                  ParameterId.shared(OscillationParameter.SIN2_THETA13).label()));
      n.addAll(l.parameterNames().subList(oscillation, l.parameterNames().size()));
      return n;
    }

    /** The κ vector at κ = 0 of an H-model (one-set) vector of the same terms. */
    double[] fromHModel(Model hModel, double[] hx) {
      CombinedLikelihood h = hModel.likelihood();
      double[] y = new double[size()];
      y[0] = hx[h.index(h.groupLabels().get(0), OscillationParameter.DM21)];
      y[1] = 0;
      y[2] = hx[h.index(h.groupLabels().get(0), OscillationParameter.SIN2_THETA12)];
      y[3] = hx[h.index(h.groupLabels().get(0), OscillationParameter.SIN2_THETA13)];
      List<ParameterId> mine = l.parameterIds();
      for (int i = oscillation; i < mine.size(); i++) {
        int j = h.index(mine.get(i));
        y[4 + i - oscillation] = j >= 0 ? hx[j] : l.startValues()[i];
      }
      return y;
    }
  }

  /**
   * Fits κ.
   *
   * @param grouped the data grouped by baseline class with Δm²₂₁ free per class (the "one per
   *     class" model of {@link BaselineAnalysis})
   * @param classes the classes of {@code grouped}
   * @param hModel the same data with one set (H0) and its fit, the κ = 0 point and the first start
   * @param perClassFit the fit of {@code grouped}: its Δm²₂₁ values give a second start
   * @param l0Km the reference length L₀ (km); κ is the fractional shift of Δm²₂₁ at L = L₀
   * @param profilePoints points of the Δχ² profile over κ (0 for none)
   */
  public static Result fit(
      Model grouped,
      List<BaselineClass> classes,
      Model hModel,
      FitResult hModelFit,
      FitResult perClassFit,
      double l0Km,
      FitOptions options,
      int profilePoints) {
    if (!(l0Km > 0) || !Double.isFinite(l0Km)) {
      throw new IllegalArgumentException("L0 must be a positive length in km, got " + l0Km);
    }
    Mapping m = new Mapping(grouped, classes, l0Km);
    double maxLever = 0;
    java.util.Map<String, Double> levers = new java.util.LinkedHashMap<>();
    int readers = 0;
    for (int k = 0; k < classes.size(); k++) {
      if (classes.get(k).constrains(OscillationParameter.DM21)) {
        maxLever = Math.max(maxLever, m.levers[k]);
        levers.put(classes.get(k).label(), m.levers[k]);
        readers++;
      }
    }
    if (readers < 2 || !grouped.separates(OscillationParameter.DM21)) {
      throw new IllegalArgumentException(
          "kappa needs Delta m^2_21 from at least two baseline classes, free per class; have "
              + grouped.description());
    }
    CombinedLikelihood l = grouped.likelihood();
    Fcn fcn = y -> l.value(m.toGlobal(y));
    List<String> names = m.names();
    double[] lo = new double[names.size()];
    double[] hi = new double[names.size()];
    double[] steps = new double[names.size()];
    double[] gLo = l.lowerLimits(), gHi = l.upperLimits(), gSteps = l.steps();
    lo[0] = OscillationParameter.DM21.lower();
    hi[0] = OscillationParameter.DM21.upper();
    steps[0] = 0.1;
    // Δm²₂₁(L) > 0 at every class: 1 + κ r > 0 for the largest lever r; the upper end allows a
    // tenfold rise there, far beyond anything the data allow.
    lo[1] = -0.999 / maxLever;
    hi[1] = 10 / maxLever;
    steps[1] = 0.05 / maxLever;
    lo[2] = OscillationParameter.SIN2_THETA12.lower();
    hi[2] = OscillationParameter.SIN2_THETA12.upper();
    steps[2] = 0.02;
    lo[3] = OscillationParameter.SIN2_THETA13.lower();
    hi[3] = OscillationParameter.SIN2_THETA13.upper();
    steps[3] = 0.002;
    for (int i = 4; i < names.size(); i++) {
      lo[i] = gLo[m.oscillation + i - 4];
      hi[i] = gHi[m.oscillation + i - 4];
      steps[i] = gSteps[m.oscillation + i - 4];
    }
    double[] start = m.fromHModel(hModel, hModelFit.globalValues());
    Minuit template =
        new Minuit(fcn, names.toArray(new String[0]), start, steps)
            .tolerance(options.tolerance())
            .strategy(options.strategy())
            .maxCalls(options.maxCalls());
    for (int i = 0; i < names.size(); i++) {
      if (lo[i] != Double.NEGATIVE_INFINITY || hi[i] != Double.POSITIVE_INFINITY) {
        template.limits(names.get(i), lo[i], hi[i]);
      }
    }
    // The κ parametrisation keeps the labels of the variables it keeps (sin²θ₁₂, sin²θ₁₃, the
    // nuisances); a fixed per-class Δm²₂₁ has no counterpart here and is skipped.
    for (ParameterId f : options.fixed()) {
      if (names.contains(f.label())) {
        template.fix(f.label());
      }
    }
    // Second start: κ from the largest-lever class against the smallest (solar, r ≈ 0) in the
    // per-class fit, Δm²₂₁(∞) from the smallest-lever class.
    List<double[]> starts = new ArrayList<>();
    starts.add(start);
    double[] fromClasses = start.clone();
    double[] px = perClassFit.globalValues();
    int kMin = -1, kMax = -1;
    for (int k = 0; k < classes.size(); k++) {
      if (!classes.get(k).constrains(OscillationParameter.DM21)) {
        continue;
      }
      if (kMin < 0 || m.levers[k] < m.levers[kMin]) kMin = k;
      if (kMax < 0 || m.levers[k] > m.levers[kMax]) kMax = k;
    }
    double dInf = px[l.index(classes.get(kMin).label(), OscillationParameter.DM21)];
    double dMax = px[l.index(classes.get(kMax).label(), OscillationParameter.DM21)];
    fromClasses[0] = dInf;
    fromClasses[1] =
        Math.max(lo[1] * 0.9, Math.min(hi[1] * 0.9, (dMax / dInf - 1) / m.levers[kMax]));
    starts.add(fromClasses);
    MultiStart.Result ms = MultiStart.fromPoints(template, starts, options.threads());
    Minuit minuit = template.copy();
    double[] best = ms.best().values();
    for (int i = 0; i < names.size(); i++) {
      minuit.value(names.get(i), best[i]);
    }
    FunctionMinimum fm = minuit.migrad();
    List<String> problems = new ArrayList<>();
    if (fm.hasValidParameters()) {
      fm = minuit.hesse();
    }
    MinosError one = null;
    MinosError two = null;
    Profile profile = null;
    if (fm.isValid()) {
      one = minuit.minos(KAPPA).get(KAPPA);
      // The Δχ² = 4 crossing: MINOS on the same function with errorDef 4.
      Minuit wide =
          new Minuit(Fcn.withErrorDef(fcn, 4), names.toArray(new String[0]), fm.values(), steps)
              .tolerance(options.tolerance())
              .strategy(options.strategy())
              .maxCalls(options.maxCalls());
      for (int i = 0; i < names.size(); i++) {
        wide.limits(names.get(i), lo[i], hi[i]);
        if (minuit.isFixed(names.get(i))) {
          wide.fix(names.get(i));
        }
      }
      wide.migrad();
      wide.hesse();
      two = wide.minos(KAPPA).get(KAPPA);
      if (profilePoints >= 2) {
        double a = two.lowerValid() ? fm.value(KAPPA) + 1.5 * two.lower() : lo[1];
        double b = two.upperValid() ? fm.value(KAPPA) + 1.5 * two.upper() : hi[1];
        a = Math.max(a, lo[1]);
        b = Math.min(b, hi[1]);
        double[] grid = new double[profilePoints];
        for (int k = 0; k < profilePoints; k++) {
          grid[k] = a + (b - a) * k / (profilePoints - 1);
        }
        profile = minuit.profile(KAPPA, grid, options.threads());
      }
    } else {
      problems.add("the kappa fit did not converge to a valid minimum");
    }
    for (var p : fm.parameters()) {
      if (p.isAtLimit()) {
        problems.add("parameter " + p.name() + " at limit");
      }
    }
    if (one != null && (one.lowerNewMinimum() || one.upperNewMinimum())) {
      problems.add("MINOS on kappa found a lower minimum");
    }
    double chi2H = hModelFit.chi2();
    double delta = chi2H - fm.fval();
    double p = Significance.pValue(Math.max(delta, 0), 1);
    int ik = names.indexOf(KAPPA);
    Estimate kappa =
        new Estimate(
            fm.values()[ik],
            fm.errors()[ik],
            one != null && one.lowerValid() ? one.lower() : null,
            one != null && one.upperValid() ? one.upper() : null);
    Estimate dInfinity =
        new Estimate(
            OscillationParameter.DM21.toPhysical(fm.values()[0]),
            OscillationParameter.DM21.toPhysical(fm.errors()[0]),
            null,
            null);
    Estimate s12 = new Estimate(fm.values()[2], fm.errors()[2], null, null);
    double[] pk = profile == null ? new double[0] : profile.grid();
    double[] pd = new double[pk.length];
    if (profile != null) {
      double[] f = profile.fval();
      boolean[] ok = profile.valid();
      for (int k = 0; k < pk.length; k++) {
        pd[k] = ok[k] ? f[k] - fm.fval() : Double.NaN;
      }
    }
    return new Result(
        l0Km,
        levers,
        kappa,
        two != null && two.lowerValid() ? fm.values()[ik] + two.lower() : null,
        two != null && two.upperValid() ? fm.values()[ik] + two.upper() : null,
        dInfinity,
        s12,
        fm.fval(),
        chi2H,
        delta,
        p,
        Significance.sigma(p),
        pk,
        pd,
        fm.isValid() && problems.stream().noneMatch(s -> s.startsWith("MINOS")),
        problems);
  }
}
