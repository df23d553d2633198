package org.vfit.fit.minuit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimiser's façade, shaped like iminuit's {@code Minuit}: configure parameters (values,
 * steps, limits, fixed), then call the verbs {@link #migrad()}, {@link #hesse()}, {@link
 * #minos(String...)}, {@link #profile}, {@link #contour}. Each verb returns an immutable result and
 * updates the current values and errors, so the next verb starts where the last ended.
 *
 * <p>Not thread-safe; {@link #profile} and {@link #contour} use their own threads internally.
 */
public final class Minuit {

  private final Fcn fcn;
  private final List<String> names;
  private final double[] values;
  private final double[] errors;
  private final Limits[] limits;
  private final boolean[] fixed;
  private Strategy strategy = Strategy.of(1);
  private double tolerance = 0.1;
  private long maxCalls;
  private FunctionMinimum fmin;

  /**
   * Internal coordinates of the last result and the external values they map to. Re-deriving
   * internal values from external ones moves a parameter sitting on a limit slightly inside (see
   * {@link ParameterTransform#toInternal}), which would shift HESSE away from the minimum; so as
   * long as the user has not changed values or configuration, the exact point is reused.
   */
  private double[] lastInternal;

  private double[] lastExternal;
  private final Map<String, MinosError> minosErrors = new LinkedHashMap<>();

  /**
   * Parameters with the given start values and default initial steps: 1% of the value, or 0.1 for a
   * zero value (iminuit's default, so that call counts compare like for like).
   */
  public Minuit(Fcn fcn, String[] names, double[] start) {
    this(fcn, names, start, defaultSteps(start));
  }

  /**
   * @param steps initial step sizes, a rough guess of each parameter's error (external units)
   */
  public Minuit(Fcn fcn, String[] names, double[] start, double[] steps) {
    if (names.length != start.length || names.length != steps.length) {
      throw new IllegalArgumentException(
          "names, start values and steps differ in length: "
              + names.length
              + ", "
              + start.length
              + ", "
              + steps.length);
    }
    if (names.length != Arrays.stream(names).distinct().count()) {
      throw new IllegalArgumentException(
          "parameter names must be unique: " + Arrays.toString(names));
    }
    for (int i = 0; i < start.length; i++) {
      if (!Double.isFinite(start[i])) {
        throw new IllegalArgumentException(
            "start value of '" + names[i] + "' must be finite, got " + start[i]);
      }
    }
    this.fcn = fcn;
    this.names = List.of(names);
    this.values = start.clone();
    this.errors = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      if (!(steps[i] != 0) || !Double.isFinite(steps[i])) {
        throw new IllegalArgumentException(
            "step of '" + names[i] + "' must be finite and non-zero, got " + steps[i]);
      }
      errors[i] = Math.abs(steps[i]);
    }
    this.limits = new Limits[names.length];
    Arrays.fill(limits, Limits.NONE);
    this.fixed = new boolean[names.length];
  }

  private static double[] defaultSteps(double[] start) {
    double[] s = new double[start.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = start[i] != 0 ? 0.01 * Math.abs(start[i]) : 0.1;
    }
    return s;
  }

  /**
   * An independent copy with the same function, configuration and current values and errors,
   * without results. Used to run fits from other starting points.
   */
  public Minuit copy() {
    Minuit m = new Minuit(fcn, names.toArray(new String[0]), values, errors);
    System.arraycopy(limits, 0, m.limits, 0, limits.length);
    System.arraycopy(fixed, 0, m.fixed, 0, fixed.length);
    m.strategy = strategy;
    m.tolerance = tolerance;
    m.maxCalls = maxCalls;
    return m;
  }

  // ---- configuration -------------------------------------------------------------------------

  /** Limits a parameter to [lo, hi]; either may be infinite. */
  public Minuit limits(String name, double lo, double hi) {
    limits[index(name)] = new Limits(lo, hi);
    lastInternal = null;
    return this;
  }

  public Minuit fix(String name) {
    fixed[index(name)] = true;
    lastInternal = null;
    return this;
  }

  public Minuit release(String name) {
    fixed[index(name)] = false;
    lastInternal = null;
    return this;
  }

  /** Sets a parameter's current (start) value. */
  public Minuit value(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("value of '" + name + "' must be finite, got " + v);
    }
    values[index(name)] = v;
    lastInternal = null;
    return this;
  }

  /** Sets a parameter's current error, used as the initial step of the next MIGRAD. */
  public Minuit error(String name, double e) {
    if (!(e > 0) || !Double.isFinite(e)) {
      throw new IllegalArgumentException(
          "error of '" + name + "' must be positive and finite, got " + e);
    }
    errors[index(name)] = e;
    return this;
  }

  public Minuit strategy(int level) {
    strategy = Strategy.of(level);
    return this;
  }

  /** EDM goal = 0.002 · tolerance · errorDef (Minuit2 convention; default tolerance 0.1). */
  public Minuit tolerance(double t) {
    if (!(t > 0) || !Double.isFinite(t)) {
      throw new IllegalArgumentException("tolerance must be positive and finite, got " + t);
    }
    tolerance = t;
    return this;
  }

  /**
   * Call budget for MIGRAD and HESSE; 0 means Minuit's default 200 + 100n + 5n² (n free
   * parameters).
   */
  public Minuit maxCalls(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("maxCalls must be ≥ 0, got " + n);
    }
    maxCalls = n;
    return this;
  }

  // ---- state ---------------------------------------------------------------------------------

  public List<String> names() {
    return names;
  }

  public double[] values() {
    return values.clone();
  }

  public double[] errors() {
    return errors.clone();
  }

  public double value(String name) {
    return values[index(name)];
  }

  public double error(String name) {
    return errors[index(name)];
  }

  public boolean isFixed(String name) {
    return fixed[index(name)];
  }

  public Limits limits(String name) {
    return limits[index(name)];
  }

  public double errorDef() {
    return fcn.errorDef();
  }

  public double edmGoal() {
    return 0.002 * tolerance * fcn.errorDef();
  }

  /** The last result of {@link #migrad()} or {@link #hesse()}, or null. */
  public FunctionMinimum fmin() {
    return fmin;
  }

  /** MINOS errors found so far, by parameter name. */
  public Map<String, MinosError> minosErrors() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(minosErrors));
  }

  public NamedMatrix covariance() {
    return fmin == null ? null : fmin.covariance();
  }

  /** Boxed text summary of the last result, like iminuit's text representation. */
  public String summary() {
    if (fmin == null) {
      throw new IllegalStateException("nothing to summarise: call migrad() or hesse() first");
    }
    return Summary.format(fmin, minosErrors);
  }

  private int freeCount() {
    int n = 0;
    for (boolean f : fixed) {
      if (!f) {
        n++;
      }
    }
    return n;
  }

  /** The call budget of one MIGRAD (or of one conditional fit in MINOS and the scans). */
  private long budget() {
    int n = freeCount();
    return maxCalls > 0 ? maxCalls : 200L + 100L * n + 5L * n * n;
  }

  // ---- verbs ---------------------------------------------------------------------------------

  /** Runs MIGRAD from the current values; returns and stores the result. */
  public FunctionMinimum migrad() {
    InternalFcn f = internalFcn();
    double[] p = internalStart(f);
    double[] steps = internalSteps(f);
    MinimumState st =
        f.dimension() == 0
            ? noFreeParameters(f)
            : Migrad.minimize(f, p, steps, strategy, edmGoal(), budget());
    return store(f, st, "Migrad");
  }

  /**
   * Runs HESSE at the current values: full numerical second-derivative matrix, inverted to the
   * covariance. Adds its calls to those of the preceding MIGRAD, as iminuit does.
   */
  public FunctionMinimum hesse() {
    InternalFcn f = internalFcn();
    double[] p = internalStart(f);
    int n = f.dimension();
    double up = f.errorDef();
    if (n == 0) {
      return store(f, noFreeParameters(f), "Hesse");
    }
    double fx = f.value(p);
    double aimsag = Math.sqrt(Precision.EPS2) * (Math.abs(fx) + up);
    double[] internalErrors = internalSteps(f);
    double[] d = new double[n];
    for (int k = 0; k < n; k++) {
      // The step that gives the target sag if the current error is right (sag = up·d²/σ²).
      d[k] = internalErrors[k] * Math.sqrt(aimsag / up);
    }
    Gradient seed = Gradient.initial(f, p, internalErrors);
    HesseCalculator.Result h = HesseCalculator.compute(f, p, fx, d, seed, strategy);
    long previousCalls = fmin != null ? fmin.nfcn() : 0;
    MinimumState st;
    if (h.failed()) {
      st =
          new MinimumState(
              p,
              fx,
              Matrices.diagonal(squares(internalErrors, 0.5 / up)),
              h.gradient(),
              Double.NaN,
              f.calls(),
              Double.isFinite(fx),
              false,
              false,
              true,
              false,
              1.0,
              true,
              false);
    } else {
      double edm = MinimumState.edm(h.gradient(), h.inverse());
      st =
          new MinimumState(
              p,
              fx,
              h.inverse(),
              h.gradient(),
              edm,
              f.calls(),
              Double.isFinite(fx),
              true,
              true,
              false,
              h.madePosDef(),
              0.0,
              edm > 10 * edmGoal(),
              false);
    }
    String algorithm = fmin != null ? fmin.algorithm() : "Hesse";
    FunctionMinimum r = toFunctionMinimum(f, st, algorithm, previousCalls + st.calls());
    commit(r, st.x());
    return r;
  }

  /**
   * Runs MINOS for the named parameters (all free ones if none named). Needs a valid minimum; calls
   * {@link #migrad()} first if there is none.
   */
  public Map<String, MinosError> minos(String... which) {
    requireValidMinimum();
    List<String> targets = which.length > 0 ? List.of(which) : freeNames();
    double[][] cov = fmin.covariance().toArray();
    Limits[] lim = limits.clone();
    double goal = crossingGoal();
    long perFit = budget();
    ConditionalFit cf = new ConditionalFit(fcn, lim, fixed, errors, strategy, goal, perFit);
    Minos minos = new Minos(cf, fmin.fval(), fcn.errorDef(), values, cov, lim, 20 * perFit);
    Map<String, MinosError> out = new LinkedHashMap<>();
    for (String name : targets) {
      int i = index(name);
      if (fixed[i]) {
        throw new IllegalArgumentException("cannot run MINOS on fixed parameter '" + name + "'");
      }
      MinosError e = minos.errors(name, i, errors[i]);
      out.put(name, e);
      minosErrors.put(name, e);
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@link #profile(String, double[], int)} on one thread. */
  public Profile profile(String name, double[] grid) {
    return profile(name, grid, 1);
  }

  /**
   * Profile of F in one parameter: at each grid value the other free parameters are re-minimised.
   * Needs a valid minimum (Δ values are relative to its fval). Results do not depend on {@code
   * threads}.
   */
  public Profile profile(String name, double[] grid, int threads) {
    requireValidMinimum();
    int i = index(name);
    return scans().profile(name, fmin.fval(), i, grid, threads);
  }

  /**
   * F on a 2-D grid of two parameters, the others re-minimised at each point, computed on {@code
   * threads} threads with results that do not depend on the thread count.
   */
  public Contour contour(String xName, String yName, double[] xGrid, double[] yGrid, int threads) {
    requireValidMinimum();
    int ix = index(xName);
    int iy = index(yName);
    if (ix == iy) {
      throw new IllegalArgumentException(
          "contour needs two different parameters, got '" + xName + "' twice");
    }
    return scans().contour(xName, yName, fmin.fval(), ix, iy, xGrid, yGrid, threads);
  }

  /**
   * Points of the curve where the profile of F in two parameters rises by {@code delta} (e.g. 2.30
   * × errorDef for a 68% region in two parameters), along {@code points} rays from the minimum,
   * like Minuit's MNCONTOUR. Results do not depend on {@code threads}.
   */
  public ContourLine contourLine(
      String xName, String yName, double delta, int points, int threads) {
    requireValidMinimum();
    int ix = index(xName);
    int iy = index(yName);
    if (ix == iy || fixed[ix] || fixed[iy]) {
      throw new IllegalArgumentException(
          "contour line needs two different free parameters, got '"
              + xName
              + "' and '"
              + yName
              + "'");
    }
    if (!(delta > 0) || points < 3) {
      throw new IllegalArgumentException(
          "need delta > 0 and at least 3 points, got " + delta + ", " + points);
    }
    long perFit = budget();
    return scans(crossingGoal())
        .line(
            xName, yName, fmin.fval(), fcn.errorDef(), ix, iy, delta, points, threads, 20 * perFit);
  }

  // ---- internals -----------------------------------------------------------------------------

  private Scans scans() {
    return scans(edmGoal());
  }

  /**
   * EDM goal for conditional fits that must locate a crossing of fmin + errorDef: a small fraction
   * of errorDef (0.002·0.001·up), or the crossing would be blurred by the fits' own EDM.
   */
  private double crossingGoal() {
    return Math.min(edmGoal(), 0.002 * 1e-3 * fcn.errorDef());
  }

  private Scans scans(double goal) {
    long perFit = budget();
    ConditionalFit cf = new ConditionalFit(fcn, limits, fixed, errors, strategy, goal, perFit);
    return new Scans(cf, values, fmin.covariance().toArray(), limits);
  }

  private void requireValidMinimum() {
    if (fmin == null) {
      migrad();
    }
    if (!fmin.isValid() || !fmin.hasCovariance()) {
      throw new IllegalStateException(
          "function minimum is not valid; fix the fit before error analysis: "
              + Summary.statusLine(fmin));
    }
  }

  private List<String> freeNames() {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!fixed[i]) {
        r.add(names.get(i));
      }
    }
    return r;
  }

  private InternalFcn internalFcn() {
    return new InternalFcn(fcn, clampedValues(), limits, fixed);
  }

  /** Internal start point: the exact last one if nothing changed since, else from the values. */
  private double[] internalStart(InternalFcn f) {
    if (lastInternal != null
        && lastInternal.length == f.dimension()
        && Arrays.equals(lastExternal, values)) {
      return lastInternal.clone();
    }
    return f.toInternal(clampedValues());
  }

  private double[] clampedValues() {
    double[] x = values.clone();
    for (int i = 0; i < x.length; i++) {
      x[i] = limits[i].clamp(x[i]);
    }
    return x;
  }

  private double[] internalSteps(InternalFcn f) {
    double[] s = new double[f.dimension()];
    double[] x = clampedValues();
    for (int k = 0; k < s.length; k++) {
      int i = f.externalIndex(k);
      s[k] = f.transform(k).internalStep(x[i], errors[i]);
    }
    return s;
  }

  private static double[] squares(double[] a, double factor) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] * a[i] * factor;
    }
    return r;
  }

  private MinimumState noFreeParameters(InternalFcn f) {
    double v = f.value(new double[0]);
    return new MinimumState(
        new double[0],
        v,
        new double[0][0],
        new Gradient(new double[0], new double[0], new double[0]),
        0.0,
        f.calls(),
        Double.isFinite(v),
        true,
        true,
        false,
        false,
        0.0,
        false,
        false);
  }

  private FunctionMinimum store(InternalFcn f, MinimumState st, String algorithm) {
    FunctionMinimum r = toFunctionMinimum(f, st, algorithm, st.calls());
    minosErrors.clear();
    commit(r, st.x());
    return r;
  }

  private void commit(FunctionMinimum r, double[] internal) {
    fmin = r;
    for (int i = 0; i < names.size(); i++) {
      Parameter p = r.parameters().get(i);
      values[i] = p.value();
      if (p.error() > 0 && Double.isFinite(p.error())) {
        errors[i] = p.error();
      }
    }
    lastInternal = internal.clone();
    lastExternal = values.clone();
  }

  /**
   * Maps an internal state to external values, errors and covariance. The covariance is
   * 2·errorDef·V (V = H⁻¹ of F, so that for a χ² it is the usual inverse of ½∂²χ²) transformed with
   * the Jacobian of the limit transforms; the errors use the image-span rule of {@link
   * ParameterTransform#externalError}, which differs from √(diagonal) only near a limit.
   */
  private FunctionMinimum toFunctionMinimum(
      InternalFcn f, MinimumState st, String algorithm, long nfcn) {
    int n = names.size();
    double up = f.errorDef();
    double[] ext = f.toExternal(st.x());
    double[][] cov = new double[n][n];
    double[] err = errors.clone();
    boolean[] atLimit = new boolean[n];
    double[][] v = st.errorMatrix();
    int m = f.dimension();
    double[] jac = new double[m];
    for (int k = 0; k < m; k++) {
      jac[k] = f.transform(k).derivative(st.x()[k]);
    }
    for (int a = 0; a < m; a++) {
      int i = f.externalIndex(a);
      double sigma = st.hasCovariance() ? Math.sqrt(2.0 * up * Math.max(v[a][a], 0.0)) : 0.0;
      if (st.hasCovariance()) {
        err[i] = f.transform(a).externalError(st.x()[a], sigma);
        for (int b = 0; b < m; b++) {
          cov[i][f.externalIndex(b)] = 2.0 * up * jac[a] * v[a][b] * jac[b];
        }
      }
      atLimit[i] = f.transform(a).isAtLimit(st.x()[a], sigma);
    }
    List<Parameter> params = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      params.add(new Parameter(names.get(i), ext[i], err[i], fixed[i], limits[i], atLimit[i]));
    }
    boolean posDef = st.hasCovariance() && !st.madePosDef() && Matrices.isPositiveDefinite(v);
    return new FunctionMinimum(
        algorithm,
        st.fval(),
        st.edm(),
        edmGoal(),
        up,
        nfcn,
        st.validParameters(),
        st.hasCovariance(),
        st.accurateCovariance(),
        posDef,
        st.madePosDef(),
        st.hesseFailed(),
        st.aboveMaxEdm(),
        st.reachedCallLimit(),
        params,
        st.hasCovariance() ? new NamedMatrix(names, cov) : null);
  }

  private int index(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no parameter named '" + name + "' (have " + names + ")");
    }
    return i;
  }
}
