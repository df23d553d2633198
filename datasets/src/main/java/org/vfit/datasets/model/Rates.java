package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * Summary measurements of one quantity (capture rates, fluxes, interaction rates, survival
 * probabilities), each with its errors, optionally correlated.
 *
 * @param correlation correlation of the total errors, or null when uncorrelated
 */
public record Rates(Metadata meta, List<Measurement> measurements, Matrix correlation)
    implements Dataset {

  public Rates {
    Objects.requireNonNull(meta, "meta");
    measurements = Checks.list(measurements, "measurements");
    Checks.squareOfSize("correlation", measurements.size(), correlation);
  }

  /**
   * One measurement. Errors are either {@code stat} (with an optional {@code syst}) or a single
   * {@code total}; {@code reference} names the paper when it differs from the dataset's.
   */
  public record Measurement(
      String id,
      double value,
      Uncertainty stat,
      Uncertainty syst,
      Uncertainty total,
      Observable observable,
      Citation reference) {

    public Measurement {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(observable, "observable");
      if ((total == null) == (stat == null)) {
        throw new IllegalArgumentException(id + ": give either stat (+ syst) or total");
      }
      if (total != null && syst != null) {
        throw new IllegalArgumentException(id + ": syst only goes with stat");
      }
    }

    /** Total error: {@code total}, or stat and syst added in quadrature side by side. */
    public Uncertainty uncertainty() {
      if (total != null) {
        return total;
      }
      return syst == null ? stat : stat.combine(syst);
    }
  }

  public Measurement measurement(String id) {
    return measurements.stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no measurement " + id + " in " + name()));
  }

  public Values values() {
    return Values.of(measurements.stream().mapToDouble(Measurement::value).toArray());
  }

  /** Symmetrised total errors (mean of the two sides). */
  public Values sigmas() {
    return Values.of(measurements.stream().mapToDouble(m -> m.uncertainty().average()).toArray());
  }

  public Matrix correlationOrIdentity() {
    return correlation == null ? Matrix.identity(measurements.size()) : correlation;
  }

  /** Covariance of the symmetrised total errors. */
  public Matrix covariance() {
    return correlationOrIdentity().scaledBy(sigmas());
  }
}
