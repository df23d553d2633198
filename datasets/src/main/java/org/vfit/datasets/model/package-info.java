/**
 * Immutable records for every dataset kind: measured data ({@link org.vfit.datasets.model.Rates},
 * {@link org.vfit.datasets.model.PolynomialSurvival}, {@link org.vfit.datasets.model.DayNight},
 * {@link org.vfit.datasets.model.ReactorSpectrum}, {@link org.vfit.datasets.model.RecoilSpectrum},
 * {@link org.vfit.datasets.model.GaussianConstraint}, {@link org.vfit.datasets.model.Chi2Table})
 * and the inputs a prediction needs (cross sections, reactor flux model and reactor tables, solar
 * fluxes and spectra, predicted detector spectra, zenith exposures).
 *
 * <p>Every record carries its {@link org.vfit.datasets.model.Metadata}: name, kind, status,
 * provenance and units. Numbers are stored in the units named there, which are fixed per field
 * (energies in MeV, Δm² in eV², cross sections in cm², fluxes in cm⁻² s⁻¹, counts in events).
 * Arrays are {@link org.vfit.datasets.model.Values} and matrices {@link
 * org.vfit.datasets.model.Matrix}, both immutable with value equality, so two datasets are equal
 * exactly when their contents are.
 *
 * <p>Records check only their shape (non-null parts, matching lengths). The full rule set — units,
 * monotonic edges, non-negative counts, positive-definite correlations — is applied when a file is
 * read, where a failure can name the file and the JSON pointer ({@link org.vfit.datasets.io}).
 */
package org.vfit.datasets.model;
