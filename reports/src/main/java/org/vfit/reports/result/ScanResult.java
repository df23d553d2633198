package org.vfit.reports.result;

import java.util.List;

/**
 * What {@code vfit contour} and {@code vfit profile} found: the best fit of the scanned model and
 * its 2-D grids or 1-D profiles. Written as {@code result.json} next to the plots, so {@code vfit
 * report} re-renders and {@code vfit export} tabulates a scan exactly as it does a tension run.
 *
 * @param schema {@link #SCHEMA}
 * @param run how the run was made
 * @param inputs the datasets of the model
 * @param model description of the fitted model (datasets and hypothesis)
 * @param fit the best fit when the model has one parameter set (one sector's data, or H0), else
 *     {@code null}
 * @param split the best fit when ν and ν̄ have their own parameters (H1), else {@code null}
 * @param grids 2-D Δχ² scans (contour)
 * @param profiles 1-D Δχ² profiles (profile)
 */
public record ScanResult(
    String schema,
    RunInfo run,
    List<DatasetInput> inputs,
    String model,
    SingleFit fit,
    SplitFit split,
    List<Chi2Grid> grids,
    List<Profile> profiles)
    implements Result {
  /** Schema identifier of scan results; bump the number on incompatible changes. */
  public static final String SCHEMA = "vfit-scan-result/1";

  public ScanResult {
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
    Checks.text("model", model);
    if ((fit == null) == (split == null)) {
      throw new InvalidFieldException(
          fit == null ? "fit" : "split",
          "exactly one of fit (one parameter set) and split (H1) must be given");
    }
    grids = Checks.list("grids", grids);
    profiles = Checks.list("profiles", profiles);
    if (grids.isEmpty() && profiles.isEmpty()) {
      throw new InvalidFieldException("grids", "a scan result holds at least one grid or profile");
    }
  }

  public ScanResult(
      RunInfo run,
      List<DatasetInput> inputs,
      String model,
      SingleFit fit,
      SplitFit split,
      List<Chi2Grid> grids,
      List<Profile> profiles) {
    this(SCHEMA, run, inputs, model, fit, split, grids, profiles);
  }

  /** The best-fit parameters of a sector: the single fit's, or that sector's half of H1. */
  public OscillationEstimate estimate(Sector sector) {
    if (fit != null) {
      return fit.estimate();
    }
    return sector == Sector.NUBAR ? split.nubar() : split.nu();
  }
}
