package org.vfit.fit.paper;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Parameter;
import org.vfit.likelihood.OscillationParameter;

/**
 * The parameters one fit gives one baseline class, in physical units (Δm²₂₁ in eV²).
 *
 * @param baselineClass the class
 * @param estimates value, HESSE error and MINOS errors of each parameter the class constrains
 * @param own for each of them, whether the class has its own copy (freed per class) or reads one
 *     shared with the other classes
 */
public record ClassParameters(
    BaselineClass baselineClass,
    Map<OscillationParameter, Estimate> estimates,
    Map<OscillationParameter, Boolean> own) {

  public ClassParameters {
    estimates = Collections.unmodifiableMap(new EnumMap<>(estimates));
    own = Collections.unmodifiableMap(new EnumMap<>(own));
  }

  /** The estimate of {@code p}, or null when the class does not constrain it. */
  public Estimate get(OscillationParameter p) {
    return estimates.get(p);
  }

  /** Reads the class's parameters from a fit of a model grouped by {@link BaselineClasses}. */
  public static ClassParameters of(Model model, FitResult fit, BaselineClass c) {
    Map<OscillationParameter, Estimate> e = new EnumMap<>(OscillationParameter.class);
    Map<OscillationParameter, Boolean> own = new EnumMap<>(OscillationParameter.class);
    double[] x = fit.globalValues();
    for (OscillationParameter p : c.dependsOn()) {
      int i = model.index(c.label(), p);
      if (i < 0) {
        throw new IllegalArgumentException(
            "the model has no parameter set " + c.label() + " (" + model.description() + ")");
      }
      Parameter par = fit.minimum().parameters().get(i);
      MinosError me = fit.minos().get(par.name());
      e.put(
          p,
          new Estimate(
              p.toPhysical(x[i]),
              par.isFixed() ? 0 : p.toPhysical(par.error()),
              me != null && me.lowerValid() ? p.toPhysical(me.lower()) : null,
              me != null && me.upperValid() ? p.toPhysical(me.upper()) : null));
      own.put(p, model.copies(p) > 1);
    }
    return new ClassParameters(c, e, own);
  }
}
