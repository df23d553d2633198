package org.vfit.likelihood.reactor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.ReactorBaselines;
import org.vfit.datasets.model.ReactorUnits;

/**
 * The reactors a detector sees during one data period, reduced to baselines and relative weights,
 * plus the fraction of reactor events from far reactors that no table lists (their oscillation is
 * averaged out).
 *
 * @param table name of the table they come from
 * @param sources reactors with non-zero weight
 * @param farFraction fraction of all no-oscillation reactor events coming from unlisted far
 *     reactors (0 when the dataset does not give it)
 */
public record ReactorSources(String table, List<ReactorSource> sources, double farFraction) {
  public ReactorSources {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(
          "reactor table " + table + " gives no reactor with non-zero weight");
    }
    if (!(farFraction >= 0 && farFraction < 1)) {
      throw new IllegalArgumentException(
          "far-reactor fraction must lie in [0, 1), got " + farFraction);
    }
  }

  /**
   * A {@code reactor-baselines} table as it stands: both weight definitions (power over distance
   * squared, percent of the flux at the detector) are proportional to the number of ν̄ arriving,
   * and the table is a time average over a period it does not state.
   */
  public static ReactorSources of(ReactorBaselines table, double farFraction) {
    List<ReactorSource> out = new ArrayList<>();
    int row = 0;
    for (ReactorBaselines.Entry e : table.entries()) {
      String label = e.label() != null ? e.label() : table.name() + "#" + row;
      if (e.weight() > 0) {
        out.add(new ReactorSource(label, e.baseline(), e.weight()));
      }
      row++;
    }
    return new ReactorSources(table.name(), out, farFraction);
  }

  /**
   * A {@code reactor-units} table averaged over the days [start, end] (inclusive): for each site,
   * Σ_units thermal power × annual load factor, each calendar year weighted by the number of its
   * days inside the window, divided by the window's length; weight = mean power [MW] / L² [km²].
   *
   * <p>This follows the flux through the data period (for KamLAND 2002–2009 the 2007 Kashiwazaki-
   * Kariwa shutdown enters through that site's load factors), but assumes constant live time across
   * the window and a load factor spread evenly over its year; a unit-year without a record counts
   * as not operating. The load factor is electric; as thermal weight it assumes constant
   * efficiency.
   */
  public static ReactorSources of(
      ReactorUnits table, LocalDate start, LocalDate end, double farFraction) {
    if (start == null || end == null) {
      throw new IllegalArgumentException(
          "averaging "
              + table.name()
              + " needs a start and an end date; "
              + "the data period does not give both, so pass them explicitly (KamLandOptions.withPris)");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "averaging window ends (" + end + ") before it starts (" + start + ")");
    }
    double windowDays = ChronoUnit.DAYS.between(start, end) + 1;
    Map<Integer, ReactorUnits.Unit> unitsById = new LinkedHashMap<>();
    for (ReactorUnits.Unit u : table.units()) {
      unitsById.put(u.id(), u);
    }
    Map<String, Double> megawattDays = new LinkedHashMap<>();
    for (ReactorUnits.Site s : table.sites()) {
      megawattDays.put(s.name(), 0.0);
    }
    for (ReactorUnits.AnnualRecord r : table.history()) {
      double days = overlapDays(r.year(), start, end);
      if (days == 0) {
        continue;
      }
      ReactorUnits.Unit u = unitsById.get(r.unitId());
      if (u == null) {
        throw new IllegalArgumentException(
            table.name() + ": operating history refers to unknown unit " + r.unitId());
      }
      megawattDays.merge(u.site(), u.thermalPower() * r.loadFactor() / 100.0 * days, Double::sum);
    }
    List<ReactorSource> out = new ArrayList<>();
    for (ReactorUnits.Site s : table.sites()) {
      double meanPowerMW = megawattDays.get(s.name()) / windowDays;
      if (meanPowerMW > 0) {
        out.add(
            new ReactorSource(s.name(), s.baseline(), meanPowerMW / (s.baseline() * s.baseline())));
      }
    }
    return new ReactorSources(table.name(), out, farFraction);
  }

  /** Sources from either kind of table. */
  public static ReactorSources of(
      Dataset table, LocalDate start, LocalDate end, double farFraction) {
    if (table instanceof ReactorBaselines b) {
      return of(b, farFraction);
    }
    if (table instanceof ReactorUnits u) {
      return of(u, start, end, farFraction);
    }
    throw new IllegalArgumentException(
        table.name()
            + " (kind "
            + table.kind().id()
            + ") is not a reactor table: need reactor-baselines or reactor-units");
  }

  private static double overlapDays(int year, LocalDate start, LocalDate end) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    if (start.isAfter(from)) {
      from = start;
    }
    if (end.isBefore(to)) {
      to = end;
    }
    return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Σ weights of the listed reactors. */
  public double totalWeight() {
    double s = 0;
    for (ReactorSource r : sources) {
      s += r.weight();
    }
    return s;
  }

  /** Flux-weighted mean baseline Σ w L / Σ w of the listed reactors, km. */
  public double meanBaselineKm() {
    double s = 0;
    for (ReactorSource r : sources) {
      s += r.weight() * r.baselineKm();
    }
    return s / totalWeight();
  }
}
