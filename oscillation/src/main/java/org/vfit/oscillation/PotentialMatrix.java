package org.vfit.oscillation;

import java.util.Arrays;

/**
 * A Hermitian 3×3 potential matrix A in eV², flavour basis (e, μ, τ), such that the vacuum
 * Hamiltonian is H = A/E (Shen's V-model; in the standard reading A = ½ U diag(m²) U†).
 *
 * <p>Only eigenvalue differences and eigenvectors are observable in oscillations: Δm²_ij = 2(a_i −
 * a_j) and the eigenvectors give the apparent angles and δ. The mean diagonal Ā = tr A/3 shifts
 * every eigenvalue equally and is unobservable, and so are two relative flavour phases. Immutable;
 * the eigensystem is computed once at construction.
 */
public final class PotentialMatrix {
  private final double[] re; // row-major, Hermitian
  private final double[] im;
  private final double[] eigenvalues = new double[3]; // ascending, eV²
  private final double[] vecRe = new double[9]; // eigenvector k at [3k + j]
  private final double[] vecIm = new double[9];

  private PotentialMatrix(double[] re, double[] im) {
    this.re = re;
    this.im = im;
    for (int k = 0; k < 9; k++) {
      if (!Double.isFinite(re[k]) || !Double.isFinite(im[k])) {
        throw new IllegalArgumentException("potential matrix elements must be finite");
      }
    }
    HermitianEigen3 eig = new HermitianEigen3();
    eig.decompose(re[0], re[4], re[8], re[1], im[1], re[2], im[2], re[5], im[5]);
    for (int k = 0; k < 3; k++) {
      eigenvalues[k] = eig.value(k);
    }
    System.arraycopy(eig.vecRe, 0, vecRe, 0, 9);
    System.arraycopy(eig.vecIm, 0, vecIm, 0, 9);
  }

  /**
   * A Hermitian matrix from its real and imaginary parts (row-major, length 9, eV²). The imaginary
   * diagonal must vanish and the matrix must equal its conjugate transpose to within 1e-12 of its
   * largest element; the stored matrix is exactly Hermitian (the upper triangle is kept).
   */
  public static PotentialMatrix of(double[] realPart, double[] imagPart) {
    if (realPart.length != 9 || imagPart.length != 9) {
      throw new IllegalArgumentException("a potential matrix needs 9 real and 9 imaginary parts");
    }
    double scale = 0;
    for (int k = 0; k < 9; k++) {
      scale = Math.max(scale, Math.hypot(realPart[k], imagPart[k]));
    }
    double tol = 1e-12 * scale;
    double[] r = new double[9];
    double[] i = new double[9];
    for (int a = 0; a < 3; a++) {
      for (int b = a; b < 3; b++) {
        double ur = realPart[3 * a + b], ui = imagPart[3 * a + b];
        double lr = realPart[3 * b + a], li = imagPart[3 * b + a];
        if (Math.abs(ur - lr) > tol || Math.abs(ui + li) > tol) {
          throw new IllegalArgumentException(
              "potential matrix is not Hermitian at (" + a + "," + b + ")");
        }
        r[3 * a + b] = ur;
        i[3 * a + b] = a == b ? 0.0 : ui;
        r[3 * b + a] = ur;
        i[3 * b + a] = a == b ? 0.0 : -ui;
      }
    }
    return new PotentialMatrix(r, i);
  }

  /** The H-model matrix A = ½ U diag(0, Δm²₂₁, Δm²₃₁) U† (m₁² = 0 reference). */
  public static PotentialMatrix fromMixing(MixingParameters p) {
    return fromApparent(new ApparentParameters(p, 0.0, 0.0, 0.0));
  }

