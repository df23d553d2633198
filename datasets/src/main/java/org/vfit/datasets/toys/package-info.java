/**
 * Pseudo-data for any measured dataset: Asimov datasets (the expectation taken as data) and seeded
 * toys — Poisson counts for reactor spectra, multivariate Gaussian draws with the dataset's own
 * covariance for summary data. Start at {@link org.vfit.datasets.toys.Toys}.
 *
 * <p>The expected values come from outside (the likelihood module computes them at a parameter
 * point); this package only knows their order, given by {@link org.vfit.datasets.toys.Observables}.
 * Toy {@code i} of master seed {@code s} is drawn from its own {@link java.util.SplittableRandom}
 * seeded by a hash of (s, i), so a toy is the same whichever thread draws it and however many are
 * drawn.
 */
package org.vfit.datasets.toys;
