package org.vfit.oscillation;

/**
 * The evolution operator S = e^{−iHL} of one constant-density layer, element by element, without
 * the eigenvectors of the close pair of eigenvalues.
 *
 * <p>With B = (H − q)/p traceless and normalised, its isolated eigenvalue β and unit eigenvector v
 * ({@link HermitianEigen3#isolate}), the other two eigenvalues are μ ± g/2 with μ = −β/2, and on
 * the complement of v the matrix M = Q(B − μ)Q (Q = 1 − vv†) has eigenvalues ±g/2. So the spectral
 * projectors are P₃ = vv† and P± = ½[Q ± (2/g)M], and g² = 2‖M‖²_F. M's entries are formed from B's
 * directly (not from the characteristic polynomial, whose coefficients would leave the pair's
 * splitting only as accurate as ε/g²), so the splitting is as accurate as the 2×2 problem of {@link
 * HermitianEigen3}. Writing the pair's part as e^{iφ̄}[Q cos(Δ/2) + i(2/g)M sin(Δ/2)] (φ̄, Δ the
 * mean and difference of the pair's phases) keeps it exact for any g, zero included. A probability
 * then costs one 3×3 projection and two sin/cos pairs — about half of a full eigen-decomposition.
 *
 * <p>Not thread-safe: one per {@link Propagator}.
 */
final class LayerOperator {
  private final HermitianEigen3 eig;
  private boolean identity;
  private final double[] vr = new double[3];
  private final double[] vi = new double[3];
  private final double[] mr = new double[9]; // M, row-major
  private final double[] mi = new double[9];
  // e^{iφ̄}, cos(Δ/2), (2/g) sin(Δ/2)
  private double er, ei, cosHalf, sinOverG;

  LayerOperator(HermitianEigen3 eig) {
    this.eig = eig;
  }

