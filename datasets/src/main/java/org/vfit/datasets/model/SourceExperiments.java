package org.vfit.datasets.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Radioactive-source calibrations of radiochemical detectors (the gallium experiments with ⁵¹Cr and
 * ³⁷Ar sources): each the measured ratio R of observed to expected capture rate, the source's
 * activity and the target's geometry around it, so that a model can predict R from the distances
 * the neutrinos travel and the flux the source puts through the target.
 *
 * @param target the capturing nucleus, e.g. {@code 71Ga}
 * @param sources the neutrino lines of each source nuclide, by name ({@code 51Cr})
 * @param experiments the measurements
 */
public record SourceExperiments(
    Metadata meta, String target, Map<String, List<Line>> sources, List<Experiment> experiments)
    implements Dataset {

  public SourceExperiments {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(target, "target");
    Map<String, List<Line>> s = new LinkedHashMap<>();
    sources.forEach((k, v) -> s.put(k, Checks.list(v, "lines of " + k)));
    sources = Collections.unmodifiableMap(s);
    experiments = Checks.list(experiments, "experiments");
    for (Experiment e : experiments) {
      if (!sources.containsKey(e.source())) {
        throw new IllegalArgumentException(
            e.id() + ": source " + e.source() + " has no lines in " + sources.keySet());
      }
    }
  }

  /**
   * A monoenergetic line of a source.
   *
   * @param energyMeV neutrino energy, MeV
   * @param branching fraction of decays giving this line
   * @param crossSectionCm2 capture cross section on the target at this energy, cm²
   */
  public record Line(double energyMeV, double branching, double crossSectionCm2) {}

  /**
   * Where the target is, relative to a point source on the axis of a cylinder or at the centre of a
   * sphere, in cm.
   *
   * @param shape {@code cylinder} or {@code sphere}
   * @param radiusCm cylinder or sphere radius
   * @param heightCm cylinder height (0 for a sphere)
   * @param sourceHeightCm height of the source above the cylinder's base (0 for a sphere)
   * @param excludedRadiusCm radius of a sphere around the source that is not target (BEST's inner
   *     zone seen from the outer one), 0 for none
   */
  public record Geometry(
      String shape,
      double radiusCm,
      double heightCm,
      double sourceHeightCm,
      double excludedRadiusCm) {
    public Geometry {
      if (!shape.equals("cylinder") && !shape.equals("sphere")) {
        throw new IllegalArgumentException("shape must be cylinder or sphere, got " + shape);
      }
    }
  }

  /**
   * One source measurement.
   *
   * @param id short name, e.g. {@code gallex-cr1}
   * @param detector the experiment
   * @param source the source nuclide, a key of {@link SourceExperiments#sources()}
   * @param activityBq the source activity the experiment quotes (at its reference time), Bq
   * @param ratio observed / expected capture rate
   * @param ratioError its error (asymmetric where the paper gives it so)
   * @param geometry the target around the source
   * @param status how far this measurement's numbers were checked
   * @param reference the paper the numbers come from
   * @param note where each number was read
   */
  public record Experiment(
      String id,
      String detector,
      String source,
      double activityBq,
      double ratio,
      Uncertainty ratioError,
      Geometry geometry,
      Status status,
      Citation reference,
      String note) {
    public Experiment {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ratioError, "ratioError");
      Objects.requireNonNull(geometry, "geometry");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reference, "reference");
    }
  }
}