  /**
   * A = D U diag(a₁, a₂, a₃) U† D† with a₁ given, a₂ = a₁ + Δm²₂₁/2, a₃ = a₁ + Δm²₃₁/2 and the
   * flavour rephasing D = diag(1, e^{iφ_μ}, e^{iφ_τ}); the exact inverse of {@link #decompose()}.
   */
  public static PotentialMatrix fromApparent(ApparentParameters ap) {
    MixingParameters p = ap.mixing();
    double[] ur = new double[9], ui = new double[9];
    p.pmns(ur, ui);
    double[] m = {ap.a1EV2(), ap.a1EV2() + 0.5 * p.dm21EV2(), ap.a1EV2() + 0.5 * p.dm31EV2()};
    double[] phase = {0.0, ap.phaseMu(), ap.phaseTau()};
    double[] r = new double[9], i = new double[9];
    for (int a = 0; a < 3; a++) {
      for (int b = a; b < 3; b++) {
        double sr = 0, si = 0;
        for (int k = 0; k < 3; k++) {
          // U_ak m_k conj(U_bk)
          double xr = ur[3 * a + k] * ur[3 * b + k] + ui[3 * a + k] * ui[3 * b + k];
          double xi = ui[3 * a + k] * ur[3 * b + k] - ur[3 * a + k] * ui[3 * b + k];
          sr += m[k] * xr;
          si += m[k] * xi;
        }
        // D_a D_b* = e^{i(φ_a − φ_b)}
        double dphi = phase[a] - phase[b];
        double c = Math.cos(dphi), s = Math.sin(dphi);
        double er = sr * c - si * s, ei = sr * s + si * c;
        r[3 * a + b] = er;
        i[3 * a + b] = a == b ? 0.0 : ei;
        r[3 * b + a] = er;
        i[3 * b + a] = a == b ? 0.0 : -ei;
      }
    }
    return new PotentialMatrix(r, i);
  }

  /** Real part of A_{αβ} in eV². */
  public double re(Flavour alpha, Flavour beta) {
    return re[3 * alpha.index() + beta.index()];
  }

  /** Imaginary part of A_{αβ} in eV². */
  public double im(Flavour alpha, Flavour beta) {
    return im[3 * alpha.index() + beta.index()];
  }

  /** Real part of A_{ij} by index (0 = e, 1 = μ, 2 = τ), eV². */
  public double re(int i, int j) {
    return re[3 * i + j];
  }

  /** Imaginary part of A_{ij} by index, eV². */
  public double im(int i, int j) {
    return im[3 * i + j];
  }

  /** Ā = tr A / 3 in eV² (unobservable by oscillations). */
  public double meanDiagonal() {
    return (re[0] + re[4] + re[8]) / 3.0;
  }

  /** Eigenvalue k (ascending, k = 0, 1, 2) in eV². */
  public double eigenvalue(int k) {
    return eigenvalues[k];
  }

  /** Real part of component j of the eigenvector of eigenvalue k (ascending order). */
  public double eigenvectorRe(int k, int j) {
    return vecRe[3 * k + j];
  }

  /** Imaginary part of component j of the eigenvector of eigenvalue k (ascending order). */
  public double eigenvectorIm(int k, int j) {
    return vecIm[3 * k + j];
  }

  /** A* : the H-model antineutrino matrix belonging to this neutrino matrix. */
  public PotentialMatrix conjugate() {
    double[] i = new double[9];
    for (int k = 0; k < 9; k++) {
      i[k] = -im[k];
    }
    return new PotentialMatrix(re.clone(), i);
  }

  /** A − Ā·1: the same physics with zero trace. */
  public PotentialMatrix traceless() {
    double[] r = re.clone();
    double mean = meanDiagonal();
    r[0] -= mean;
    r[4] -= mean;
    r[8] -= mean;
    return new PotentialMatrix(r, im.clone());
  }

