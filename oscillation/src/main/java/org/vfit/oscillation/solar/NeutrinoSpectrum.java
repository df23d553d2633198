package org.vfit.oscillation.solar;

/**
 * A normalised neutrino energy spectrum: either a tabulated continuum (density in MeV⁻¹ at the
 * given energies, trapezoid-normalised to 1) or a set of lines with branching fractions.
 *
 * @param energiesMeV tabulation energies (continuum) or line energies (lines), ascending
 * @param weights density in MeV⁻¹ (continuum) or branching fractions summing to 1 (lines)
 * @param line true for line spectra (pep, 7Be)
 */
public record NeutrinoSpectrum(double[] energiesMeV, double[] weights, boolean line) {
  public NeutrinoSpectrum {
    if (energiesMeV.length != weights.length || energiesMeV.length == 0) {
      throw new IllegalArgumentException(
          "spectrum needs matching, non-empty energy and weight arrays");
    }
    energiesMeV = energiesMeV.clone();
    weights = weights.clone();
  }

  /** A continuum normalised to unit area with the trapezoid rule. */
  public static NeutrinoSpectrum continuum(double[] energiesMeV, double[] density) {
    double area = 0;
    for (int i = 1; i < energiesMeV.length; i++) {
      area += 0.5 * (density[i] + density[i - 1]) * (energiesMeV[i] - energiesMeV[i - 1]);
    }
    double[] w = new double[density.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = density[i] / area;
    }
    return new NeutrinoSpectrum(energiesMeV, w, false);
  }

  /** Lines at the given energies with the given branchings (normalised to sum 1). */
  public static NeutrinoSpectrum lines(double[] energiesMeV, double[] branchings) {
    double sum = 0;
    for (double b : branchings) sum += b;
    double[] w = new double[branchings.length];
    for (int i = 0; i < w.length; i++) w[i] = branchings[i] / sum;
    return new NeutrinoSpectrum(energiesMeV, w, true);
  }

  /** Largest energy with non-zero weight (the endpoint of a continuum), MeV. */
  public double endpointMeV() {
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return line || i == weights.length - 1 ? energiesMeV[i] : energiesMeV[i + 1];
      }
    }
    return energiesMeV[0];
  }

  /**
   * Spectral density at E (MeV⁻¹) by linear interpolation; zero outside the table. Continuum only.
   */
  public double density(double energyMeV) {
    if (line) {
      throw new IllegalStateException("a line spectrum has no density");
    }
    double[] e = energiesMeV;
    if (energyMeV < e[0] || energyMeV > e[e.length - 1]) {
      return 0.0;
    }
    int lo = 0, hi = e.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (e[mid] <= energyMeV) lo = mid;
      else hi = mid;
    }
    double t = (energyMeV - e[lo]) / (e[hi] - e[lo]);
    return weights[lo] + t * (weights[hi] - weights[lo]);
  }
}
