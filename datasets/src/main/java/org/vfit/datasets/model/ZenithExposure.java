package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * The distribution of the solar zenith angle over a year at detector sites: a probability density
 * per degree on bins of equal width (angles above 90° are night; the nadir angle is 180° − θ_z).
 *
 * @param zenith bin centres in degrees
 * @param binWidth in degrees
 */
public record ZenithExposure(
    Metadata meta, Values zenith, double binWidth, List<SiteExposure> sites) implements Dataset {

  public ZenithExposure {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(zenith, "zenith");
    sites = Checks.list(sites, "sites");
    for (SiteExposure s : sites) {
      Checks.sameLength(s.name(), zenith.size(), s.density());
    }
  }

  /** One site: latitude in degrees north and the density per degree in each zenith bin. */
  public record SiteExposure(String name, double latitude, Values density) {
    public SiteExposure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(density, "density");
    }

    /** Fraction of the year with the Sun below the horizon, for bin centres above 90°. */
    public double nightFraction(Values zenith, double binWidth) {
      double s = 0;
      for (int i = 0; i < zenith.size(); i++) {
        if (zenith.get(i) > 90) {
          s += density.get(i) * binWidth;
        }
      }
      return s;
    }
  }

  public SiteExposure site(String name) {
    return sites.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no site " + name + " in " + name()));
  }
}
