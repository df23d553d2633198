package org.vfit.reports.result;

import java.util.List;

/**
 * Everything a tension run found; the content of {@code result.json} and the only input of the
 * plots and the HTML report.
 *
 * @param schema {@link #SCHEMA}; a reader refuses other values rather than guess
 * @param run how the run was made
 * @param inputs every data set and prior that entered, with provenance
 * @param pg the parameter-goodness-of-fit test
 * @param fits the four fits
 * @param potentials fitted A_ν and A_ν̄ (H1), Table 1 form
 * @param grids 2-D Δχ² scans (possibly none)
 * @param profiles 1-D Δχ² profiles (possibly none)
 * @param survival P_ee(E) curves and solar points
 * @param levers the test under each one-change variant of the modelling choices (empty unless the
 *     run was asked for them)
 * @param matrixElements the elements of A_ν, A_ν̄ and A_ν̄ − A_ν* from the H1 fit with their errors
 *     (the V-model reading), or null
 */
public record TensionResult(
    String schema,
    RunInfo run,
    List<DatasetInput> inputs,
    PgTest pg,
    Fits fits,
    PotentialMatrices potentials,
    List<Chi2Grid> grids,
    List<Profile> profiles,
    SurvivalData survival,
    List<LeverVariant> levers,
    MatrixElements matrixElements)
    implements Result {
  /** Schema identifier written into every result; bump the number on incompatible changes. */
  public static final String SCHEMA = "vfit-tension-result/2";

  public TensionResult {
    if (!SCHEMA.equals(schema)) {
      throw new InvalidFieldException(
          "schema",
          "this vfit reads \""
              + SCHEMA
              + "\", the file says "
              + (schema == null ? "nothing" : "\"" + schema + "\""));
    }
    Checks.required("run", run);
    inputs = Checks.list("inputs", inputs);
    Checks.required("pg", pg);
    Checks.required("fits", fits);
    Checks.required("potentials", potentials);
    grids = Checks.list("grids", grids);
    profiles = Checks.list("profiles", profiles);
    Checks.required("survival", survival);
    levers = levers == null ? List.of() : Checks.list("levers", levers);
  }

  public TensionResult(
      RunInfo run,
      List<DatasetInput> inputs,
      PgTest pg,
      Fits fits,
      PotentialMatrices potentials,
      List<Chi2Grid> grids,
      List<Profile> profiles,
      SurvivalData survival) {
    this(SCHEMA, run, inputs, pg, fits, potentials, grids, profiles, survival, List.of(), null);
  }

  public TensionResult(
      RunInfo run,
      List<DatasetInput> inputs,
      PgTest pg,
      Fits fits,
      PotentialMatrices potentials,
      List<Chi2Grid> grids,
      List<Profile> profiles,
      SurvivalData survival,
      List<LeverVariant> levers,
      MatrixElements matrixElements) {
    this(
        SCHEMA,
        run,
        inputs,
        pg,
        fits,
        potentials,
        grids,
        profiles,
        survival,
        levers,
        matrixElements);
  }

  /** The grid of that sector, or {@code null} when the run made none. */
  public Chi2Grid grid(Sector sector) {
    return grids.stream().filter(g -> g.sector() == sector).findFirst().orElse(null);
  }

  /** The profile of that parameter and sector, or {@code null} when the run made none. */
  public Profile profile(ProfileParameter parameter, Sector sector) {
    return profiles.stream()
        .filter(p -> p.parameter() == parameter && p.sector() == sector)
        .findFirst()
        .orElse(null);
  }
}
