package org.vfit.oscillation;

/**
 * Eigen-decomposition of a 3×3 Hermitian matrix, allocation-free and robust at degeneracies.
 *
 * <p>Written here rather than taken from a library because it sits in the innermost loop of every
 * propagation (one call per matter layer) and general-purpose solvers (commons-math3's
 * EigenDecomposition handles real matrices only; complex ones allocate per call) are two orders of
 * magnitude slower. The method:
 *
 * <ol>
 *   <li>Shift and scale: B = (H − qI)/p with q = tr H/3, so B is traceless with ‖B‖²_F = 6; its
 *       eigenvalues are β = 2cos(φ + 2πk/3) (Cardano's trigonometric form), the roots of β³ − 3β −
 *       det B; the largest or smallest is found by Newton's method ({@link #isolatedRoot}).
 *   <li>Of the largest and smallest β, the one farther from the middle one is "isolated": its gap
 *       is always ≥ √3 in these units, so its eigenvector from a cross product of two rows of (B −
 *       β) is well conditioned.
 *   <li>The other two eigenpairs come from the exact 2×2 Hermitian problem on the orthogonal
 *       complement of that vector, which stays accurate however close the pair is (this is where
 *       Δm²₂₁ ≪ Δm²₃₁ lives).
 * </ol>
 *
 * The eigenvectors are orthonormal to rounding, so the evolution operators built from them are
 * unitary to ~1e-15 regardless of how close eigenvalues are. Not thread-safe: one instance per
 * thread.
 */
public final class HermitianEigen3 {
  /** Eigenvalues λ_k − q (relative to the mean eigenvalue q), ascending. */
  public final double[] relativeValue = new double[3];

  /** Component j of eigenvector k (real part) at index 3k + j. */
  public final double[] vecRe = new double[9];

  /** Component j of eigenvector k (imaginary part) at index 3k + j. */
  public final double[] vecIm = new double[9];

  /** Mean eigenvalue q = tr H / 3. */
  public double mean;

  private static final double SQRT3 = Math.sqrt(3.0);
  // workspace
  private final double[] vr = new double[3];
  private final double[] vi = new double[3];
  private final double[] ur = new double[3];
  private final double[] ui = new double[3];
  private final double[] wr = new double[3];
  private final double[] wi = new double[3];

  /** Eigenvalue k (ascending) in the units of the input. */
  public double value(int k) {
    return mean + relativeValue[k];
  }

