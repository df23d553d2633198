package org.vfit.likelihood;

/**
 * A nuisance parameter owned by one likelihood term.
 *
 * @param name unique within its term (the combination prefixes the term's name)
 * @param start starting value (also the central value of its prior when it has one)
 * @param step initial step for the minimiser
 * @param lower lower limit (−∞ for none)
 * @param upper upper limit (+∞ for none)
 * @param description what it is, with units
 */
public record NuisanceParameter(
    String name, double start, double step, double lower, double upper, String description) {
  public NuisanceParameter {
    if (!(step > 0)) {
      throw new IllegalArgumentException("nuisance parameter " + name + ": step must be positive");
    }
    if (!(lower < upper) || start < lower || start > upper) {
      throw new IllegalArgumentException(
          "nuisance parameter " + name + ": need lower < upper and the start inside");
    }
  }

  /** An unbounded nuisance parameter. */
  public static NuisanceParameter free(String name, double start, double step, String description) {
    return new NuisanceParameter(
        name, start, step, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
  }
}
