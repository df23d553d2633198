package org.vfit.fit.minuit;

/**
 * The user's function seen in internal coordinates: only the free parameters, each through its
 * {@link ParameterTransform}. Counts calls. One instance belongs to one minimisation and one
 * thread.
 */
final class InternalFcn {

  private final Fcn fcn;
  private final double[] external;
  private final int[] freeIndex;
  private final ParameterTransform[] transforms;
  private long calls;

  /**
   * @param fcn the user's function
   * @param externalValues all external values; the fixed ones are taken from here
   * @param limits limits of every parameter
   * @param fixed which parameters are fixed
   */
  InternalFcn(Fcn fcn, double[] externalValues, Limits[] limits, boolean[] fixed) {
    this.fcn = fcn;
    this.external = externalValues.clone();
    int n = 0;
    for (boolean f : fixed) {
      if (!f) {
        n++;
      }
    }
    freeIndex = new int[n];
    transforms = new ParameterTransform[n];
    for (int i = 0, k = 0; i < fixed.length; i++) {
      if (!fixed[i]) {
        freeIndex[k] = i;
        transforms[k] = ParameterTransform.of(limits[i]);
        k++;
      }
    }
  }

  int dimension() {
    return freeIndex.length;
  }

  int externalIndex(int k) {
    return freeIndex[k];
  }

  ParameterTransform transform(int k) {
    return transforms[k];
  }

  double errorDef() {
    return fcn.errorDef();
  }

  long calls() {
    return calls;
  }

  double value(double[] internal) {
    calls++;
    return fcn.value(toExternal(internal));
  }

  double[] toExternal(double[] internal) {
    double[] x = external.clone();
    for (int k = 0; k < freeIndex.length; k++) {
      x[freeIndex[k]] = transforms[k].toExternal(internal[k]);
    }
    return x;
  }

  double[] toInternal(double[] externalValues) {
    double[] p = new double[freeIndex.length];
    for (int k = 0; k < freeIndex.length; k++) {
      p[k] = transforms[k].toInternal(externalValues[freeIndex[k]]);
    }
    return p;
  }
}