  /** Decomposes H = [[a, d, e], [d*, b, f], [e*, f*, c]] with a, b, c real and d, e, f complex. */
  public void decompose(
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er,
      double ei,
      double fr,
      double fi) {
    if (!isolate(a, b, c, dr, di, er, ei, fr, fi)) {
      // H = qI: any basis diagonalises it.
      for (int k = 0; k < 9; k++) {
        vecRe[k] = (k % 4 == 0) ? 1.0 : 0.0;
        vecIm[k] = 0.0;
      }
      relativeValue[0] = relativeValue[1] = relativeValue[2] = 0.0;
      return;
    }
    double p = scale;
    double ba = nb[0], bbb = nb[1], bc = nb[2];
    double bdr = nb[3], bdi = nb[4], ber = nb[5], bei = nb[6], bfr = nb[7], bfi = nb[8];
    boolean isolatedIsMax = isolatedIsMax();

    // Orthonormal basis {u, w} of the complement of v: u from the unit vector least aligned with v.
    int j = 0;
    double m0 = vr[0] * vr[0] + vi[0] * vi[0];
    double m1 = vr[1] * vr[1] + vi[1] * vi[1];
    double m2 = vr[2] * vr[2] + vi[2] * vi[2];
    if (m1 < m0 && m1 <= m2) j = 1;
    else if (m2 < m0 && m2 < m1) j = 2;
    // u = e_j − conj(v_j) v
    double cjr = vr[j], cji = -vi[j];
    for (int k = 0; k < 3; k++) {
      ur[k] = -(cjr * vr[k] - cji * vi[k]);
      ui[k] = -(cjr * vi[k] + cji * vr[k]);
    }
    ur[j] += 1.0;
    double nu =
        1.0
            / Math.sqrt(
                ur[0] * ur[0]
                    + ui[0] * ui[0]
                    + ur[1] * ur[1]
                    + ui[1] * ui[1]
                    + ur[2] * ur[2]
                    + ui[2] * ui[2]);
    for (int k = 0; k < 3; k++) {
      ur[k] *= nu;
      ui[k] *= nu;
    }
    // w = conj(v × u) is orthonormal to both (bilinear cross product).
    crossConj(vr, vi, ur, ui, wr, wi);

    // 2×2 problem M = [u w]† B [u w].
    double m11 = quadForm(ur, ui, ur, ui, ba, bbb, bc, bdr, bdi, ber, bei, bfr, bfi, true);
    double m22 = quadForm(wr, wi, wr, wi, ba, bbb, bc, bdr, bdi, ber, bei, bfr, bfi, true);
    double m12r = quadForm(ur, ui, wr, wi, ba, bbb, bc, bdr, bdi, ber, bei, bfr, bfi, true);
    double m12i = quadForm(ur, ui, wr, wi, ba, bbb, bc, bdr, bdi, ber, bei, bfr, bfi, false);
    double meanPair = 0.5 * (m11 + m22);
    double h = 0.5 * (m11 - m22);
    double s = Math.sqrt(h * h + m12r * m12r + m12i * m12i);
    // Eigenvector x of the larger pair eigenvalue, in the {u, w} basis, chosen without
    // cancellation.
    double x1r, x1i, x2r, x2i;
    if (s == 0.0) {
      x1r = 1;
      x1i = 0;
      x2r = 0;
      x2i = 0;
    } else if (h >= 0) {
      x1r = h + s;
      x1i = 0;
      x2r = m12r;
      x2i = -m12i; // (h + s, conj(m12))
    } else {
      x1r = m12r;
      x1i = m12i;
      x2r = s - h;
      x2i = 0; // (m12, s − h)
    }
    double nx = 1.0 / Math.sqrt(x1r * x1r + x1i * x1i + x2r * x2r + x2i * x2i);
    x1r *= nx;
    x1i *= nx;
    x2r *= nx;
    x2i *= nx;
    double betaPairHi = meanPair + s, betaPairLo = meanPair - s;

    // Slots: ascending order of eigenvalues.
    int iso, hi, lo;
    if (isolatedIsMax) {
      iso = 2;
      hi = 1;
      lo = 0;
    } else {
      iso = 0;
      hi = 2;
      lo = 1;
    }
    // Rayleigh quotient refines the isolated eigenvalue beyond the trigonometric formula.
    double betaIso = quadForm(vr, vi, vr, vi, ba, bbb, bc, bdr, bdi, ber, bei, bfr, bfi, true);
    relativeValue[iso] = betaIso * p;
    relativeValue[hi] = betaPairHi * p;
    relativeValue[lo] = betaPairLo * p;
    for (int k = 0; k < 3; k++) {
      vecRe[3 * iso + k] = vr[k];
      vecIm[3 * iso + k] = vi[k];
      // y_hi = x1 u + x2 w ; y_lo = −conj(x2) u + conj(x1) w
      vecRe[3 * hi + k] = x1r * ur[k] - x1i * ui[k] + x2r * wr[k] - x2i * wi[k];
      vecIm[3 * hi + k] = x1r * ui[k] + x1i * ur[k] + x2r * wi[k] + x2i * wr[k];
      vecRe[3 * lo + k] = -(x2r * ur[k] + x2i * ui[k]) + (x1r * wr[k] + x1i * wi[k]);
      vecIm[3 * lo + k] = -(x2r * ui[k] - x2i * ur[k]) + (x1r * wi[k] - x1i * wr[k]);
    }
  }

  /** Scale p of B = (H − q)/p (so that ‖B‖²_F = 6), set by {@link #isolate}. */
  double scale;

  /** B's entries a, b, c, Re d, Im d, Re e, Im e, Re f, Im f, set by {@link #isolate}. */
  final double[] nb = new double[9];

  /** B's isolated eigenvalue (in B's units), set by {@link #isolate}. */
  double beta;

