package org.vfit.datasets.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Power-reactor units with their sites, licensed thermal powers and annual operating history (IAEA
 * PRIS), so that a time-averaged flux per site can be computed for a detector's data period.
 *
 * @param detector where the baselines are measured from
 * @param history one record per unit and year
 */
public record ReactorUnits(
    Metadata meta,
    Location detector,
    List<Site> sites,
    List<Unit> units,
    List<AnnualRecord> history)
    implements Dataset {

  public ReactorUnits {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(detector, "detector");
    sites = Checks.list(sites, "sites");
    units = Checks.list(units, "units");
    history = Checks.list(history, "history");
  }

  /** A detector position: WGS84 latitude and longitude (degrees) and depth (km). */
  public record Location(String name, double latitude, double longitude, double depth) {
    public Location {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A site: coordinates in degrees and the baseline to the detector in km. */
  public record Site(
      String name, String country, double latitude, double longitude, double baseline) {
    public Site {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(country, "country");
    }
  }

  /** A reactor unit; dates are null when they did not happen (yet). Power in MW thermal. */
  public record Unit(
      int id,
      String name,
      String site,
      double thermalPower,
      LocalDate gridDate,
      LocalDate commercialDate,
      LocalDate shutdownDate,
      LocalDate suspendedDate,
      LocalDate restartDate) {
    public Unit {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(site, "site");
    }
  }

  /**
   * One unit-year of operation: electricity supplied (GWh), reference electric power (MW), hours on
   * line and the annual load factor (percent; PRIS values slightly above 100 occur).
   */
  public record AnnualRecord(
      int unitId,
      int year,
      double electricity,
      double referencePower,
      double hoursOnline,
      double loadFactor) {}

  public Site site(String name) {
    return sites.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no site " + name + " in " + name()));
  }

  /**
   * Mean thermal power (MW) of a site over the calendar years [firstYear, lastYear]: for each unit
   * and year, licensed thermal power × annual load factor, averaged over the years. A unit-year
   * without a record counts as zero (not operating).
   *
   * <p>The load factor is electric; using it for thermal power assumes a constant efficiency per
   * unit, the approximation the PRIS tables allow (KamLAND itself used operators' thermal data).
   */
  public double meanThermalPower(String siteName, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("empty year range " + firstYear + ".." + lastYear);
    }
    site(siteName);
    double sum = 0;
    for (Unit u : units) {
      if (!u.site().equals(siteName)) {
        continue;
      }
      for (AnnualRecord r : history) {
        if (r.unitId() == u.id() && r.year() >= firstYear && r.year() <= lastYear) {
          sum += u.thermalPower() * r.loadFactor() / 100.0;
        }
      }
    }
    return sum / (lastYear - firstYear + 1);
  }
}
