package org.vfit.oscillation.paper;

import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.PotentialMatrix;

/**
 * The paper's Table 1 layout: diagonal elements of A relative to Ā = tr A/3 and the three upper
 * off-diagonal elements, all in units of 1e-4 eV². Off-diagonal elements do not depend on the
 * unobservable absolute scale (adding c·1 to A leaves them alone), and neither do A_αα − Ā.
 *
 * @param ee A_ee − Ā
 * @param mumu A_μμ − Ā
 * @param tautau A_ττ − Ā
 * @param emu A_eμ
 * @param etau A_eτ
 * @param mutau A_μτ
 */
public record Table1(
    double ee, double mumu, double tautau, Element emu, Element etau, Element mutau) {

  /** Units of every number in the table: 1e-4 eV². */
  public static final double UNIT_EV2 = 1e-4;

  /**
   * An off-diagonal element in 1e-4 eV².
   *
   * @param re real part
   * @param im imaginary part
   * @param modulus |A_αβ|
   * @param phase arg A_αβ in [0, 2π)
   */
  public record Element(double re, double im, double modulus, double phase) {
    static Element of(double re, double im) {
      double phase = Math.atan2(im, re);
      if (phase < 0) {
        phase += 2 * Math.PI;
      }
      return new Element(re, im, Math.hypot(re, im), phase);
    }
  }

  /** Table 1 of a given potential matrix. */
  public static Table1 of(PotentialMatrix a) {
    double mean = a.meanDiagonal();
    return new Table1(
        (a.re(Flavour.E, Flavour.E) - mean) / UNIT_EV2,
        (a.re(Flavour.MU, Flavour.MU) - mean) / UNIT_EV2,
        (a.re(Flavour.TAU, Flavour.TAU) - mean) / UNIT_EV2,
        element(a, Flavour.E, Flavour.MU),
        element(a, Flavour.E, Flavour.TAU),
        element(a, Flavour.MU, Flavour.TAU));
  }

  /** Table 1 of the H-model matrix A = ½ U diag(0, Δm²₂₁, Δm²₃₁) U†. */
  public static Table1 of(MixingParameters p) {
    return of(p.toPotentialMatrix());
  }

  /** Sum of the diagonal offsets; zero by construction (a check a printed table must pass). */
  public double diagonalSum() {
    return ee + mumu + tautau;
  }

  /** Rebuilds A − Ā (eV²) from the table, for round-trip checks. */
  public PotentialMatrix toTracelessMatrix() {
    double[] re = new double[9], im = new double[9];
    re[0] = ee * UNIT_EV2;
    re[4] = mumu * UNIT_EV2;
    re[8] = tautau * UNIT_EV2;
    put(re, im, 0, 1, emu);
    put(re, im, 0, 2, etau);
    put(re, im, 1, 2, mutau);
    return PotentialMatrix.of(re, im);
  }

  private static void put(double[] re, double[] im, int i, int j, Element e) {
    re[3 * i + j] = e.re() * UNIT_EV2;
    im[3 * i + j] = e.im() * UNIT_EV2;
    re[3 * j + i] = e.re() * UNIT_EV2;
    im[3 * j + i] = -e.im() * UNIT_EV2;
  }

  private static Element element(PotentialMatrix a, Flavour x, Flavour y) {
    return Element.of(a.re(x, y) / UNIT_EV2, a.im(x, y) / UNIT_EV2);
  }
}