  /**
   * First half of {@link #decompose}: q, p, B, the isolated eigenvalue β of B and its unit
   * eigenvector ({@link #isolatedRe}, {@link #isolatedIm}); false when H = qI (no direction).
   */
  boolean isolate(
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er,
      double ei,
      double fr,
      double fi) {
    double q = (a + b + c) / 3.0;
    double aa = a - q, bb = b - q, cc = c - q;
    double offNorm2 = dr * dr + di * di + er * er + ei * ei + fr * fr + fi * fi;
    double p2 = (aa * aa + bb * bb + cc * cc + 2.0 * offNorm2) / 6.0;
    mean = q;
    if (!(p2 > 0)) {
      return false;
    }
    double p = Math.sqrt(p2);
    double inv = 1.0 / p;
    // Normalised traceless matrix B = (H - qI)/p.
    double ba = aa * inv, bbb = bb * inv, bc = cc * inv;
    double bdr = dr * inv,
        bdi = di * inv,
        ber = er * inv,
        bei = ei * inv,
        bfr = fr * inv,
        bfi = fi * inv;
    // det B = a b c + 2 Re(d f e*) − a|f|² − b|e|² − c|d|²
    double dfr = bdr * bfr - bdi * bfi, dfi = bdr * bfi + bdi * bfr;
    double re_dfe = dfr * ber + dfi * bei;
    double det =
        ba * bbb * bc
            + 2.0 * re_dfe
            - ba * (bfr * bfr + bfi * bfi)
            - bbb * (ber * ber + bei * bei)
            - bc * (bdr * bdr + bdi * bdi);
    double r = 0.5 * det;
    if (r > 1.0) r = 1.0;
    if (r < -1.0) r = -1.0;
    // The isolated root of β³ − 3β − 2r: the largest for r ≥ 0, the smallest for r < 0 (the
    // middle root has the sign of −r, so the far end is the one of r's sign).
    double root = isolatedRoot(Math.abs(r));
    beta = r >= 0 ? root : -root;
    scale = p;
    nb[0] = ba;
    nb[1] = bbb;
    nb[2] = bc;
    nb[3] = bdr;
    nb[4] = bdi;
    nb[5] = ber;
    nb[6] = bei;
    nb[7] = bfr;
    nb[8] = bfi;
    // m₁m₂ = f'(β) = 3β² − 3 for f(β) = β³ − 3β − 2r (the product of the other two roots of
    // the shifted matrix)
    double m1m2 = 3.0 * beta * beta - 3.0;
    isolatedVector(m1m2 * m1m2, ba - beta, bbb - beta, bc - beta, bdr, bdi, ber, bei, bfr, bfi);
    return true;
  }

  /** Whether the isolated eigenvalue is the largest (else the smallest). */
  boolean isolatedIsMax() {
    return beta >= 0;
  }

  /** Component k of the isolated unit eigenvector (after {@link #isolate}). */
  double isolatedRe(int k) {
    return vr[k];
  }

  double isolatedIm(int k) {
    return vi[k];
  }

  /**
   * The root of β³ − 3β − 2ρ in [√3, 2] for ρ ∈ [0, 1] (= 2cos(acos(ρ)/3), Cardano's trigonometric
   * form), by Newton's method: the cubic is convex and increasing there, and the start on the line
   * through the ends is within 0.02 of the root, so at most four steps reach rounding — cheaper
   * than the acos, cos and sin of the closed form, and as accurate (the Rayleigh quotient refines
   * the eigenvalue afterwards in any case).
   */
  static double isolatedRoot(double rho) {
    double beta = SQRT3 + (2.0 - SQRT3) * rho;
    for (int it = 0; it < 12; it++) {
      double step = ((beta * beta - 3.0) * beta - 2.0 * rho) / (3.0 * (beta * beta - 1.0));
      beta -= step;
      if (Math.abs(step) <= 2e-16 * beta) {
        break;
      }
    }
    return beta;
  }

