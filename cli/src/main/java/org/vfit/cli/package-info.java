/**
 * The {@code vfit} command line: subcommands, run cards, exit codes (0 ok, 1 analysis failure, 2
 * bad input).
 */
package org.vfit.cli;
