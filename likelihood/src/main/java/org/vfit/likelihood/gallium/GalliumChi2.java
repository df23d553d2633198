package org.vfit.likelihood.gallium;

import java.util.List;

/**
 * χ² of a model against the source experiments: Σ ((R − R_model)/σ)², with σ the data's upper error
 * when the model lies above R and its lower error when below (the usual reading of asymmetric
 * errors as two half-Gaussians). The experiments are taken as independent (see the dataset's notes:
 * the common cross-section error is not in the errors, and BEST's shared systematic is small
 * against its statistics).
 */
public final class GalliumChi2 {

  private final List<SourceMeasurement> data;

  public GalliumChi2(List<SourceMeasurement> data) {
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no source experiments");
    }
    this.data = List.copyOf(data);
  }

  public List<SourceMeasurement> data() {
    return data;
  }

  /** χ² of {@code model} at parameters p. */
  public double value(GalliumModel model, double[] p) {
    double s = 0;
    for (SourceMeasurement m : data) {
      double r = residual(model, p, m);
      s += r * r;
    }
    return s;
  }

  /** (R − R_model)/σ of one experiment. */
  public static double residual(GalliumModel model, double[] p, SourceMeasurement m) {
    double pred = model.predict(p, m);
    double d = m.ratio() - pred;
    double sigma = pred > m.ratio() ? m.error().plus() : m.error().minus();
    return d / sigma;
  }
}
