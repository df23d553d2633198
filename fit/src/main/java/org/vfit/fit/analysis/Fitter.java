package org.vfit.fit.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Minuit;
import org.vfit.fit.minuit.MultiStart;
import org.vfit.fit.minuit.Parameter;
import org.vfit.likelihood.CombinedLikelihood;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.paper.Table1;

/**
 * Fits a {@link Model} with Minuit: MIGRAD from many starts, then MIGRAD, HESSE and MINOS at the
 * best minimum. Names, start values, steps and limits come from the model's {@link
 * CombinedLikelihood}.
 *
 * <p>Starts (with multi-start): the model's start (or the caller's), first relaxed — every
 * parameter but the (Δm²₂₁, sin²θ₁₂) of each parameter set moved to its conditional minimum — then,
 * for each parameter set, a grid of Δm²₂₁ values log-spaced over the allowed range times sin²θ₁₂
 * values across [0, 1] (both octants), optionally pre-scanned so that MIGRAD runs only from the
 * lowest basins of the grid ({@link #starts}). With separate ν and ν̄ sets (H1) the two grids are
 * walked one after the other — first the ν grid with ν̄ at its start, then the ν̄ grid with ν at
 * the best ν found — rather than as a product: the sectors couple only through shared parameters
 * and nuisances, so this finds each sector's best island at the cost of the sum, not the product,
 * of the grid sizes. Last, MIGRAD runs from the best minimum's reflection θ₁₂ → π/2 − θ₁₂ in each
 * set ({@link #mirrors}), the near-degenerate twin of a reactor minimum. The best valid minimum
 * wins (ties: the earlier start); an invalid one is returned only when no start converged, and then
 * says so.
 *
 * <p>Results do not depend on {@link FitOptions#threads()}: each start is an independent MIGRAD.
 */
public final class Fitter {

  private Fitter() {}

  /** Fits a combination with the given options. */
  public static FitResult fit(CombinedLikelihood l, FitOptions options) {
    return fit(Model.of(l), options, List.of());
  }

  public static FitResult fit(Model model, FitOptions options) {
    return fit(model, options, List.of());
  }

  /**
   * Fits with additional starting points.
   *
   * @param starts global vectors (see {@link Model}) to start from, e.g. another hypothesis'
   *     minimum mapped with {@link Model#transfer}; if empty, the model's own start is used
   */
  public static FitResult fit(Model model, FitOptions options, List<double[]> starts) {
    return fit(model, options, starts, null);
  }

  /**
   * As {@link #fit(Model, FitOptions, List)}, with MINOS (if on) only for the given variables, or
   * for every free oscillation parameter when {@code minosOnly} is null.
   */
  static FitResult fit(
      Model model, FitOptions options, List<double[]> starts, List<ParameterId> minosOnly) {
    Minuit template = template(model, options);
    List<double[]> base = new ArrayList<>();
    if (starts.isEmpty()) {
      base.add(model.start());
    } else {
      for (double[] s : starts) {
        base.add(model.fromGlobal(s));
      }
    }
    boolean search = options.multiStart() && model.difference() == null;
    if (search) {
      base = relaxed(model, template, base, options.threads());
    }
    List<FunctionMinimum> all = new ArrayList<>();
    List<double[]> used = new ArrayList<>();
    MultiStart.Result first =
        MultiStart.fromPoints(
            template, starts(model, options, template, base, 0), options.threads());
    collect(first, all, used);
    FunctionMinimum best = first.best();
    int sets = parameterSets(model).size();
    // With several parameter sets the grids are walked one set after the other, each from the
    // best minimum so far (two sets: the ν grid, then the ν̄ grid).
    for (int set = 1; search && set < sets; set++) {
      List<double[]> fromBest = List.of(best.values());
      MultiStart.Result next =
          MultiStart.fromPoints(
              template, starts(model, options, template, fromBest, set), options.threads());
      collect(next, all, used);
      if (better(next.best(), best)) {
        best = next.best();
      }
    }
    if (search) {
      List<double[]> mirrors = mirrors(model, template, best.values());
      if (!mirrors.isEmpty()) {
        MultiStart.Result third = MultiStart.fromPoints(template, mirrors, options.threads());
        collect(third, all, used);
        if (better(third.best(), best)) {
          best = third.best();
        }
      }
    }
    List<Double> minima =
        new MultiStart.Result(best, all, used)
            .distinctMinima().stream().map(FunctionMinimum::fval).toList();
    return refine(model, options, template, best, minima, all.size(), minosOnly);
  }

