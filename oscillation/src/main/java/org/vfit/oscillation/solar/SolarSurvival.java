package org.vfit.oscillation.solar;

import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PhysicalConstants;

/**
 * Electron-neutrino survival in the Sun: adiabatic MSW in the effective two-flavour form, averaged
 * over where each flux component is produced.
 *
 * <p>The approximation (docs/design.md §2; e.g. Fogli et al., PRD 62, 013002 (2000)): ν_e mixes
 * with ν₃ through θ₁₃ only in vacuum, and the (1,2) sector sees the reduced potential c₁₃²V_CC. A
 * neutrino produced where the matter angle is θ_m leaves the Sun as ν₁ with probability c₁₃²[½ + (½
 * − P_c) cos2θ_m], as ν₂ with c₁₃²[½ − (½ − P_c) cos2θ_m], as ν₃ with s₁₃², where cos2θ_m =
 * (cos2θ₁₂ − β)/√((cos2θ₁₂ − β)² + sin²2θ₁₂), β = 2c₁₃²V_CC E/Δm²₂₁. The mass states arrive
 * incoherently, so the day survival is P_ee = Σ_i P_i |U_ei|² = c₁₃⁴P₂ + s₁₃⁴.
 *
 * <p>P_c is the level-crossing probability of the exponential-profile formula (Petcov, PLB 200, 373
 * (1988)), P_c = (e^{−γ sin²θ} − e^{−γ})/(1 − e^{−γ}), γ = π r₀ Δm²/E, with r₀ the local density
 * scale height at the resonance (or R_sun/10.54 when no resonance lies inside the Sun). It vanishes
 * to better than e^{−40} throughout the LMA region and matters only for Δm²₂₁ ≲ 1e-6 eV². The
 * matter effect on θ₁₃ itself (∝ 2VE/Δm²₃₁, ≈ 12 % of s₁₃² for ⁸B at 10 MeV) is left out in the
 * default {@link Approximation#EFFECTIVE_TWO_FLAVOUR} (the standard formula): against the full
 * numerical three-flavour evolution through the B16/BS05 profile (r₀ = 0.05 R_sun, NuFit-6.0 NO) it
 * is high by 1.2e-4, 3.9e-4 and 7.2e-4 in P_ee at 1, 5 and 10 MeV. {@link
 * Approximation#THETA13_IN_MATTER} replaces s₁₃², c₁₃² of the production point by their matter
 * values at the component's mean production density, which removes most of that.
 *
 * <p>Speed: β scales with E/Δm², so each call evaluates cos2θ_m on a fixed set of production
 * densities — the nodes of a Gaussian quadrature for each component's distribution of n_e at
 * production ({@link ProductionQuadrature}), precomputed — one square root and one division per
 * node, no table lookups in the loop.
 */
public final class SolarSurvival {
  /** Which form of the adiabatic solar survival. */
  public enum Approximation {
    /** P_ee = c₁₃⁴P₂(c₁₃²V) + s₁₃⁴ (docs/design.md §2, the standard form). */
    EFFECTIVE_TWO_FLAVOUR,
    /** As above with θ₁₃ → θ₁₃ in matter at the production point (mean production density). */
    THETA13_IN_MATTER
  }

  /**
   * Quadrature nodes per component: 16 Gauss nodes keep the production average within 2e-11 of the
   * full sum over the production table for every component from 0.1 to 20 MeV in the LMA, and
   * within 1e-8 from 1e-8 to 1e-4 eV² where level crossing splits the integrand at the resonance
   * (measured in SolarSurvivalTest; the former 64 equal-weight quantile nodes: 7e-5).
   */
  public static final int DEFAULT_NODES = 16;

  /** Global exponential scale height of the solar n_e, R_sun/10.54 (Bahcall's fit), in km. */
  public static final double GLOBAL_SCALE_HEIGHT_KM = PhysicalConstants.SUN_RADIUS_KM / 10.54;

  private static final double V_PER_DENSITY_EV = PhysicalConstants.MATTER_POTENTIAL_EV_PER_MOL_CM3;
  private static final double K = PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM;

  private final SolarModel model;
  private final Approximation approximation;
  private final double[][] nodeDensity;
  private final double[][] nodeWeight;
  private final double[] meanDensity;
  // Full profile as a descending table of ln n_e with the local scale height there.
  private final double[] profileLnNe;
  private final double[] profileScaleHeightKm;
  // The smallest scale height anywhere a resonance density ≥ 1 mol/cm³ can sit: a lower bound on
  // γ that lets the LMA (P_c < e^{-40}) skip the logarithm and the profile search exactly.
  private final double minScaleHeightAboveUnitDensityKm;

