package org.vfit.likelihood.gallium;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.likelihood.xsec.GaussLegendre;

/**
 * A target around a point source, described by the distance L from the source: the fraction f(L) of
 * the sphere of radius L that lies inside the target. Then the volume is ∫ f 4πL² dL, the volume
 * average of 1/L² is ∫ f 4π dL / V, and — since a volume element captures in proportion to its flux
 * ∝ dV/L² = 4π f dL — the capture-weighted average of any f(L)-dependent quantity g is ∫ f g dL / ∫
 * f dL. This reduces every geometry to one-dimensional integrals.
 *
 * <p>For a cylinder of radius R and height H with the source on its axis at height z₀, a point of
 * the sphere at polar angle θ (u = cos θ) is inside when L·sin θ ≤ R and 0 ≤ z₀ + L·u ≤ H, so f(L)
 * = ½·|{u ∈ [−1, 1] : −z₀/L ≤ u ≤ (H − z₀)/L and (L ≤ R or |u| ≥ √(1 − R²/L²))}|, exactly; a sphere
 * of radius R around the source has f = 1 for L ≤ R. An excluded sphere around the source (BEST's
 * inner zone seen from the outer) sets f = 0 below its radius.
 */
public final class SourceGeometry {

  /** Gauss–Legendre order per integration piece: f is smooth between its kinks. */
  private static final int ORDER = 24;

  private final SourceExperiments.Geometry g;
  private final double[] breaks;

  public SourceGeometry(SourceExperiments.Geometry g) {
    this.g = g;
    double r = g.radiusCm();
    double[] b;
    if (g.shape().equals("sphere")) {
      b = new double[] {g.excludedRadiusCm(), r};
    } else {
      double lo = g.sourceHeightCm();
      double hi = g.heightCm() - g.sourceHeightCm();
      b =
          new double[] {
            g.excludedRadiusCm(), r, lo, hi, Math.hypot(r, lo), Math.hypot(r, hi),
          };
    }
    double lMax = maxDistanceCm();
    this.breaks =
        Arrays.stream(b)
            .map(x -> Math.max(g.excludedRadiusCm(), Math.min(lMax, x)))
            .sorted()
            .distinct()
            .toArray();
  }

  public SourceExperiments.Geometry geometry() {
    return g;
  }

  /** The farthest target point from the source, cm. */
  public double maxDistanceCm() {
    if (g.shape().equals("sphere")) {
      return g.radiusCm();
    }
    double far = Math.max(g.sourceHeightCm(), g.heightCm() - g.sourceHeightCm());
    return Math.hypot(g.radiusCm(), far);
  }

  /** f(L): the fraction of the sphere of radius L around the source inside the target. */
  public double shellFraction(double lCm) {
    if (lCm < g.excludedRadiusCm() || lCm <= 0) {
      return 0;
    }
    if (g.shape().equals("sphere")) {
      return lCm <= g.radiusCm() ? 1 : 0;
    }
    double uLo = Math.max(-1, -g.sourceHeightCm() / lCm);
    double uHi = Math.min(1, (g.heightCm() - g.sourceHeightCm()) / lCm);
    if (uHi <= uLo) {
      return 0;
    }
    if (lCm <= g.radiusCm()) {
      return 0.5 * (uHi - uLo);
    }
    // Only the polar caps |u| ≥ c lie within the radius.
    double c = Math.sqrt(1 - (g.radiusCm() / lCm) * (g.radiusCm() / lCm));
    double len = Math.max(0, Math.min(uHi, -c) - uLo) + Math.max(0, uHi - Math.max(uLo, c));
    return 0.5 * len;
  }

  /**
   * ∫ f(L) w(L) dL over the target, by Gauss–Legendre on each smooth piece, each piece cut into
   * {@code pieces} equal parts (more where w oscillates).
   */
  double integrate(DoubleUnaryOperator w, double cyclesPerCm) {
    double[][] gl = GaussLegendre.nodes(ORDER);
    double sum = 0;
    for (int k = 0; k + 1 < breaks.length; k++) {
      double a = breaks[k];
      double b = breaks[k + 1];
      // Just beyond the cylinder's radius f rises like √(L − R) (the caps open up): L = a + (b −
      // a)s² makes the integrand smooth in s there; elsewhere f is smooth and L is used as is.
      boolean root = g.shape().equals("cylinder") && a == g.radiusCm();
      // At least one part per half-cycle of w (two with the s² map, which stretches the far end
      // twofold), so the rule sees every oscillation.
      int parts = (int) Math.max(1, Math.ceil((root ? 4 : 2) * cyclesPerCm * (b - a)));
      double h = 1.0 / parts;
      for (int p = 0; p < parts; p++) {
        double lo = p * h;
        for (int i = 0; i < ORDER; i++) {
          double t = lo + 0.5 * h * (gl[0][i] + 1);
          double l = root ? a + (b - a) * t * t : a + (b - a) * t;
          double jac = root ? 2 * (b - a) * t : b - a;
          sum += 0.5 * h * gl[1][i] * jac * shellFraction(l) * w.applyAsDouble(l);
        }
      }
    }
    return sum;
  }

  /** The target volume ∫ f 4πL² dL, cm³. */
  public double volumeCm3() {
    return 4 * Math.PI * integrate(l -> l * l, 0);
  }

  /** The volume average of 1/L², cm⁻². */
  public double meanInverseSquareCm2() {
    return 4 * Math.PI * integrate(l -> 1, 0) / volumeCm3();
  }

  /**
   * The volume-averaged flux density of a source emitting {@code perSecond} neutrinos
   * isotropically: ⟨perSecond/(4πL²)⟩ over the target, ν cm⁻² s⁻¹.
   */
  public double meanFluxDensity(double perSecond) {
    return perSecond / (4 * Math.PI) * meanInverseSquareCm2();
  }

  /** The capture-weighted mean distance ∫ f L dL / ∫ f dL, cm (the experiments' "average L"). */
  public double captureWeightedMeanDistanceCm() {
    return integrate(l -> l, 0) / integrate(l -> 1, 0);
  }

  /**
   * The capture-weighted average of sin²(Δm²L/4E): ∫ f sin²(…) dL / ∫ f dL.
   *
   * @param dm2EV2 Δm² in eV²
   * @param energyMeV the line's energy in MeV
   */
  public double meanOscillation(double dm2EV2, double energyMeV) {
    // Δm²L/(4E) = 1.2669327 Δm² L[m]/E = k·L[cm] (PhysicalConstants.quarterPhase).
    double k =
        0.25
            * org.vfit.oscillation.PhysicalConstants.PHASE_PER_EV2_PER_MEV_KM
            * dm2EV2
            * 1e-5
            / energyMeV;
    double norm = integrate(l -> 1, 0);
    // sin²(kL) has period π/k in L: k/π cycles per cm.
    return integrate(
            l -> {
              double s = Math.sin(k * l);
              return s * s;
            },
            k / Math.PI)
        / norm;
  }
}
