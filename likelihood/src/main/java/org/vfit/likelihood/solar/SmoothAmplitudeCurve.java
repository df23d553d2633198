package org.vfit.likelihood.solar;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Values;

/**
 * A smooth form of Super-K's digitised amplitude-fit curve A_DN(Δm²₂₁) and its 1σ band: a
 * least-squares Chebyshev series of degree {@value #DEGREE} in ln Δm² over the published range.
 *
 * <p>Why: the curve is a trace of a figure, with tracing noise of up to 7·10⁻⁴ between neighbouring
 * points. Interpolated linearly, that noise puts kinks into χ²(Δm²₂₁) that stall MIGRAD (two of
 * eleven points of a sin²θ₁₂ profile failed). The true curve — a fit result as a function of the
 * assumed Δm² — is smooth. Degree {@value #DEGREE} follows its real structure (the rise below
 * 3·10⁻⁵ eV², the plateau, the slow fall beyond 10⁻⁴) with residuals of 2·10⁻⁴ rms (a fortieth of
 * the 1σ band) while being smooth; the residuals are kept and reported. Outside the published range
 * the nearest end's value is used, as before.
 */
final class SmoothAmplitudeCurve {
  /** Degree of the Chebyshev series (see the class comment for the choice). */
  static final int DEGREE = 10;

  private final double xMin;
  private final double xMax;
  private final double[] fit;
  private final double[] halfWidth;
  private final double rmsResidual;
  private final double maxResidual;

  SmoothAmplitudeCurve(DayNight.AmplitudeCurve c) {
    Values dm2 = c.dm2();
    int n = dm2.size();
    if (n <= DEGREE) {
      throw new IllegalArgumentException(
          "an amplitude curve needs more than " + DEGREE + " points to be smoothed, got " + n);
    }
    xMin = Math.log(dm2.get(0));
    xMax = Math.log(dm2.get(n - 1));
    double[][] basis = new double[n][];
    double[] f = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      basis[i] = chebyshev(scaled(Math.log(dm2.get(i))));
      f[i] = c.fit().get(i);
      w[i] = 0.5 * (c.high().get(i) - c.low().get(i));
    }
    QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(basis, false));
    fit = qr.getSolver().solve(new ArrayRealVector(f, false)).toArray();
    halfWidth = qr.getSolver().solve(new ArrayRealVector(w, false)).toArray();
    double ss = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      double r = f[i] - dot(fit, basis[i]);
      ss += r * r;
      max = Math.max(max, Math.abs(r));
    }
    rmsResidual = Math.sqrt(ss / n);
    maxResidual = max;
  }

  private double scaled(double x) {
    return (2 * x - (xMin + xMax)) / (xMax - xMin);
  }

  private static double[] chebyshev(double t) {
    double[] b = new double[DEGREE + 1];
    b[0] = 1;
    b[1] = t;
    for (int k = 2; k <= DEGREE; k++) {
      b[k] = 2 * t * b[k - 1] - b[k - 2];
    }
    return b;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private double[] basisAt(double dm2) {
    double x = Math.min(Math.max(Math.log(dm2), xMin), xMax);
    return chebyshev(scaled(x));
  }

  /** The fitted asymmetry at Δm² (eV²), smooth; the nearest end outside the published range. */
  double fitAt(double dm2) {
    return dot(fit, basisAt(dm2));
  }

  /** Half the 1σ band at Δm² (eV²), smooth likewise. */
  double sigmaAt(double dm2) {
    return dot(halfWidth, basisAt(dm2));
  }

  /** Root-mean-square difference between the digitised points and the smooth curve. */
  double rmsResidual() {
    return rmsResidual;
  }

  /** Largest such difference. */
  double maxResidual() {
    return maxResidual;
  }
}
