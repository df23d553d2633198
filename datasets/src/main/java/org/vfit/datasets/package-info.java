/**
 * Dataset model, validated JSON I/O, the bundled published data and the Asimov/toy generators.
 * Start at {@link org.vfit.datasets.Datasets}: {@code load(name)} for a bundled dataset, {@code
 * read(path)} for a user file, {@code resolve(nameOrPath)} for a {@code --dataset} argument, {@code
 * validate(nameOrPath)} to also check the datasets a file refers to.
 *
 * <ul>
 *   <li>{@link org.vfit.datasets.model} — one immutable record per dataset kind;
 *   <li>{@link org.vfit.datasets.io} — the file format and its validation rules;
 *   <li>{@link org.vfit.datasets.toys} — Asimov data and seeded Poisson/Gaussian toys.
 * </ul>
 *
 * Bundled datasets are resources written by {@code tools/build_bundled.py} from the project's
 * source-data folder, which is never read at run or test time; the same script writes the
 * oscillation module's solar and Earth tables. Solar and Earth models (density and production
 * profiles) are {@code oscillation} records, not datasets here; the solar fluxes and spectra
 * bundled here are copies of the numbers in those records, checked to agree at every build.
 */
package org.vfit.datasets;
