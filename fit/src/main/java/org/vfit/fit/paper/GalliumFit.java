package org.vfit.fit.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vfit.fit.minuit.Fcn;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Minuit;
import org.vfit.fit.minuit.MultiStart;
import org.vfit.fit.tests.Significance;
import org.vfit.likelihood.gallium.GalliumChi2;
import org.vfit.likelihood.gallium.GalliumModel;
import org.vfit.likelihood.gallium.SourceMeasurement;

/**
 * Fits the readings of the gallium source experiments ({@link GalliumModel}) with Minuit: MIGRAD
 * from a grid of starts spread over each parameter's range (the sterile model's Δm² spans four
 * decades, with local minima at the oscillation minima of each geometry), then HESSE and MINOS.
 */
public final class GalliumFit {

  private GalliumFit() {}

  /** Starts per parameter of the multi-start grid. */
  private static final int STARTS = 7;

  /**
   * One model's best fit.
   *
   * @param model the reading
   * @param values best-fit parameters
   * @param errors HESSE errors
   * @param minosLower MINOS lower errors (null where not found)
   * @param minosUpper MINOS upper errors (null where not found)
   * @param chi2 χ²_min
   * @param dof experiments − parameters
   * @param pValue goodness-of-fit p-value P(χ²(dof) ≥ χ²_min)
   * @param predictions R predicted for each experiment at the best fit
   * @param pulls (R − R_model)/σ of each experiment
   * @param valid the minimum is valid (always true without parameters)
   * @param problems why it is not, and parameters at a limit
   */
  public record ModelFit(
      GalliumModel model,
      double[] values,
      double[] errors,
      Double[] minosLower,
      Double[] minosUpper,
      double chi2,
      int dof,
      double pValue,
      double[] predictions,
      double[] pulls,
      boolean valid,
      List<String> problems) {
    public ModelFit {
      values = values.clone();
      errors = errors.clone();
      minosLower = minosLower.clone();
      minosUpper = minosUpper.clone();
      predictions = predictions.clone();
      pulls = pulls.clone();
      problems = List.copyOf(problems);
    }
  }

  /** Every model fitted to the same data, in the given order. */
  public static List<ModelFit> fitAll(GalliumChi2 chi2, List<GalliumModel> models) {
    List<ModelFit> out = new ArrayList<>();
    for (GalliumModel m : models) {
      out.add(fit(chi2, m));
    }
    return out;
  }

  /** The best fit of one model. */
  public static ModelFit fit(GalliumChi2 chi2, GalliumModel model) {
    int n = model.parameters().size();
    List<SourceMeasurement> data = chi2.data();
    if (n == 0) {
      return result(
          chi2, model, new double[0], new double[0], new Double[0], new Double[0], true, List.of());
    }
    double[] lo = model.lower();
    double[] hi = model.upper();
    Fcn f = p -> chi2.value(model, p);
    String[] names = model.parameters().toArray(new String[0]);
    double[] start = new double[n];
    double[] steps = new double[n];
    for (int i = 0; i < n; i++) {
      start[i] = 0.5 * (lo[i] + hi[i]);
      steps[i] = 0.05 * (hi[i] - lo[i]);
    }
    Minuit template = new Minuit(f, names, start, steps).tolerance(0.01);
    for (int i = 0; i < n; i++) {
      template.limits(names[i], lo[i], hi[i]);
    }
    List<double[]> starts = new ArrayList<>();
    int total = (int) Math.pow(STARTS, n);
    for (int k = 0; k < total; k++) {
      double[] s = new double[n];
      int rest = k;
      for (int i = 0; i < n; i++) {
        int j = rest % STARTS;
        rest /= STARTS;
        s[i] = lo[i] + (hi[i] - lo[i]) * (j + 0.5) / STARTS;
      }
      starts.add(s);
    }
    MultiStart.Result ms = MultiStart.fromPoints(template, starts, 1);
    Minuit m = template.copy();
    for (int i = 0; i < n; i++) {
      m.value(names[i], ms.best().values()[i]);
    }
    FunctionMinimum fm = m.migrad();
    if (fm.hasValidParameters()) {
      fm = m.hesse();
    }
    Double[] lower = new Double[n];
    Double[] upper = new Double[n];
    List<String> problems = new ArrayList<>();
    if (fm.isValid()) {
      Map<String, MinosError> me = m.minos();
      for (int i = 0; i < n; i++) {
        MinosError e = me.get(names[i]);
        lower[i] = e.lowerValid() ? e.lower() : null;
        upper[i] = e.upperValid() ? e.upper() : null;
        if (e.lowerNewMinimum() || e.upperNewMinimum()) {
          problems.add("MINOS on " + names[i] + " found a lower minimum");
        }
      }
    } else {
      problems.add("the fit did not converge to a valid minimum");
    }
    for (var p : fm.parameters()) {
      if (p.isAtLimit()) {
        problems.add(p.name() + " at its limit");
      }
    }
    boolean valid = fm.isValid() && problems.stream().noneMatch(s -> s.startsWith("MINOS"));
    return result(chi2, model, fm.values(), fm.errors(), lower, upper, valid, problems);
  }

  private static ModelFit result(
      GalliumChi2 chi2,
      GalliumModel model,
      double[] values,
      double[] errors,
      Double[] lower,
      Double[] upper,
      boolean valid,
      List<String> problems) {
    List<SourceMeasurement> data = chi2.data();
    double[] pred = new double[data.size()];
    double[] pull = new double[data.size()];
    for (int i = 0; i < pred.length; i++) {
      pred[i] = model.predict(values, data.get(i));
      pull[i] = GalliumChi2.residual(model, values, data.get(i));
    }
    double c = chi2.value(model, values);
    int dof = data.size() - values.length;
    return new ModelFit(
        model,
        values,
        errors,
        lower,
        upper,
        c,
        dof,
        Significance.pValue(c, dof),
        pred,
        pull,
        valid,
        problems);
  }
}
