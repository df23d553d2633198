/**
 * JMH benchmarks. Not tests: they print figures and assert nothing. Run {@code ./vfit-bench} or see
 * README.
 */
package org.vfit.bench;
