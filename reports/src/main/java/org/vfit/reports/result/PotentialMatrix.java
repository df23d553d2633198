package org.vfit.reports.result;

/**
 * A fitted potential matrix A (H = A/E) in the form of the paper's Table 1: diagonal elements
 * relative to the unobservable mean Ā = tr(A)/3, and the off-diagonal elements, all in units of
 * 1e-4 eV².
 *
 * @param ee A_ee − Ā
 * @param mumu A_μμ − Ā
 * @param tautau A_ττ − Ā
 * @param emu A_eμ
 * @param etau A_eτ
 * @param mutau A_μτ
 */
public record PotentialMatrix(
    double ee, double mumu, double tautau, OffDiagonal emu, OffDiagonal etau, OffDiagonal mutau) {
  /**
   * The diagonal is relative to its own mean, so it sums to zero up to rounding; 1e-9 of the
   * largest element allows for the rounding of three ~1e1 numbers and rejects absolute diagonals.
   */
  private static final double TRACELESS = 1e-9;

  public PotentialMatrix {
    Checks.finite("ee", ee);
    Checks.finite("mumu", mumu);
    Checks.finite("tautau", tautau);
    Checks.required("emu", emu);
    Checks.required("etau", etau);
    Checks.required("mutau", mutau);
    double scale = Math.max(Math.abs(ee), Math.max(Math.abs(mumu), Math.abs(tautau)));
    if (Math.abs(ee + mumu + tautau) > TRACELESS * scale) {
      throw new InvalidFieldException(
          "ee",
          "diagonal elements are relative to tr(A)/3 and must sum to 0, sum is "
              + (ee + mumu + tautau));
    }
  }
}
