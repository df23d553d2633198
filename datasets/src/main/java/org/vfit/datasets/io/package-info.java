/**
 * The JSON form of datasets: {@link org.vfit.datasets.io.DatasetJson} reads a file into a record,
 * validating as it goes, and writes a record in canonical form. Most callers use {@link
 * org.vfit.datasets.Datasets} instead.
 *
 * <p>Every file is an object with {@code kind}, {@code name}, {@code title}, {@code status}, {@code
 * provenance} (authors, title, journal, volume, page, year, arxiv, doi, url, table_or_figure,
 * read_in, related), {@code units} and optional {@code notes}, followed by the fields of its kind.
 * Reading stops at the first problem with a {@link org.vfit.datasets.DatasetException} whose
 * message has the form
 *
 * <pre>FILE: /json/pointer: expected WHAT, found WHAT</pre>
 *
 * The rules: required fields present and unknown fields rejected (a misspelt field is an error, not
 * silently ignored); each unit field has exactly one allowed unit (energies in MeV, Δm² in eV²,
 * cross sections in cm², ...); every number finite, and zero or at least 1e-150 in magnitude (an
 * uncertainty whose square underflows would make a χ² infinite); counts, rates, errors and cross
 * sections non-negative; probabilities and fractions in [0, 1]; bin edges, energies and grids
 * strictly increasing; per-bin and per-row arrays of matching length; correlation matrices square,
 * symmetric, with unit diagonal, entries in [−1, 1] and positive definite; names, ids and
 * vocabulary terms as documented on the records. Syntax errors name the line, column and the
 * pointer where the parser stopped, and say what is wrong in words that quote nothing from the file
 * ({@link org.vfit.datasets.io.JsonSyntax}): a file that is not JSON may be a secret.
 *
 * <p>Files are read by {@link org.vfit.datasets.io.BoundedFiles}: regular files only (no FIFO,
 * device or directory) and at most 16 MiB, so no input can hang a command or exhaust its memory.
 */
package org.vfit.datasets.io;
