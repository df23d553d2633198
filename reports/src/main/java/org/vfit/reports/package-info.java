/**
 * Result files (JSON, the source of truth), plots and the static HTML report rendered from them.
 * Depends on {@code fit} and below.
 */
package org.vfit.reports;