  /**
   * Eigenvector of the isolated eigenvalue: the largest of the three bilinear cross products of
   * rows of M = B − βI (each is annihilated by M because M is singular).
   */
  private void isolatedVector(
      double adjugateNorm2,
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er,
      double ei,
      double fr,
      double fi) {
    // rows: r0 = (a, d, e), r1 = (d*, b, f), r2 = (e*, f*, c). The three cross products are the
    // columns of adj(M) = m₁m₂ v v† (m₁, m₂ the other eigenvalues of M), so their squared norms
    // are (m₁m₂)²|v_k|² and sum to (m₁m₂)². Any with |v_k|² ≥ 1/6 is as well conditioned as the
    // largest: take the first that reaches it (in the order that suits ν₃, whose τ and μ
    // components are large), computing the others only when needed.
    double enough = adjugateNorm2 / 6.0;
    // r0 × r1 (∝ v_τ*)
    double x0r = dr * fr - di * fi - (er * b);
    double x0i = dr * fi + di * fr - (ei * b);
    double x1r = (er * dr + ei * di) - a * fr;
    double x1i = (ei * dr - er * di) - a * fi;
    double x2r = a * b - (dr * dr + di * di);
    double n01 = x0r * x0r + x0i * x0i + x1r * x1r + x1i * x1i + x2r * x2r;
    if (n01 >= enough) {
      setVector(x0r, x0i, x1r, x1i, x2r, 0.0, n01);
      return;
    }
    // r0 × r2 (∝ v_μ*)
    double y0r = dr * c - (er * fr + ei * fi);
    double y0i = di * c - (ei * fr - er * fi);
    double y1r = (er * er + ei * ei) - a * c;
    double y2r = a * fr - (dr * er + di * ei);
    double y2i = -a * fi - (di * er - dr * ei);
    double n02 = y0r * y0r + y0i * y0i + y1r * y1r + y2r * y2r + y2i * y2i;
    if (n02 >= enough) {
      setVector(y0r, y0i, y1r, 0.0, y2r, y2i, n02);
      return;
    }
    // r1 × r2 (∝ v_e*)
    double z0r = b * c - (fr * fr + fi * fi);
    double z1r = fr * er + fi * ei - dr * c;
    double z1i = fi * er - fr * ei + di * c;
    double z2r = (dr * fr - di * fi) - b * er;
    double z2i = -(dr * fi + di * fr) + b * ei;
    double n12 = z0r * z0r + z1r * z1r + z1i * z1i + z2r * z2r + z2i * z2i;
    // none reached 1/6 (only through rounding): the largest
    if (n01 >= n02 && n01 >= n12) {
      setVector(x0r, x0i, x1r, x1i, x2r, 0.0, n01);
    } else if (n02 >= n12) {
      setVector(y0r, y0i, y1r, 0.0, y2r, y2i, n02);
    } else {
      setVector(z0r, 0.0, z1r, z1i, z2r, z2i, n12);
    }
  }

  private void setVector(
      double v0r, double v0i, double v1r, double v1i, double v2r, double v2i, double n) {
    vr[0] = v0r;
    vi[0] = v0i;
    vr[1] = v1r;
    vi[1] = v1i;
    vr[2] = v2r;
    vi[2] = v2i;
    double inv = 1.0 / Math.sqrt(n);
    for (int k = 0; k < 3; k++) {
      vr[k] *= inv;
      vi[k] *= inv;
    }
  }

  /** out = conj(x × y), bilinear cross product, conjugated. */
  private static void crossConj(
      double[] xr, double[] xi, double[] yr, double[] yi, double[] or, double[] oi) {
    for (int k = 0; k < 3; k++) {
      int a = (k + 1) % 3, b = (k + 2) % 3;
      double re = (xr[a] * yr[b] - xi[a] * yi[b]) - (xr[b] * yr[a] - xi[b] * yi[a]);
      double im = (xr[a] * yi[b] + xi[a] * yr[b]) - (xr[b] * yi[a] + xi[b] * yr[a]);
      or[k] = re;
      oi[k] = -im;
    }
  }

  /** Real (or imaginary) part of x† B y for the Hermitian B given by its six entries. */
  private static double quadForm(
      double[] xr,
      double[] xi,
      double[] yr,
      double[] yi,
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er,
      double ei,
      double fr,
      double fi,
      boolean realPart) {
    // (B y)
    double by0r = a * yr[0] + (dr * yr[1] - di * yi[1]) + (er * yr[2] - ei * yi[2]);
    double by0i = a * yi[0] + (dr * yi[1] + di * yr[1]) + (er * yi[2] + ei * yr[2]);
    double by1r = (dr * yr[0] + di * yi[0]) + b * yr[1] + (fr * yr[2] - fi * yi[2]);
    double by1i = (dr * yi[0] - di * yr[0]) + b * yi[1] + (fr * yi[2] + fi * yr[2]);
    double by2r = (er * yr[0] + ei * yi[0]) + (fr * yr[1] + fi * yi[1]) + c * yr[2];
    double by2i = (er * yi[0] - ei * yr[0]) + (fr * yi[1] - fi * yr[1]) + c * yi[2];
    // x† (B y) = Σ conj(x_k) (By)_k
    if (realPart) {
      return xr[0] * by0r
          + xi[0] * by0i
          + xr[1] * by1r
          + xi[1] * by1i
          + xr[2] * by2r
          + xi[2] * by2i;
    }
    return xr[0] * by0i - xi[0] * by0r + xr[1] * by1i - xi[1] * by1r + xr[2] * by2i - xi[2] * by2r;
  }
}
