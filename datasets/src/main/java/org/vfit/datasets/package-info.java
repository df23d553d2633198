/**
 * Dataset model, validated JSON I/O, the bundled published data and the Asimov/toy generators.
 * Depends only on {@code oscillation}.
 */
package org.vfit.datasets;
