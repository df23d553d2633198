package org.vfit.fit.minuit;

/**
 * The function to minimise, of the external parameter values (all of them, fixed ones included, in
 * the order of the names given to {@link Minuit}).
 *
 * <p>{@link #errorDef()} is the change of the function that defines one standard deviation: 1 for a
 * χ² or −2 ln L, 0.5 for −ln L (F. James, "Interpretation of the errors on parameters", Minuit
 * documentation). A lambda gets 1; use {@link #withErrorDef} for anything else.
 *
 * <p>Profiles, contours and {@link MultiStart} may call the function from several threads at once
 * when asked to run with more than one thread, so it must then be thread-safe.
 */
@FunctionalInterface
public interface Fcn {

  /** Value of the function at {@code x}; must not modify {@code x}. */
  double value(double[] x);

  /** Function change corresponding to one standard deviation (1 for χ², 0.5 for −ln L). */
  default double errorDef() {
    return 1.0;
  }

  /** The same function with another error definition. */
  static Fcn withErrorDef(Fcn f, double errorDef) {
    if (!(errorDef > 0) || Double.isInfinite(errorDef)) {
      throw new IllegalArgumentException("errorDef must be positive and finite, got " + errorDef);
    }
    return new Fcn() {
      @Override
      public double value(double[] x) {
        return f.value(x);
      }

      @Override
      public double errorDef() {
        return errorDef;
      }
    };
  }

  /** A −ln L: errorDef 0.5. */
  static Fcn negativeLogLikelihood(Fcn f) {
    return withErrorDef(f, 0.5);
  }
}
