package org.vfit.oscillation.earth;

/**
 * The fraction of a year's solar-neutrino exposure a detector spends at each nadir angle, weighted
 * by 1/r² (Earth–Sun distance), assuming uniform live time.
 *
 * <p>Computed, not tabulated: for each of many instants spread uniformly over a year the Sun's
 * declination δ and distance come from the Astronomical Almanac's low-precision solar coordinates
 * (accurate to 0.01°); for a given δ the hour angle is uniform over a day, so the time fraction
 * with cos z in a bin follows in closed form from cos z = sin φ sin δ + cos φ cos δ cos H. Night
 * bins are uniform in cos η ∈ [0, 1] with cos η = −cos z.
 */
public final class NadirExposure {
  private final Detector detector;
  private final double[] binEdgesCosNadir;
  private final double[] nightWeight; // fraction of the year-weighted exposure in each night bin
  private final double dayFraction;
  private final double nightFraction;

  private NadirExposure(Detector detector, double[] edges, double[] w, double day) {
    this.detector = detector;
    this.binEdgesCosNadir = edges;
    this.nightWeight = w;
    this.dayFraction = day;
    double s = 0;
    for (double x : w) s += x;
    this.nightFraction = s;
  }

  /**
   * Exposure of a detector in {@code bins} uniform night bins of cos η, with 1/r² weighting. 3000
   * instants over the year (the declination moves at most 0.4° a day; the hour angle is integrated
   * exactly) reproduce Bahcall–Krastev's exposure functions to 2e-4 in the cumulative distribution.
   */
  public static NadirExposure compute(Detector detector, int bins) {
    return compute(detector, bins, 3000);
  }

  /** As above with a given number of instants over the year. */
  public static NadirExposure compute(Detector detector, int bins, int instants) {
    if (bins < 1 || instants < 10) {
      throw new IllegalArgumentException("need at least 1 bin and 10 instants");
    }
    double phi = Math.toRadians(detector.latitudeDeg());
    double sinPhi = Math.sin(phi), cosPhi = Math.cos(phi);
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) edges[i] = (double) i / bins;
    double[] w = new double[bins];
    double day = 0, total = 0;
    double yearDays = 365.2422;
    for (int k = 0; k < instants; k++) {
      double n = (k + 0.5) / instants * yearDays; // days since an arbitrary J2000 epoch offset
      double lMean = Math.toRadians(280.460 + 0.9856474 * n);
      double g = Math.toRadians(357.528 + 0.9856003 * n);
      double lambda = lMean + Math.toRadians(1.915 * Math.sin(g) + 0.020 * Math.sin(2 * g));
      double eps = Math.toRadians(23.439 - 4.0e-7 * n);
      double dec = Math.asin(Math.sin(eps) * Math.sin(lambda));
      double rAu = 1.00014 - 0.01671 * Math.cos(g) - 0.00014 * Math.cos(2 * g);
      double weight = 1.0 / (rAu * rAu);
      double a = sinPhi * Math.sin(dec), b = cosPhi * Math.cos(dec);
      total += weight;
      // fraction of the day with cos z > 0
      day += weight * fractionAbove(0.0, a, b);
      for (int i = 0; i < bins; i++) {
        // night: cos z = −cos η ∈ [−edges[i+1], −edges[i]]
        double f = fractionAbove(-edges[i + 1], a, b) - fractionAbove(-edges[i], a, b);
        w[i] += weight * f;
      }
    }
    for (int i = 0; i < bins; i++) w[i] /= total;
    return new NadirExposure(detector, edges, w, day / total);
  }

  /**
   * The same exposure with night bins outside cos η ∈ [cosLow, cosHigh] emptied (bins are kept
   * whole: a bin belongs to the range if its centre does). For zenith-split data such as Super-K's
   * mantle and core classes.
   */
  public NadirExposure restrictedTo(double cosLow, double cosHigh) {
    if (!(cosLow < cosHigh) || cosLow < 0 || cosHigh > 1) {
      throw new IllegalArgumentException(
          "need 0 <= cosLow < cosHigh <= 1, got [" + cosLow + ", " + cosHigh + "]");
    }
    double[] w = new double[nightWeight.length];
    for (int i = 0; i < w.length; i++) {
      double c = binCentreCosNadir(i);
      w[i] = c >= cosLow && c < cosHigh ? nightWeight[i] : 0.0;
    }
    return new NadirExposure(detector, binEdgesCosNadir, w, dayFraction);
  }

  /** Fraction of a uniform hour angle H ∈ [0, 2π) with a + b cos H > c. */
  static double fractionAbove(double c, double a, double b) {
    if (b <= 0) {
      return a > c ? 1.0 : 0.0;
    }
    double x = (c - a) / b;
    if (x <= -1) return 1.0;
    if (x >= 1) return 0.0;
    return Math.acos(x) / Math.PI;
  }

  public Detector detector() {
    return detector;
  }

  public int bins() {
    return nightWeight.length;
  }

  /** Centre of night bin i in cos η. */
  public double binCentreCosNadir(int i) {
    return 0.5 * (binEdgesCosNadir[i] + binEdgesCosNadir[i + 1]);
  }

  /** Lower edge of bin i in cos η (i = bins() gives the upper edge of the last bin). */
  public double binEdgeCosNadir(int i) {
    return binEdgesCosNadir[i];
  }

  /** Fraction of the annual exposure in night bin i. */
  public double nightWeight(int i) {
    return nightWeight[i];
  }

  /** Fraction of the annual exposure with the Sun above the horizon. */
  public double dayFraction() {
    return dayFraction;
  }

  /** Fraction with the Sun below the horizon (1 − day). */
  public double nightFraction() {
    return nightFraction;
  }
}
