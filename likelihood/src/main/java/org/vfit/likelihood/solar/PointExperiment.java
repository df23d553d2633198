package org.vfit.likelihood.solar;

import java.util.List;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.Values;

/**
 * An experiment of one dataset whose predictions do not depend on the ⁸B normalisation (survival
 * points, asymmetries): the prediction is computed once per point and kept there.
 */
abstract class PointExperiment<D extends Dataset> implements SolarExperiment {
  final SolarPhysics physics;
  final D data;

  PointExperiment(SolarPhysics physics, D data) {
    this.physics = physics;
    this.data = data;
  }

  /** The prediction at a point, in the dataset's observable order. */
  abstract double[] compute(SolarPoint point);

  final double[] predicted(SolarPoint point) {
    return point.memo(this, () -> compute(point));
  }

  @Override
  public final List<Dataset> datasets() {
    return List.of(data);
  }

  @Override
  public final List<Values> expected(SolarPoint point, double fB8) {
    return List.of(Values.of(predicted(point)));
  }
}