  /**
   * The apparent oscillation parameters this matrix implies, with the unobservable remainder (a₁
   * and the flavour phases) so that {@link #fromApparent} rebuilds it exactly.
   *
   * <p>Labelling: the closest pair of eigenvalues is (ν₁, ν₂) with a₂ &gt; a₁, so Δm²₂₁ &gt; 0 and
   * θ₁₂ ∈ [0, π/2]; the third is ν₃ (above the pair: normal ordering; below: inverted).
   */
  public ApparentParameters decompose() {
    int l1, l2, l3;
    if (eigenvalues[1] - eigenvalues[0] <= eigenvalues[2] - eigenvalues[1]) {
      l1 = 0;
      l2 = 1;
      l3 = 2;
    } else {
      l3 = 0;
      l1 = 1;
      l2 = 2;
    }
    int[] label = {l1, l2, l3};
    // U_{α i} = component α of the eigenvector labelled i.
    double[] ur = new double[9], ui = new double[9];
    for (int a = 0; a < 3; a++) {
      for (int i = 0; i < 3; i++) {
        ur[3 * a + i] = vecRe[3 * label[i] + a];
        ui[3 * a + i] = vecIm[3 * label[i] + a];
      }
    }
    double ue1 = Math.hypot(ur[0], ui[0]), ue2 = Math.hypot(ur[1], ui[1]);
    double ue3 = Math.hypot(ur[2], ui[2]);
    double um3 = Math.hypot(ur[5], ui[5]), ut3 = Math.hypot(ur[8], ui[8]);
    double th13 = Math.atan2(ue3, Math.hypot(ue1, ue2));
    double th12 = Math.atan2(ue2, ue1);
    double th23 = Math.atan2(um3, ut3);
    double s12 = Math.sin(th12), c12 = Math.cos(th12);
    double s13 = Math.sin(th13), c13 = Math.cos(th13);
    double s23 = Math.sin(th23), c23 = Math.cos(th23);
    // Rephasing invariants (PDG): J = Im(U_e1 U_μ2 U*_e2 U*_μ1) = k sin δ and
    // |U_μ1|² − s12²c23² − c12²s23²s13² = 2 s12 c12 s23 c23 s13 cos δ, k = s12c12s23c23c13²s13.
    double ar = ur[0] * ur[4] - ui[0] * ui[4], ai = ur[0] * ui[4] + ui[0] * ur[4];
    double br = ur[1] * ur[3] - ui[1] * ui[3], bi = ur[1] * ui[3] + ui[1] * ur[3];
    double jarlskog = ai * br - ar * bi; // Im(a · conj(b))
    double umu1sq = ur[3] * ur[3] + ui[3] * ui[3];
    double y = umu1sq - s12 * s12 * c23 * c23 - c12 * c12 * s23 * s23 * s13 * s13;
    double delta = Math.atan2(jarlskog, 0.5 * y * c13 * c13);
    if (delta < 0) {
      delta += 2.0 * Math.PI;
    }
    double a1 = eigenvalues[l1];
    MixingParameters mix =
        new MixingParameters(
            2.0 * (eigenvalues[l2] - a1), 2.0 * (eigenvalues[l3] - a1), th12, th13, th23, delta);
    // Flavour phases: A_{αβ} = e^{i(φα − φβ)} A'_{αβ} with A' the PDG-phased matrix.
    PotentialMatrix canonical = fromApparent(new ApparentParameters(mix, a1, 0.0, 0.0));
    double scale = Math.max(Math.abs(eigenvalues[0]), Math.abs(eigenvalues[2]));
    double tiny = 1e-9 * Math.max(scale, Double.MIN_NORMAL);
    double phiMu = 0.0, phiTau = 0.0;
    boolean emu = Math.hypot(re[1], im[1]) > tiny, etau = Math.hypot(re[2], im[2]) > tiny;
    if (emu) {
      phiMu = argDiff(canonical.re[1], canonical.im[1], re[1], im[1]);
    }
    if (etau) {
      phiTau = argDiff(canonical.re[2], canonical.im[2], re[2], im[2]);
    }
    // A_μτ = e^{i(φμ − φτ)} A'_μτ gives φτ − φμ = argDiff(A'_μτ, A_μτ) when one e-row element
    // vanishes and cannot fix its phase.
    double muTau = argDiff(canonical.re[5], canonical.im[5], re[5], im[5]);
    if (emu && !etau) {
      phiTau = phiMu + muTau;
    } else if (!emu && etau) {
      phiMu = phiTau - muTau;
    } else if (!emu) {
      phiTau = muTau;
    }
    return new ApparentParameters(mix, a1, phiMu, phiTau);
  }

  /** The apparent mixing parameters (angles, δ, splittings) this matrix implies. */
  public MixingParameters toMixing() {
    return decompose().mixing();
  }

  /** arg(canonical) − arg(actual): the phase φ with actual = e^{−iφ} canonical. */
  private static double argDiff(double cr, double ci, double ar, double ai) {
    return Math.atan2(ci, cr) - Math.atan2(ai, ar);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PotentialMatrix m && Arrays.equals(re, m.re) && Arrays.equals(im, m.im);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PotentialMatrix[eV^2]{");
    for (int k = 0; k < 9; k++) {
      sb.append(k % 3 == 0 ? (k == 0 ? "[" : "], [") : ", ");
      sb.append(re[k]).append(im[k] >= 0 ? "+" : "").append(im[k]).append('i');
    }
    return sb.append("]}").toString();
  }
}
