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
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.paper.Table1;

/**
 * Fits a {@link Model} with Minuit: MIGRAD from many starts, then MIGRAD, HESSE and MINOS at the
 * best minimum. Names, start values, steps and limits come from the model's {@link
 * CombinedLikelihood}.
 *
 * <p>Starts: the model's start (or the caller's), and for each parameter set a grid of Δm²₂₁ values
 * log-spaced over the allowed range times sin²θ₁₂ values across [0, 1]. With separate ν and ν̄ sets
 * (H1) the two grids are walked one after the other — first the ν grid with ν̄ at its start, then
 * the ν̄ grid with ν at the best ν found — rather than as a product: the sectors couple only
 * through shared parameters and nuisances, so this finds each sector's best island at the cost of
 * the sum, not the product, of the grid sizes. The best valid minimum wins (ties: the earlier
 * start); an invalid one is returned only when no start converged, and then says so.
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
   * As {@link #fit(Model, FitOptions, List)}, with MINOS (if on) only for the named parameters, or
   * for every free oscillation parameter when {@code minosOnly} is null.
   */
  static FitResult fit(
      Model model, FitOptions options, List<double[]> starts, List<String> minosOnly) {
    Minuit template = template(model, options);
    List<double[]> base = new ArrayList<>();
    if (starts.isEmpty()) {
      base.add(model.start());
    } else {
      for (double[] s : starts) {
        base.add(model.fromGlobal(s));
      }
    }
    List<FunctionMinimum> all = new ArrayList<>();
    List<double[]> used = new ArrayList<>();
    MultiStart.Result first =
        MultiStart.fromPoints(
            template,
            prescan(model, options, base, withGrid(model, options, template, base, 0)),
            options.threads());
    collect(first, all, used);
    FunctionMinimum best = first.best();
    if (options.multiStart() && model.difference() == null && parameterSets(model).size() > 1) {
      List<double[]> fromBest = List.of(best.values());
      MultiStart.Result second =
          MultiStart.fromPoints(
              template,
              prescan(model, options, fromBest, withGrid(model, options, template, fromBest, 1)),
              options.threads());
      collect(second, all, used);
      if (better(second.best(), best)) {
        best = second.best();
      }
    }
    List<Double> minima =
        new MultiStart.Result(best, all, used)
            .distinctMinima().stream().map(FunctionMinimum::fval).toList();
    return refine(model, options, template, best, minima, all.size(), minosOnly);
  }

  /**
   * With {@link FitOptions#prescanKeep()} = k &gt; 0: the base starts, then the k grid starts of
   * lowest χ² (ties: grid order). χ² at the starts is evaluated in parallel; the choice depends
   * only on the values, so it is the same for any thread count.
   */
  static List<double[]> prescan(
      Model model, FitOptions options, List<double[]> base, List<double[]> starts) {
    int k = options.prescanKeep();
    if (k <= 0 || starts.size() - base.size() <= k) {
      ProgressListener.report("MIGRAD from " + starts.size() + " starts");
      return starts;
    }
    ProgressListener.report("chi2 at " + (starts.size() - base.size()) + " grid starts");
    List<double[]> grid = starts.subList(base.size(), starts.size());
    double[] chi2 = new double[grid.size()];
    java.util.stream.IntStream.range(0, grid.size())
        .parallel()
        .forEach(
            i -> {
              double v = model.value(grid.get(i));
              chi2[i] = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
            });
    Integer[] order = new Integer[grid.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (a, b) -> chi2[a] != chi2[b] ? Double.compare(chi2[a], chi2[b]) : Integer.compare(a, b));
    List<double[]> out = new ArrayList<>(base);
    for (int i = 0; i < k; i++) {
      out.add(grid.get(order[i]));
    }
    ProgressListener.report("MIGRAD from " + out.size() + " starts");
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
    for (String f : options.fixed()) {
      if (!names.contains(f)) {
        throw new IllegalArgumentException(
            "cannot fix '" + f + "': no such parameter (have " + names + ")");
      }
      m.fix(f);
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

  /** The sectors with their own (Δm²₂₁, sin²θ₁₂): one entry when shared or one sector only. */
  static List<Sector> parameterSets(Model model) {
    List<Sector> sets = new ArrayList<>();
    for (Sector s : Sector.values()) {
      if (!model.hasSector(s)) {
        continue;
      }
      boolean seen = false;
      for (Sector t : sets) {
        seen |=
            model.index(t, OscillationParameter.DM21) == model.index(s, OscillationParameter.DM21)
                && model.index(t, OscillationParameter.SIN2_THETA12)
                    == model.index(s, OscillationParameter.SIN2_THETA12);
      }
      if (!seen) {
        sets.add(s);
      }
    }
    return sets;
  }

  /**
   * The base starts, followed (with multi-start) by the grid of parameter set {@code set} around
   * each.
   */
  private static List<double[]> withGrid(
      Model model, FitOptions options, Minuit template, List<double[]> base, int set) {
    List<double[]> out = new ArrayList<>(base);
    List<Sector> sets = parameterSets(model);
    if (!options.multiStart() || model.difference() != null || set >= sets.size()) {
      return out;
    }
    Sector s = sets.get(set);
    int dm = model.index(s, OscillationParameter.DM21);
    int th = model.index(s, OscillationParameter.SIN2_THETA12);
    double[] lo = model.lower();
    double[] hi = model.upper();
    double[] dms =
        template.isFixed(template.names().get(dm))
            ? new double[] {Double.NaN}
            : logMidpoints(lo[dm], hi[dm], options.dm21Starts());
    double[] ths =
        template.isFixed(template.names().get(th))
            ? new double[] {Double.NaN}
            : midpoints(lo[th], hi[th], options.theta12Starts());
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
          out.add(p);
        }
      }
    }
    return out;
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
      List<String> minosOnly) {
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
      List<String> targets = minosOnly != null ? minosOnly : oscillationNames(model, m);
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
    for (Sector s : Sector.values()) {
      for (OscillationParameter p : OscillationParameter.values()) {
        if (model.index(s, p) == i) {
          return true;
        }
      }
    }
    return false;
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
        e[p.ordinal()] = new Estimate(x[i], error, lower, upper).scaled(p.unit());
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
