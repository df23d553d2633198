package org.vfit.fit.analysis;

import java.io.Serializable;

/**
 * One kind of independent work unit (a toy, a run of grid points): a pure function of its input, so
 * that it gives the same output on any thread, JVM or machine. Serialisable, with everything it
 * captures, because distributed runners ship it to their workers.
 */
@FunctionalInterface
public interface WorkFunction<T, R> extends Serializable {
  R apply(T unit);
}
