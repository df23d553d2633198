package org.vfit.oscillation;

/**
 * Three-flavour oscillation parameters in the PDG convention: mass splittings in eV² and angles and
 * the Dirac phase in radians (files and reports use degrees; see {@link #ofDegrees}).
 *
 * <p>Δm²₂₁ may take either sign only through the angle convention: vfit keeps Δm²₂₁ &gt; 0 and lets
 * θ₁₂ run over [0, π/2] (the "dark side" θ₁₂ &gt; π/4 included). Δm²₃₁ carries the ordering.
 *
 * @param dm21EV2 Δm²₂₁ in eV²
 * @param dm31EV2 Δm²₃₁ in eV² (negative for inverted ordering)
 * @param theta12 θ₁₂ in radians, in [0, π/2]
 * @param theta13 θ₁₃ in radians, in [0, π/2]
 * @param theta23 θ₂₃ in radians, in [0, π/2]
 * @param delta δ_CP in radians (any real; reported in [0, 2π))
 */
public record MixingParameters(
    double dm21EV2, double dm31EV2, double theta12, double theta13, double theta23, double delta) {

  public MixingParameters {
    requireFinite("dm21", dm21EV2);
    requireFinite("dm31", dm31EV2);
    requireAngle("theta12", theta12);
    requireAngle("theta13", theta13);
    requireAngle("theta23", theta23);
    requireFinite("delta", delta);
  }

  /** Builds parameters from angles in degrees. */
  public static MixingParameters ofDegrees(
      double dm21EV2,
      double dm31EV2,
      double theta12Deg,
      double theta13Deg,
      double theta23Deg,
      double deltaDeg) {
    return new MixingParameters(
        dm21EV2,
        dm31EV2,
        Math.toRadians(theta12Deg),
        Math.toRadians(theta13Deg),
        Math.toRadians(theta23Deg),
        Math.toRadians(deltaDeg));
  }

  /** Builds parameters from sin²θ values (the fit's natural variables) and δ in radians. */
  public static MixingParameters ofSin2(
      double dm21EV2,
      double dm31EV2,
      double sin2Theta12,
      double sin2Theta13,
      double sin2Theta23,
      double delta) {
    return new MixingParameters(
        dm21EV2,
        dm31EV2,
        angleOfSin2("sin2theta12", sin2Theta12),
        angleOfSin2("sin2theta13", sin2Theta13),
        angleOfSin2("sin2theta23", sin2Theta23),
        delta);
  }

  /** Δm²₃₂ = Δm²₃₁ − Δm²₂₁ in eV². */
  public double dm32EV2() {
    return dm31EV2 - dm21EV2;
  }

  public double sin2Theta12() {
    return sq(Math.sin(theta12));
  }

  public double sin2Theta13() {
    return sq(Math.sin(theta13));
  }

  public double sin2Theta23() {
    return sq(Math.sin(theta23));
  }

  /** tan²θ₁₂, the variable of older two-flavour solar/KamLAND analyses. */
  public double tan2Theta12() {
    return sq(Math.tan(theta12));
  }

  /** δ reduced to [0, 2π). */
  public double deltaReduced() {
    double twoPi = 2.0 * Math.PI;
    double d = delta % twoPi;
    return d < 0 ? d + twoPi : d;
  }

  public MassOrdering ordering() {
    return MassOrdering.of(dm31EV2);
  }

  public MixingParameters withDm21(double value) {
    return new MixingParameters(value, dm31EV2, theta12, theta13, theta23, delta);
  }

  public MixingParameters withTheta12(double value) {
    return new MixingParameters(dm21EV2, dm31EV2, value, theta13, theta23, delta);
  }

  public MixingParameters withTheta13(double value) {
    return new MixingParameters(dm21EV2, dm31EV2, theta12, value, theta23, delta);
  }

  public MixingParameters withDelta(double value) {
    return new MixingParameters(dm21EV2, dm31EV2, theta12, theta13, theta23, value);
  }

  /**
   * The PMNS matrix U = R₂₃ U₁₃(δ) R₁₂ (PDG), row = flavour, column = mass state, row-major into
   * {@code re} and {@code im} (length ≥ 9).
   */
  public void pmns(double[] re, double[] im) {
    double s12 = Math.sin(theta12), c12 = Math.cos(theta12);
    double s13 = Math.sin(theta13), c13 = Math.cos(theta13);
    double s23 = Math.sin(theta23), c23 = Math.cos(theta23);
    double cd = Math.cos(delta), sd = Math.sin(delta);
    // U_e3 = s13 e^{-iδ}; the μ and τ rows carry s13 e^{+iδ}.
    re[0] = c12 * c13;
    im[0] = 0;
    re[1] = s12 * c13;
    im[1] = 0;
    re[2] = s13 * cd;
    im[2] = -s13 * sd;
    re[3] = -s12 * c23 - c12 * s23 * s13 * cd;
    im[3] = -c12 * s23 * s13 * sd;
    re[4] = c12 * c23 - s12 * s23 * s13 * cd;
    im[4] = -s12 * s23 * s13 * sd;
    re[5] = s23 * c13;
    im[5] = 0;
    re[6] = s12 * s23 - c12 * c23 * s13 * cd;
    im[6] = -c12 * c23 * s13 * sd;
    re[7] = -c12 * s23 - s12 * c23 * s13 * cd;
    im[7] = -s12 * c23 * s13 * sd;
    re[8] = c23 * c13;
    im[8] = 0;
  }

  /** The H-model potential matrix A = ½ U diag(0, Δm²₂₁, Δm²₃₁) U† (m₁² = 0 reference). */
  public PotentialMatrix toPotentialMatrix() {
    return PotentialMatrix.fromMixing(this);
  }

  private static double sq(double x) {
    return x * x;
  }

  private static void requireFinite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + v);
    }
  }

  private static void requireAngle(String name, double v) {
    requireFinite(name, v);
    if (v < 0 || v > 0.5 * Math.PI + 1e-12) {
      throw new IllegalArgumentException(
          name + " must lie in [0, 90] degrees, got " + Math.toDegrees(v) + " degrees");
    }
  }

  private static double angleOfSin2(String name, double s2) {
    if (!(s2 >= 0 && s2 <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], got " + s2);
    }
    return Math.asin(Math.sqrt(s2));
  }
}
