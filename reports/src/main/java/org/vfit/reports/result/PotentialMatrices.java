package org.vfit.reports.result;

/**
 * The fitted potential matrices A_ν and A_ν̄ of the H1 fit, in Table 1 form.
 *
 * @param units always {@link #UNITS}, kept in the file so that it explains itself
 * @param nu A_ν
 * @param nubar A_ν̄
 */
public record PotentialMatrices(String units, PotentialMatrix nu, PotentialMatrix nubar) {
  /** The unit of every element. */
  public static final String UNITS = "1e-4 eV^2";

  public PotentialMatrices {
    if (!UNITS.equals(units)) {
      throw new InvalidFieldException(
          "units",
          "must be \"" + UNITS + "\", was " + (units == null ? "missing" : "\"" + units + "\""));
    }
    Checks.required("nu", nu);
    Checks.required("nubar", nubar);
  }

  public PotentialMatrices(PotentialMatrix nu, PotentialMatrix nubar) {
    this(UNITS, nu, nubar);
  }
}