  /** Prepares S for H = [[a, d, e], [d*, b, f], [e*, f*, c]] over a phase scale τ = K·L. */
  void prepare(
      double a,
      double b,
      double c,
      double dr,
      double di,
      double er0,
      double ei0,
      double fr,
      double fi,
      double tau) {
    identity = !eig.isolate(a, b, c, dr, di, er0, ei0, fr, fi);
    if (identity) {
      return; // S = e^{−iqτ}·1: no flavour change
    }
    double beta = eig.beta, p = eig.scale;
    double[] nb = eig.nb;
    for (int k = 0; k < 3; k++) {
      vr[k] = eig.isolatedRe(k);
      vi[k] = eig.isolatedIm(k);
    }
    double mu = -0.5 * beta;
    // C = B − μ: diagonal c0, c1, c2; off-diagonal d = C01, e = C02, f = C12 (complex)
    double c0 = nb[0] - mu, c1 = nb[1] - mu, c2 = nb[2] - mu;
    double dre = nb[3], dim = nb[4], ere = nb[5], eim = nb[6], fre = nb[7], fim = nb[8];
    // y = C v
    double y0r = c0 * vr[0] + dre * vr[1] - dim * vi[1] + ere * vr[2] - eim * vi[2];
    double y0i = c0 * vi[0] + dre * vi[1] + dim * vr[1] + ere * vi[2] + eim * vr[2];
    double y1r = dre * vr[0] + dim * vi[0] + c1 * vr[1] + fre * vr[2] - fim * vi[2];
    double y1i = dre * vi[0] - dim * vr[0] + c1 * vi[1] + fre * vi[2] + fim * vr[2];
    double y2r = ere * vr[0] + eim * vi[0] + fre * vr[1] + fim * vi[1] + c2 * vr[2];
    double y2i = ere * vi[0] - eim * vr[0] + fre * vi[1] - fim * vr[1] + c2 * vi[2];
    double v0r = vr[0], v0i = vi[0], v1r = vr[1], v1i = vi[1], v2r = vr[2], v2i = vi[2];
    // s = v† C v (real)
    double s = v0r * y0r + v0i * y0i + v1r * y1r + v1i * y1i + v2r * y2r + v2i * y2i;
    // M_ij = C_ij − v_i y_j* − y_i v_j* + s v_i v_j*; the diagonal is real (Hermitian).
    double m00 = c0 - 2 * (v0r * y0r + v0i * y0i) + s * (v0r * v0r + v0i * v0i);
    double m11 = c1 - 2 * (v1r * y1r + v1i * y1i) + s * (v1r * v1r + v1i * v1i);
    double m22 = c2 - 2 * (v2r * y2r + v2i * y2i) + s * (v2r * v2r + v2i * v2i);
    double m01r = offRe(dre, v0r, v0i, y0r, y0i, v1r, v1i, y1r, y1i, s);
    double m01i = offIm(dim, v0r, v0i, y0r, y0i, v1r, v1i, y1r, y1i, s);
    double m02r = offRe(ere, v0r, v0i, y0r, y0i, v2r, v2i, y2r, y2i, s);
    double m02i = offIm(eim, v0r, v0i, y0r, y0i, v2r, v2i, y2r, y2i, s);
    double m12r = offRe(fre, v1r, v1i, y1r, y1i, v2r, v2i, y2r, y2i, s);
    double m12i = offIm(fim, v1r, v1i, y1r, y1i, v2r, v2i, y2r, y2i, s);
    mr[0] = m00;
    mr[4] = m11;
    mr[8] = m22;
    mi[0] = mi[4] = mi[8] = 0;
    mr[1] = mr[3] = m01r;
    mi[1] = m01i;
    mi[3] = -m01i;
    mr[2] = mr[6] = m02r;
    mi[2] = m02i;
    mi[6] = -m02i;
    mr[5] = mr[7] = m12r;
    mi[5] = m12i;
    mi[7] = -m12i;
    double norm2 =
        m00 * m00
            + m11 * m11
            + m22 * m22
            + 2
                * (m01r * m01r
                    + m01i * m01i
                    + m02r * m02r
                    + m02i * m02i
                    + m12r * m12r
                    + m12i * m12i);
    double g = Math.sqrt(2 * norm2);
    // Phases relative to the isolated eigenvalue's: φ̄ = −(μ − β)pτ, Δ/2 = −(g/2)pτ.
    double mean = -(mu - beta) * p * tau;
    double half = -0.5 * g * p * tau;
    double sinHalf;
    if (Math.abs(mean) <= FastTrig.MAX_ARGUMENT && Math.abs(half) <= FastTrig.MAX_ARGUMENT) {
      double k = FastTrig.quadrant(mean), r = FastTrig.remainder(mean, k);
      er = FastTrig.cos(r, k);
      ei = FastTrig.sin(r, k);
      k = FastTrig.quadrant(half);
      r = FastTrig.remainder(half, k);
      cosHalf = FastTrig.cos(r, k);
      sinHalf = FastTrig.sin(r, k);
    } else {
      er = Math.cos(mean);
      ei = Math.sin(mean);
      cosHalf = Math.cos(half);
      sinHalf = Math.sin(half);
    }
    // (2/g)·sin(Δ/2) → −pτ as g → 0
    sinOverG = Math.abs(half) > 1e-8 ? 2 * sinHalf / g : -p * tau * (1 - half * half / 6);
  }

  /** Re M_ij for i ≠ j: Re[C_ij − v_i y_j* − y_i v_j* + s v_i v_j*]. */
  private static double offRe(
      double c,
      double vir,
      double vii,
      double yir,
      double yii,
      double vjr,
      double vji,
      double yjr,
      double yji,
      double s) {
    return c - (vir * yjr + vii * yji) - (yir * vjr + yii * vji) + s * (vir * vjr + vii * vji);
  }

  /** Im M_ij for i ≠ j. */
  private static double offIm(
      double c,
      double vir,
      double vii,
      double yir,
      double yii,
      double vjr,
      double vji,
      double yjr,
      double yji,
      double s) {
    return c - (vii * yjr - vir * yji) - (yii * vjr - yir * vji) + s * (vii * vjr - vir * vji);
  }

  /** P(α → β) = |S_βα|² for the prepared layer. */
  double probability(int alpha, int beta) {
    if (identity) {
      return alpha == beta ? 1.0 : 0.0;
    }
    // P₃ element v_β v_α*
    double pr = vr[beta] * vr[alpha] + vi[beta] * vi[alpha];
    double pi = vi[beta] * vr[alpha] - vr[beta] * vi[alpha];
    double qr = (alpha == beta ? 1.0 : 0.0) - pr, qi = -pi;
    double m = mr[3 * beta + alpha], mim = mi[3 * beta + alpha];
    // pair part: e^{iφ̄}[Q cos(Δ/2) + i M (2/g) sin(Δ/2)]
    double tr = qr * cosHalf - mim * sinOverG;
    double ti = qi * cosHalf + m * sinOverG;
    double sr = pr + er * tr - ei * ti;
    double si = pi + er * ti + ei * tr;
    return sr * sr + si * si;
  }
}
