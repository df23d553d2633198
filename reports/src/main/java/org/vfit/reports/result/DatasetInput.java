package org.vfit.reports.result;

/**
 * One input of the run, as the report's provenance table shows it.
 *
 * @param name data set name, e.g. {@code kamland-2011}
 * @param kind data set kind, e.g. {@code reactor-spectrum}, {@code rates}, {@code prior}
 * @param sector which fit reads it: {@code nu} (solar), {@code nubar} (reactor), or {@code
 *     combined} for inputs read by both (e.g. a θ₁₃ prior)
 * @param status where it came from and how it was used, e.g. {@code bundled}, {@code user file},
 *     {@code asimov}
 * @param provenance publication, table/figure and arXiv id the numbers were taken from
 */
public record DatasetInput(
    String name, String kind, Sector sector, String status, String provenance) {
  public DatasetInput {
    Checks.text("name", name);
    Checks.text("kind", kind);
    Checks.required("sector", sector);
    Checks.text("status", status);
    Checks.text("provenance", provenance);
  }
}
