package org.vfit.likelihood.xsec;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/** Gauss–Legendre nodes and weights on [−1, 1] (from commons-math3), cached per order. */
public final class GaussLegendre {
  private GaussLegendre() {}

  private static final ConcurrentHashMap<Integer, double[][]> CACHE = new ConcurrentHashMap<>();

  /** {nodes, weights} for an n-point rule on [−1, 1]. */
  public static double[][] nodes(int n) {
    return CACHE.computeIfAbsent(
        n,
        k -> {
          GaussIntegrator g = new GaussIntegratorFactory().legendre(k);
          double[][] out = new double[2][k];
          for (int i = 0; i < k; i++) {
            out[0][i] = g.getPoint(i);
            out[1][i] = g.getWeight(i);
          }
          return out;
        });
  }
}
