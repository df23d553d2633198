package org.vfit.oscillation.paper;

import java.util.List;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;

/**
 * The potential matrix in coordinates a fit can use. A traceless Hermitian 3×3 matrix has eight
 * real coordinates (Table 1: two independent diagonal offsets and three complex off-diagonal
 * elements); {@link #of(Table1)} lists them in a fixed order. Solar and reactor ν_e data see the
 * matrix only through Δm²₂₁ and the e-row of its eigenvectors, so a fit in matrix elements varies
 * the e-row: {@link #eRow} gives (A_ee − Ā, |A_eμ|) for given (Δm²₂₁, sin²θ₁₂) with Δm²₃₁, θ₁₃, θ₂₃
 * and δ held, and {@link #fromERow} inverts it by Newton's method. Both are invariant under A → A*
 * (the conjugation relating A_ν̄ to the H-model matrix of the ν̄ parameters), so they serve ν and
 * ν̄ alike.
 */
public final class ElementCoordinates {

  private ElementCoordinates() {}

  /**
   * Names of the coordinates of {@link #of(Table1)}: units 1e-4 eV², phases in degrees in [0, 360).
   */
  public static final List<String> NAMES =
      List.of(
          "ee",
          "mumu",
          "tautau",
          "Re emu",
          "Im emu",
          "|emu|",
          "arg emu",
          "Re etau",
          "Im etau",
          "|etau|",
          "arg etau",
          "Re mutau",
          "Im mutau",
          "|mutau|",
          "arg mutau");

  /** Indices of the phases in {@link #NAMES}. */
  public static boolean isPhase(int k) {
    return NAMES.get(k).startsWith("arg");
  }

  /** Every coordinate of a table, in the order of {@link #NAMES}. */
  public static double[] of(Table1 t) {
    return new double[] {
      t.ee(),
      t.mumu(),
      t.tautau(),
      t.emu().re(),
      t.emu().im(),
      t.emu().modulus(),
      Math.toDegrees(t.emu().phase()),
      t.etau().re(),
      t.etau().im(),
      t.etau().modulus(),
      Math.toDegrees(t.etau().phase()),
      t.mutau().re(),
      t.mutau().im(),
      t.mutau().modulus(),
      Math.toDegrees(t.mutau().phase())
    };
  }

  /** (A_ee − Ā, |A_eμ|) of the H-model matrix of p, in 1e-4 eV². */
  public static double[] eRow(MixingParameters p) {
    Table1 t = Table1.of(PotentialMatrix.fromMixing(p));
    return new double[] {t.ee(), t.emu().modulus()};
  }

  /**
   * Newton's method stops when the step is below this fraction of Δm²₂₁ and of sin²θ₁₂: the
   * elements carry ~1e-15 relative rounding, so steps cannot usefully shrink much further, and
   * 1e-12 leaves two orders of margin on the 1e-10 a round trip must meet.
   */
  private static final double CONVERGED = 1e-12;

  private static final int MAX_ITERATIONS = 50;

  /**
   * The (Δm²₂₁, sin²θ₁₂) whose {@link #eRow} is (ee, absEmu), with Δm²₃₁, θ₁₃, θ₂₃ and δ of {@code
   * rest}, found by Newton's method from {@code rest}'s own (Δm²₂₁, sin²θ₁₂).
   *
   * @param ee A_ee − Ā in 1e-4 eV²
   * @param absEmu |A_eμ| in 1e-4 eV²
   * @throws IllegalArgumentException if Newton's method leaves the physical region (Δm²₂₁ ≤ 0,
   *     sin²θ₁₂ outside (0, 1)) or does not converge: the pair is not reached from that start
   */
  public static MixingParameters fromERow(double ee, double absEmu, MixingParameters rest) {
    double d = rest.dm21EV2();
    double s = rest.sin2Theta12();
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      MixingParameters p = with(rest, d, s);
      double[] f = eRow(p);
      double r0 = f[0] - ee;
      double r1 = f[1] - absEmu;
      // Central differences: the map is smooth, steps of 1e-6 relative give ~1e-10 derivatives.
      double hd = 1e-6 * d;
      double hs = 1e-6 * Math.min(s, 1 - s);
      double[] dp = eRow(with(rest, d + hd, s));
      double[] dm = eRow(with(rest, d - hd, s));
      double[] sp = eRow(with(rest, d, s + hs));
      double[] sm = eRow(with(rest, d, s - hs));
      double a = (dp[0] - dm[0]) / (2 * hd);
      double b = (sp[0] - sm[0]) / (2 * hs);
      double c = (dp[1] - dm[1]) / (2 * hd);
      double e = (sp[1] - sm[1]) / (2 * hs);
      double det = a * e - b * c;
      if (det == 0 || !Double.isFinite(det)) {
        throw new IllegalArgumentException("the e-row map is singular at this point");
      }
      double stepD = (e * r0 - b * r1) / det;
      double stepS = (-c * r0 + a * r1) / det;
      d -= stepD;
      s -= stepS;
      if (!(d > 0) || !(s > 0 && s < 1)) {
        throw new IllegalArgumentException(
            "no (dm21, sin2theta12) near the start gives ee = " + ee + ", |emu| = " + absEmu);
      }
      if (Math.abs(stepD) <= CONVERGED * d && Math.abs(stepS) <= CONVERGED * Math.max(s, 1e-3)) {
        return with(rest, d, s);
      }
    }
    throw new IllegalArgumentException(
        "Newton's method did not converge for ee = " + ee + ", |emu| = " + absEmu);
  }

  private static MixingParameters with(MixingParameters rest, double dm21, double s12) {
    return MixingParameters.ofSin2(
        dm21, rest.dm31EV2(), s12, rest.sin2Theta13(), rest.sin2Theta23(), rest.delta());
  }
}