  public SolarSurvival(SolarModel model) {
    this(model, Approximation.EFFECTIVE_TWO_FLAVOUR, DEFAULT_NODES);
  }

  public SolarSurvival(SolarModel model, Approximation approximation) {
    this(model, approximation, DEFAULT_NODES);
  }

  public SolarSurvival(SolarModel model, Approximation approximation, int nodes) {
    if (nodes < 1) {
      throw new IllegalArgumentException("need at least one production node");
    }
    this.model = model;
    this.approximation = approximation;
    SolarFluxComponent[] all = SolarFluxComponent.values();
    nodeDensity = new double[all.length][];
    nodeWeight = new double[all.length][];
    meanDensity = new double[all.length];
    double[] r = model.productionRadius();
    double[] ne = model.productionElectronDensity();
    for (SolarFluxComponent c : all) {
      ProductionQuadrature q = ProductionQuadrature.of(r, ne, model.productionPdf(c), nodes);
      nodeDensity[c.ordinal()] = q.densities();
      nodeWeight[c.ordinal()] = q.weights();
      meanDensity[c.ordinal()] = q.meanDensity();
    }
    double[] pr = model.profileRadius();
    double[] pne = model.profileElectronDensity();
    int n = pr.length;
    profileLnNe = new double[n];
    profileScaleHeightKm = new double[n];
    for (int i = 0; i < n; i++) {
      profileLnNe[i] = Math.log(pne[i]);
    }
    for (int i = 0; i < n; i++) {
      // Central difference over ±5 rows smooths the table's rounding of log n_e.
      int a = Math.max(0, i - 5), b = Math.min(n - 1, i + 5);
      double slope =
          (profileLnNe[b] - profileLnNe[a]) / ((pr[b] - pr[a]) * PhysicalConstants.SUN_RADIUS_KM);
      profileScaleHeightKm[i] = slope < 0 ? -1.0 / slope : GLOBAL_SCALE_HEIGHT_KM;
    }
    double minH = GLOBAL_SCALE_HEIGHT_KM;
    for (int i = 0; i < n; i++) {
      // scaleHeightAt(ln n) returns a row whose ln n_e is ≥ ln n (its search invariant).
      if (profileLnNe[i] >= 0) minH = Math.min(minH, profileScaleHeightKm[i]);
    }
    minScaleHeightAboveUnitDensityKm = minH;
    // Buckets of ln n_e for scaleHeightAt, only on a non-increasing column (see there).
    boolean monotone = true;
    for (int i = 1; i < n; i++) {
      monotone &= profileLnNe[i] <= profileLnNe[i - 1];
    }
    double span = profileLnNe[0] - profileLnNe[n - 1];
    if (monotone && n > 2 && span > 0) {
      bucketLow = new int[SCALE_HEIGHT_BUCKETS];
      bucketHigh = new int[SCALE_HEIGHT_BUCKETS];
      bucketMinHeightKm = new double[SCALE_HEIGHT_BUCKETS];
      bucketsPerUnit = SCALE_HEIGHT_BUCKETS / span;
      for (int b = 0; b < SCALE_HEIGHT_BUCKETS; b++) {
        double below = profileLnNe[n - 1] + b / bucketsPerUnit;
        double above = profileLnNe[n - 1] + (b + 1) / bucketsPerUnit;
        int l = Math.max(0, lastAtLeast(above));
        int h = Math.min(n - 1, Math.max(l + 1, lastAtLeast(below) + 1));
        bucketLow[b] = l;
        bucketHigh[b] = h;
        double m = Double.POSITIVE_INFINITY;
        for (int i = l; i <= h; i++) m = Math.min(m, profileScaleHeightKm[i]);
        bucketMinHeightKm[b] = m;
      }
    } else {
      bucketLow = null;
      bucketHigh = null;
      bucketMinHeightKm = null;
      bucketsPerUnit = 0;
    }
  }

