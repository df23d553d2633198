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
 * @param absolute whether the weights are mean thermal powers over squared baselines in MW/km²
 *     (from a {@code reactor-units} table), so that they give an absolute flux; otherwise they are
 *     relative
 */
public record ReactorSources(
    String table, List<ReactorSource> sources, double farFraction, boolean absolute) {

  /** Sources with relative weights. */
  public ReactorSources(String table, List<ReactorSource> sources, double farFraction) {
    this(table, sources, farFraction, false);
  }

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
   * A {@code reactor-units} table averaged over the days [start, end] (inclusive), annual load
   * factors placed in the units' in-service days ({@link
   * KamLandOptions.AnnualPlacement#IN_SERVICE}).
   */
  public static ReactorSources of(
      ReactorUnits table, LocalDate start, LocalDate end, double farFraction) {
    return of(table, start, end, farFraction, KamLandOptions.AnnualPlacement.IN_SERVICE);
  }

  /**
   * A {@code reactor-units} table averaged over the days [start, end] (inclusive): for each site,
   * the thermal energy Σ_units P_th × annual load factor × (days of the year), each unit-year's
   * energy spread over its year as {@code placement} says and counted for the days inside the
   * window, divided by the window's length; weight = mean power [MW] / L² [km²], an absolute flux.
   *
   * <p>This follows the flux through the data period (the 2007 Kashiwazaki-Kariwa shutdown, the
   * 2011–2012 shutdowns after Fukushima), but the history is annual: within a unit's in-service
   * days of a year its power is taken as constant, so outages inside a year (refuelling) are spread
   * over it. A unit-year without a record counts as not operating. The load factor is electric; as
   * thermal weight it assumes constant efficiency.
   */
  public static ReactorSources of(
      ReactorUnits table,
      LocalDate start,
      LocalDate end,
      double farFraction,
      KamLandOptions.AnnualPlacement placement) {
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
      ReactorUnits.Unit u = unitsById.get(r.unitId());
      if (u == null) {
        throw new IllegalArgumentException(
            table.name() + ": operating history refers to unknown unit " + r.unitId());
      }
      LocalDate[] span =
          placement == KamLandOptions.AnnualPlacement.IN_SERVICE
              ? inService(u, r.year())
              : new LocalDate[] {LocalDate.of(r.year(), 1, 1), LocalDate.of(r.year(), 12, 31)};
      double inWindow = overlapDays(span[0], span[1], start, end);
      if (inWindow == 0) {
        continue;
      }
      double yearDays = LocalDate.of(r.year(), 1, 1).lengthOfYear();
      double spanDays = ChronoUnit.DAYS.between(span[0], span[1]) + 1;
      double energy = u.thermalPower() * r.loadFactor() / 100.0 * yearDays;
      megawattDays.merge(u.site(), energy * inWindow / spanDays, Double::sum);
    }
    List<ReactorSource> out = new ArrayList<>();
    for (ReactorUnits.Site s : table.sites()) {
      double meanPowerMW = megawattDays.get(s.name()) / windowDays;
      if (meanPowerMW > 0) {
        out.add(
            new ReactorSource(s.name(), s.baseline(), meanPowerMW / (s.baseline() * s.baseline())));
      }
    }
    return new ReactorSources(table.name(), out, farFraction, true);
  }

  /**
   * The days of a year a unit was in service: from its grid connection or restart, if in that year,
   * to its shutdown or suspension, if in that year and not before the start. A unit suspended and
   * restarted within one year is taken as in service from the restart.
   */
  static LocalDate[] inService(ReactorUnits.Unit u, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    for (LocalDate d : new LocalDate[] {u.gridDate(), u.restartDate()}) {
      if (d != null && d.getYear() == year && d.isAfter(from)) {
        from = d;
      }
    }
    for (LocalDate d : new LocalDate[] {u.shutdownDate(), u.suspendedDate()}) {
      if (d != null && d.getYear() == year && !d.isBefore(from) && d.isBefore(to)) {
        to = d;
      }
    }
    return new LocalDate[] {from, to};
  }

  /** Sources from either kind of table, annual load factors placed in the in-service days. */
  public static ReactorSources of(
      Dataset table, LocalDate start, LocalDate end, double farFraction) {
    return of(table, start, end, farFraction, KamLandOptions.AnnualPlacement.IN_SERVICE);
  }

  /** Sources from either kind of table. */
  public static ReactorSources of(
      Dataset table,
      LocalDate start,
      LocalDate end,
      double farFraction,
      KamLandOptions.AnnualPlacement placement) {
    if (table instanceof ReactorBaselines b) {
      return of(b, farFraction);
    }
    if (table instanceof ReactorUnits u) {
      return of(u, start, end, farFraction, placement);
    }
    throw new IllegalArgumentException(
        table.name()
            + " (kind "
            + table.kind().id()
            + ") is not a reactor table: need reactor-baselines or reactor-units");
  }

  private static double overlapDays(LocalDate a, LocalDate b, LocalDate start, LocalDate end) {
    LocalDate from = a.isAfter(start) ? a : start;
    LocalDate to = b.isBefore(end) ? b : end;
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