  /**
   * The base starts with every parameter other than the (Δm²₂₁, sin²θ₁₂) of each parameter set
   * moved to its conditional minimum there (one MIGRAD, strategy 0): the grid starts inherit the
   * other parameters from the base, and a base far from a tight prior (the reference θ₁₃ = 0.022
   * against a constraint of 1e-4 ± 1e-6, issue 9) would otherwise put every grid start on a wall
   * whose gradient throws MIGRAD's first line search into a wrong Δm²₂₁ island. A base point is
   * kept as it is when the conditional fit does not lower χ² or nothing else is free.
   */
  static List<double[]> relaxed(Model model, Minuit template, List<double[]> base, int threads) {
    Minuit conditional = template.copy().strategy(0);
    int free = 0;
    for (String n : conditional.names()) {
      free += conditional.isFixed(n) ? 0 : 1;
    }
    for (int[] set : parameterSets(model)) {
      for (int i : set) {
        String n = conditional.names().get(i);
        if (!conditional.isFixed(n)) {
          conditional.fix(n);
          free--;
        }
      }
    }
    if (free == 0) {
      return base;
    }
    MultiStart.Result r = MultiStart.fromPoints(conditional, base, threads);
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < base.size(); k++) {
      FunctionMinimum m = r.all().get(k);
      double before = model.value(base.get(k));
      boolean lower =
          m.hasValidParameters()
              && finite(m.values())
              && (!Double.isFinite(before) || m.fval() < before);
      out.add(lower ? m.values() : base.get(k));
    }
    return out;
  }

  /**
   * For each parameter set with a free sin²θ₁₂, the point {@code at} with that set's sin²θ₁₂
   * reflected to 1 − sin²θ₁₂ (θ₁₂ → π/2 − θ₁₂, the "dark side"). Vacuum ν̄_e survival depends on
   * sin²2θ₁₂ only, so for reactor data the reflection is a second minimum that only matter effects
   * (crust, Sun) and θ₁₃ separate; issue 9 found a reactor fit stopping in the reflected minimum
   * 0.2 above the true one. One MIGRAD from each reflection settles it.
   */
  static List<double[]> mirrors(Model model, Minuit template, double[] at) {
    List<double[]> out = new ArrayList<>();
    if (!finite(at)) {
      return out;
    }
    double[] lo = model.lower();
    double[] hi = model.upper();
    for (int[] set : parameterSets(model)) {
      int th = set[1];
      if (template.isFixed(template.names().get(th))) {
        continue;
      }
      double[] p = at.clone();
      p[th] = Math.max(lo[th], Math.min(hi[th], 1 - at[th]));
      if (p[th] != at[th]) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The starts of one round: the base starts, then (with multi-start) the grid of parameter set
   * {@code set} around each. With {@link FitOptions#prescanKeep()} = k &gt; 0 the grid is {@value
   * #PRESCAN_DENSITY}× finer in Δm²₂₁ and {@value #PRESCAN_DENSITY_THETA}× in sin²θ₁₂, χ² is
   * evaluated at every grid point, and MIGRAD starts only from the k lowest local minima of χ² on
   * the grid (one per basin, so that k starts reach k islands rather than k neighbours in one);
   * when the grid has fewer than k local minima the lowest remaining points fill in. χ² at the
   * starts is evaluated in parallel; the choice depends only on the values (ties: grid order), so
   * it is the same for any thread count.
   */
  static List<double[]> starts(
      Model model, FitOptions options, Minuit template, List<double[]> base, int set) {
    List<double[]> out = new ArrayList<>(base);
    List<int[]> sets = parameterSets(model);
    if (!options.multiStart() || model.difference() != null || set >= sets.size()) {
      return out;
    }
    int k = options.prescanKeep();
    int nd = k > 0 ? options.dm21Starts() * PRESCAN_DENSITY : options.dm21Starts();
    int nt = k > 0 ? options.theta12Starts() * PRESCAN_DENSITY_THETA : options.theta12Starts();
    int dm = sets.get(set)[0];
    int th = sets.get(set)[1];
    double[] lo = model.lower();
    double[] hi = model.upper();
    double[] dms =
        template.isFixed(template.names().get(dm))
            ? new double[] {Double.NaN}
            : logMidpoints(lo[dm], hi[dm], nd);
    double[] ths =
        template.isFixed(template.names().get(th))
            ? new double[] {Double.NaN}
            : midpoints(lo[th], hi[th], nt);
    List<double[]> grid = new ArrayList<>();
    for (double[] b : base) {
      for (double d : dms) {
        for (double t : ths) {
          double[] p = b.clone();
          if (!Double.isNaN(d)) {
            p[dm] = d;
          }
          if (!Double.isNaN(t)) {
            p[th] = t;
          }
          grid.add(p);
        }
      }
    }
    if (k <= 0) {
      out.addAll(grid);
      ProgressListener.report("MIGRAD from " + out.size() + " starts");
      return out;
    }
    ProgressListener.report("chi2 at " + grid.size() + " grid starts");
    double[] chi2 = new double[grid.size()];
    java.util.stream.IntStream.range(0, grid.size())
        .parallel()
        .forEach(
            i -> {
              double v = model.value(grid.get(i));
              chi2[i] = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
            });
    for (int index : basins(chi2, base.size(), dms.length, ths.length, k)) {
      out.add(grid.get(index));
    }
    ProgressListener.report("MIGRAD from " + out.size() + " starts");
    return out;
  }

  /** Grid refinement of the pre-scan over the MIGRAD grid, in Δm²₂₁ and in sin²θ₁₂. */
  static final int PRESCAN_DENSITY = 4;

  static final int PRESCAN_DENSITY_THETA = 3;

  /**
   * Indices of the k chosen grid points: local minima over the 8 neighbours in (Δm²₂₁, sin²θ₁₂) of
   * each base's block (a plateau counts once, at its first point), lowest first, then the lowest
   * other points if fewer than k.
   */
  static List<Integer> basins(double[] chi2, int blocks, int nd, int nt, int k) {
    List<Integer> minima = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < nd; i++) {
        for (int j = 0; j < nt; j++) {
          int at = (b * nd + i) * nt + j;
          boolean minimum = Double.isFinite(chi2[at]);
          for (int di = -1; di <= 1 && minimum; di++) {
            for (int dj = -1; dj <= 1 && minimum; dj++) {
              int ii = i + di;
              int jj = j + dj;
              if ((di == 0 && dj == 0) || ii < 0 || jj < 0 || ii >= nd || jj >= nt) {
                continue;
              }
              int other = (b * nd + ii) * nt + jj;
              // strictly lower neighbour, or an equal one earlier in grid order
              minimum = !(chi2[other] < chi2[at] || (chi2[other] == chi2[at] && other < at));
            }
          }
          (minimum ? minima : rest).add(at);
        }
      }
    }
    java.util.Comparator<Integer> byValue =
        (a, b) -> chi2[a] != chi2[b] ? Double.compare(chi2[a], chi2[b]) : Integer.compare(a, b);
    minima.sort(byValue);
    rest.sort(byValue);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < minima.size() && out.size() < k; i++) {
      out.add(minima.get(i));
    }
    for (int i = 0; i < rest.size() && out.size() < k; i++) {
      out.add(rest.get(i));
    }
    return out;
  }

  private static void collect(MultiStart.Result r, List<FunctionMinimum> all, List<double[]> used) {
    all.addAll(r.all());
    used.addAll(r.starts());
  }

  private static boolean better(FunctionMinimum a, FunctionMinimum b) {
    if (a.isValid() != b.isValid()) {
      return a.isValid();
    }
    return a.fval() < b.fval();
  }

  /** Minuit configured from the model: names, start, steps, limits, fixed parameters, tolerance. */
  static Minuit template(Model model, FitOptions options) {
    List<String> names = model.names();
    double[] lo = model.lower();
    double[] hi = model.upper();
    Minuit m =
        new Minuit(
                model::value,
                names.toArray(new String[0]),
                clamp(model.start(), lo, hi),
                model.steps())
            .tolerance(options.tolerance())
            .strategy(options.strategy())
            .maxCalls(options.maxCalls());
    for (int i = 0; i < names.size(); i++) {
      if (lo[i] != Double.NEGATIVE_INFINITY || hi[i] != Double.POSITIVE_INFINITY) {
        m.limits(names.get(i), lo[i], hi[i]);
      }
    }
    List<ParameterId> ids = model.ids();
    for (ParameterId f : options.fixed()) {
      if (!ids.contains(f)) {
        throw new IllegalArgumentException(
            "cannot fix '" + f.label() + "': no such parameter (have " + names + ")");
      }
      m.fix(f.label());
    }
    for (ParameterId f : model.heldIds()) {
      m.fix(f.label());
    }
    return m;
  }

  private static double[] clamp(double[] x, double[] lo, double[] hi) {
    double[] c = x.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] = Math.max(lo[i], Math.min(hi[i], c[i]));
    }
    return c;
  }

  /**
   * The positions {Δm²₂₁, sin²θ₁₂} of each distinct pair of entries, in parameter-set order: one
   * pair when shared or one set only, one per set (ν, ν̄ under H1) when free. Sets that read
   * neither (a θ₁₃-only constraint) have no grid of their own.
   */
  static List<int[]> parameterSets(Model model) {
    List<int[]> sets = new ArrayList<>();
    CombinedLikelihood l = model.likelihood();
    for (String g : l.groupLabels()) {
      if (!l.groupReads(g, OscillationParameter.DM21)
          && !l.groupReads(g, OscillationParameter.SIN2_THETA12)) {
        continue;
      }
      int[] pair = {
        l.index(g, OscillationParameter.DM21), l.index(g, OscillationParameter.SIN2_THETA12)
      };
      boolean seen = false;
      for (int[] t : sets) {
        seen |= t[0] == pair[0] && t[1] == pair[1];
      }
      if (!seen) {
        sets.add(pair);
      }
    }
    return sets;
  }

  /** Centres of n equal strata of [lo, hi] on a log scale (a linear one if lo ≤ 0). */
  static double[] logMidpoints(double lo, double hi, int n) {
    if (!(lo > 0)) {
      return midpoints(lo, hi, n);
    }
    double[] v = new double[n];
    double r = Math.log(hi / lo);
    for (int k = 0; k < n; k++) {
      v[k] = lo * Math.exp(r * (k + 0.5) / n);
    }
    return v;
  }

  static double[] midpoints(double lo, double hi, int n) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = lo + (hi - lo) * (k + 0.5) / n;
    }
    return v;
  }

  private static FitResult refine(
      Model model,
      FitOptions options,
      Minuit template,
      FunctionMinimum best,
      List<Double> minima,
      int starts,
      List<ParameterId> minosOnly) {
    double[] v = best.values();
    if (!finite(v) || !(options.hesse() || options.minos())) {
      // Either every start failed and MIGRAD left the parameters undefined, or (toys) nothing
      // beyond MIGRAD's own minimum is wanted: report that minimum as it is.
      return result(model, best, Map.of(), minima, starts);
    }
    Minuit m = template.copy();
    for (int i = 0; i < v.length; i++) {
      m.value(m.names().get(i), v[i]);
    }
    ProgressListener.report(options.minos() ? "HESSE and MINOS at the minimum" : "HESSE");
    FunctionMinimum fm = m.migrad();
    if (options.hesse() && fm.hasValidParameters()) {
      fm = m.hesse();
    }
    Map<String, MinosError> minos = new LinkedHashMap<>();
    if (options.minos() && fm.isValid() && fm.hasCovariance()) {
      List<String> targets =
          minosOnly != null
              ? minosOnly.stream().map(ParameterId::label).toList()
              : oscillationNames(model, m);
      if (!targets.isEmpty()) {
        minos.putAll(m.minos(targets.toArray(new String[0])));
      }
    }
    return result(model, fm, minos, minima, starts);
  }

  /** Free oscillation parameters (and the difference variable) by name, in vector order. */
  private static List<String> oscillationNames(Model model, Minuit m) {
    List<String> names = model.names();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (isOscillation(model, i) && !m.isFixed(names.get(i))) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  private static boolean isOscillation(Model model, int i) {
    return model.likelihood().isOscillationEntry(i);
  }

  private static boolean finite(double[] x) {
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** Builds the result of a minimum of the model (no multi-start bookkeeping beyond the given). */
  static FitResult result(
      Model model,
      FunctionMinimum fm,
      Map<String, MinosError> minos,
      List<Double> minima,
      int starts) {
    CombinedLikelihood l = model.likelihood();
    double[] x = model.toGlobal(fm.values());
    double[][] cx =
        fm.covariance() == null ? null : model.toGlobalCovariance(fm.covariance().toArray());
    int reparametrised =
        model.difference() == null ? -1 : model.index(Sector.NUBAR, model.difference());
    Map<Sector, SectorParameters> sectors = new EnumMap<>(Sector.class);
    Map<Sector, Table1> potentials = new EnumMap<>(Sector.class);
    for (Sector s : Sector.values()) {
      if (!model.hasSector(s)) {
        continue;
      }
      Estimate[] e = new Estimate[OscillationParameter.values().length];
      for (OscillationParameter p : OscillationParameter.values()) {
        int i = model.index(s, p);
        Parameter par = fm.parameters().get(i);
        double error;
        if (par.isFixed()) {
          error = 0;
        } else if (i == reparametrised) {
          error = cx == null ? 0 : Math.sqrt(Math.max(cx[i][i], 0));
        } else {
          error = par.error();
        }
        MinosError me = i == reparametrised ? null : minos.get(par.name());
        Double lower = me != null && me.lowerValid() ? me.lower() : null;
        Double upper = me != null && me.upperValid() ? me.upper() : null;
        e[p.ordinal()] = new Estimate(x[i], error, lower, upper).toPhysical(p);
      }
      Estimate s12 = e[OscillationParameter.SIN2_THETA12.ordinal()];
      sectors.put(
          s,
          new SectorParameters(
              s,
              e[OscillationParameter.DM21.ordinal()],
              s12,
              e[OscillationParameter.SIN2_THETA13.ordinal()],
              SectorParameters.tan2(s12)));
      if (finite(x)) {
        MixingParameters mp = l.sectorParameters(s, x);
        PotentialMatrix a = PotentialMatrix.fromMixing(mp);
        potentials.put(s, Table1.of(s == Sector.NUBAR ? a.conjugate() : a));
      }
    }
    return new FitResult(
        model.description(),
        model.hypothesis().name(),
        fm,
        model.ids(),
        minos,
        x,
        cx,
        sectors,
        potentials,
        l.dataPoints(),
        minima,
        starts);
  }
}
