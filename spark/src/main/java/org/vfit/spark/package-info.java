/**
 * Apache Spark as a {@link org.vfit.fit.analysis.WorkRunner}: the toy and grid work units of {@code
 * vfit-fit} run as Spark tasks, in embedded local mode by default or on a cluster given its master
 * URL (docs/design.md §3). Each unit's result depends only on the unit, so Spark gives the same
 * numbers as the in-JVM {@link org.vfit.fit.analysis.LocalRunner}.
 *
 * <p>Found through {@link java.util.ServiceLoader} by the command line ({@code vfit toys --spark}),
 * which loads this module's folder in a class loader of its own: nothing of Spark is on the default
 * class path. On Java 17 Spark needs some JDK packages opened (see the module's {@code
 * spark.jvm.options}); {@link org.vfit.spark.SparkRunner} says which when they are not.
 */
package org.vfit.spark;