  /** Last row whose ln n_e is ≥ v on the non-increasing column (−1 if none). */
  private int lastAtLeast(double v) {
    int lo = -1, hi = profileLnNe.length;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (profileLnNe[mid] >= v) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A lower bound on {@link #scaleHeightAt}(lnNe): the smallest scale height of the rows its bucket
   * can answer with (0 when there are no buckets or the bracket does not hold).
   */
  double scaleHeightLowerBound(double lnNe) {
    if (bucketLow == null) {
      return 0.0;
    }
    int b = (int) ((lnNe - profileLnNe[profileLnNe.length - 1]) * bucketsPerUnit);
    if (b < 0 || b >= bucketLow.length) {
      return 0.0;
    }
    int l = bucketLow[b], h = bucketHigh[b];
    return profileLnNe[l] >= lnNe && profileLnNe[h] < lnNe ? bucketMinHeightKm[b] : 0.0;
  }

  /** The bisection over the whole column: what {@link #scaleHeightAt} must equal (tests). */
  double scaleHeightAtByFullSearch(double lnNe) {
    int lo = 0, hi = profileLnNe.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (profileLnNe[mid] >= lnNe) lo = mid;
      else hi = mid;
    }
    return profileScaleHeightKm[lo];
  }

  /** ln n_e at the centre and at the surface end of the tabulated profile (tests). */
  double[] lnDensityRange() {
    return new double[] {profileLnNe[0], profileLnNe[profileLnNe.length - 1]};
  }

  /** Buckets of the ln n_e column that bracket scaleHeightAt's search (null: full search). */
  private static final int SCALE_HEIGHT_BUCKETS = 1 << 14;

  private final int[] bucketLow;
  private final int[] bucketHigh;
  private final double[] bucketMinHeightKm;
  private final double bucketsPerUnit;

  public SolarModel model() {
    return model;
  }

  public Approximation approximation() {
    return approximation;
  }

  /**
   * Mass-state fractions at the solar surface, production-averaged: {@code out[i]} = P(ν_e →
   * ν_{i+1}).
   *
   * @param energyMeV neutrino energy, MeV (positive)
   * @param dm21EV2 Δm²₂₁ in eV² (positive)
   * @param dm31EV2 Δm²₃₁ in eV² (used only by {@link Approximation#THETA13_IN_MATTER})
   */
  public void massFractions(
      SolarFluxComponent c,
      double energyMeV,
      double dm21EV2,
      double dm31EV2,
      double theta12,
      double theta13,
      double[] out) {
    massFractions(c, energyMeV, dm21EV2, dm31EV2, new Angles(theta12, theta13), out);
  }

  /**
   * {@link #massFractions} at several energies: {@code out[k]} for {@code energyMeV[k]}. The mixing
   * angles' sines and cosines are taken once for all energies (the same values, so the results
   * equal those of one call per energy); they were a third of the cost of a call.
   */
  public void massFractions(
      SolarFluxComponent c,
      double[] energyMeV,
      double dm21EV2,
      double dm31EV2,
      double theta12,
      double theta13,
      double[][] out) {
    Angles a = new Angles(theta12, theta13);
    for (int k = 0; k < energyMeV.length; k++) {
      massFractions(c, energyMeV[k], dm21EV2, dm31EV2, a, out[k]);
    }
  }

  /** The functions of θ₁₂ and θ₁₃ that {@link #massFractions} needs. */
  private record Angles(
      double s13sq,
      double cos2Theta13,
      double sin2Theta13,
      double cos2,
      double sin2sq,
      double s12sq) {
    Angles(double theta12, double theta13) {
      this(
          squared(Math.sin(theta13)),
          Math.cos(2 * theta13),
          Math.sin(2 * theta13),
          Math.cos(2 * theta12),
          squared(Math.sin(2 * theta12)),
          squared(Math.sin(theta12)));
    }

    private static double squared(double v) {
      return v * v;
    }
  }

  private void massFractions(
      SolarFluxComponent c,
      double energyMeV,
      double dm21EV2,
      double dm31EV2,
      Angles angles,
      double[] out) {
    if (!(energyMeV > 0) || !(dm21EV2 > 0)) {
      throw new IllegalArgumentException(
          "energy and dm21 must be positive, got E=" + energyMeV + " MeV, dm21=" + dm21EV2);
    }
    double s13sq = angles.s13sq();
    if (approximation == Approximation.THETA13_IN_MATTER && dm31EV2 != 0) {
      // sin²θ13 in matter: x13 = 2 V E / Δm²31 at the mean production density.
      double x13 = 2.0 * V_PER_DENSITY_EV * meanDensity[c.ordinal()] * energyMeV * 1.0e6 / dm31EV2;
      double sin2 = angles.sin2Theta13();
      double a = angles.cos2Theta13() - x13;
      s13sq = 0.5 * (1.0 - a / Math.sqrt(a * a + sin2 * sin2));
    }
    double c13sq = 1.0 - s13sq;
    double cos2 = angles.cos2();
    double sin2sq = angles.sin2sq();
    // β per unit n_e: 2 c13² V₁ E / Δm² with V₁ in eV and E in eV.
    double x = 2.0 * c13sq * V_PER_DENSITY_EV * energyMeV * 1.0e6 / dm21EV2;
    double[] nodes = nodeDensity[c.ordinal()];
    double[] weights = nodeWeight[c.ordinal()];
    // Level crossing happens only to neutrinos born above the resonance density (x·n > cos2θ);
    // those born below it start closer to ν₁ than the resonance and evolve adiabatically. Without
    // a resonance (cos2θ ≤ 0, the "dark side") the exponential-profile P_c applies to all.
    double above = 0, below = 0;
    for (int k = 0; k < nodes.length; k++) {
      double a = cos2 - x * nodes[k];
      double c2m = weights[k] * a / Math.sqrt(a * a + sin2sq);
      if (a < 0 || cos2 <= 0) above += c2m;
      else below += c2m;
    }
    double pc = crossingProbabilityAt(energyMeV, dm21EV2, angles.s12sq(), cos2, x);
    double h = (0.5 - pc) * above + 0.5 * below;
    out[0] = c13sq * (0.5 + h);
    out[1] = c13sq * (0.5 - h);
    out[2] = s13sq;
  }

  /** Mass-state fractions for a parameter set (allocates; for convenience paths). */
  public double[] massFractions(SolarFluxComponent c, double energyMeV, MixingParameters p) {
    double[] out = new double[3];
    massFractions(c, energyMeV, p.dm21EV2(), p.dm31EV2(), p.theta12(), p.theta13(), out);
    return out;
  }

  /** Day-time survival P_ee = Σ P_i |U_ei|² (no Earth matter). */
  public double dayProbability(SolarFluxComponent c, double energyMeV, MixingParameters p) {
    double[] f = massFractions(c, energyMeV, p);
    return dayProbability(f, p.theta12(), p.theta13());
  }

  /** Σ P_i |U_ei|² for given mass fractions. */
  public static double dayProbability(double[] fractions, double theta12, double theta13) {
    double c13 = Math.cos(theta13), s13 = Math.sin(theta13);
    double c12 = Math.cos(theta12), s12 = Math.sin(theta12);
    return fractions[0] * c12 * c12 * c13 * c13
        + fractions[1] * s12 * s12 * c13 * c13
        + fractions[2] * s13 * s13;
  }

  /**
   * Level-crossing probability (exponential-profile formula). γ uses the scale height at the
   * resonance density n_res = cos2θ/x if the Sun contains it, else the global scale height.
   */
  double crossingProbability(
      double energyMeV, double dm21EV2, double theta12, double cos2, double x) {
    double s = Math.sin(theta12);
    return crossingProbabilityAt(energyMeV, dm21EV2, s * s, cos2, x);
  }

  /** {@link #crossingProbability} with sin²θ₁₂ given. */
  private double crossingProbabilityAt(
      double energyMeV, double dm21EV2, double s2, double cos2, double x) {
    double edge = Math.min(s2, 1 - s2);
    if (cos2 >= x // a resonance, if inside the Sun, lies at n ≥ 1 mol/cm³
        && Math.PI * minScaleHeightAboveUnitDensityKm * K * dm21EV2 / energyMeV * edge > 40) {
      return 0.0; // γ is at least this large: the test below would return 0 as well
    }
    double r0 = GLOBAL_SCALE_HEIGHT_KM;
    if (cos2 > 0) {
      double lnRes = Math.log(cos2 / x);
      if (lnRes < profileLnNe[0] && lnRes > profileLnNe[profileLnNe.length - 1]) {
        // A lower bound on the scale height that already makes γ·edge > 40 gives the answer
        // below (0) without the search; the floating-point products are monotone in r0.
        double bound = scaleHeightLowerBound(lnRes);
        if (Math.PI * bound * K * dm21EV2 / energyMeV * edge > 40) {
          return 0.0;
        }
        r0 = scaleHeightAt(lnRes);
      }
    }
    double gamma = Math.PI * r0 * K * dm21EV2 / energyMeV;
    if (gamma * edge > 40) {
      return 0.0;
    }
    double eg = Math.exp(-gamma);
    return (Math.exp(-gamma * s2) - eg) / (1 - eg);
  }

  double scaleHeightAt(double lnNe) {
    // profileLnNe descends with radius. Bisection keeps profileLnNe[lo] ≥ lnNe > profileLnNe[hi];
    // the bucket table gives a bracket a few rows wide with the same property, and on a
    // non-increasing column every such bracket ends on the same row, so the answer is unchanged
    // (the full-width search cost a tenth of a toy fit's time).
    int lo = 0, hi = profileLnNe.length - 1;
    if (bucketLow != null) {
      int b = (int) ((lnNe - profileLnNe[hi]) * bucketsPerUnit);
      if (b >= 0 && b < bucketLow.length) {
        int l = bucketLow[b], h = bucketHigh[b];
        if (profileLnNe[l] >= lnNe && profileLnNe[h] < lnNe) {
          lo = l;
          hi = h;
        }
      }
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (profileLnNe[mid] >= lnNe) lo = mid;
      else hi = mid;
    }
    return profileScaleHeightKm[lo];
  }
}
