package org.vfit.cli;

/**
 * A command whose option values can be checked without running it, so that {@code vfit run} refuses
 * a bad run card — an unknown lever value, θ₁₃ out of range, overlapping datasets — before any run
 * of the card starts.
 */
interface CheckedBeforeRun {
  /**
   * Checks every option value.
   *
   * @throws IllegalArgumentException naming the option and what was expected
   */
  void check();
}
