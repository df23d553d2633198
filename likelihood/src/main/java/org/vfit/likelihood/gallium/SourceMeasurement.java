package org.vfit.likelihood.gallium;

import java.util.ArrayList;
import java.util.List;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.datasets.model.Uncertainty;

/**
 * One source experiment ready for the models: its ratio R with errors, its geometry and the capture
 * weight of each line of its source.
 *
 * @param id e.g. {@code best-inner}
 * @param ratio observed/expected
 * @param error the ratio's error (plus above, minus below)
 * @param activityBq the source activity, Bq (ν/s: one neutrino per electron capture)
 * @param geometry the target around the source
 * @param lineEnergiesMeV the source's lines
 * @param lineWeights each line's share of the captures without oscillation (branching × cross
 *     section, normalised)
 */
public record SourceMeasurement(
    String id,
    double ratio,
    Uncertainty error,
    double activityBq,
    SourceGeometry geometry,
    double[] lineEnergiesMeV,
    double[] lineWeights) {

  public SourceMeasurement {
    lineEnergiesMeV = lineEnergiesMeV.clone();
    lineWeights = lineWeights.clone();
  }

  @Override
  public double[] lineEnergiesMeV() {
    return lineEnergiesMeV.clone();
  }

  @Override
  public double[] lineWeights() {
    return lineWeights.clone();
  }

  /** The volume-averaged flux density of the source at its target, ν cm⁻² s⁻¹. */
  public double meanFluxDensity() {
    return geometry.meanFluxDensity(activityBq);
  }

  /** The measurements of a dataset, in its order. */
  public static List<SourceMeasurement> of(SourceExperiments d) {
    List<SourceMeasurement> out = new ArrayList<>();
    for (SourceExperiments.Experiment e : d.experiments()) {
      List<SourceExperiments.Line> lines = d.sources().get(e.source());
      double[] en = new double[lines.size()];
      double[] w = new double[lines.size()];
      double total = 0;
      for (int i = 0; i < en.length; i++) {
        en[i] = lines.get(i).energyMeV();
        w[i] = lines.get(i).branching() * lines.get(i).crossSectionCm2();
        total += w[i];
      }
      for (int i = 0; i < w.length; i++) {
        w[i] /= total;
      }
      out.add(
          new SourceMeasurement(
              e.id(),
              e.ratio(),
              e.ratioError(),
              e.activityBq(),
              new SourceGeometry(e.geometry()),
              en,
              w));
    }
    return out;
  }
}
