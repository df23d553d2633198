package org.vfit.fit.tension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.PgResult;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.reactor.IbdCrossSection;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.solar.SolarOptions;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * The headline's systematic error: the PG test and its 1-dof companions rerun under every
 * one-change variant of the modelling choices (DESIGN §5), each against the request's own choices.
 * No published analysis shows how far its significance moves with these choices; the spread of the
 * table is the honest error on the headline σ.
 */
final class Levers {

  private Levers() {}

  /** One variant: which lever, its value, and how it changes the request. */
  record Variant(String lever, String value, UnaryOperator<TensionRequest> change) {}

  /**
   * PRIS plant data averaged over KamLAND 2011's data taking: it starts on 2002-03-09 (the
   * dataset's period) and ends in 2009 with the month not given, so the calendar year closes the
   * window (the dataset's notes recommend exactly this).
   */
  static final LocalDate PRIS_START = LocalDate.of(2002, 3, 9);

  static final LocalDate PRIS_END = LocalDate.of(2009, 12, 31);

  /** The variants of a request, each changing one choice away from the request's own. */
  static List<Variant> variants(TensionRequest r) {
    List<Variant> out = new ArrayList<>();
    KamLandOptions k = r.likelihood().reactor();
    SolarOptions so = r.likelihood().solar();
    for (String table :
        List.of(
            "kamland-reactors-kms21", "kamland-reactors-gefan22", "japan-korea-reactors-pris")) {
      String current = k.reactorTable() == null ? "kamland-reactors-kms21" : k.reactorTable();
      if (!table.equals(current)) {
        out.add(
            reactor(
                "reactor table",
                table,
                table.equals("japan-korea-reactors-pris")
                    ? k.withPris(table, PRIS_START, PRIS_END)
                    : k.withPris(table, null, null)));
      }
    }
    for (KamLandOptions.FreeBackgrounds f : KamLandOptions.FreeBackgrounds.values()) {
      if (f != k.freeBackgrounds()) {
        out.add(reactor("geo-nu", f.name(), k.withFreeBackgrounds(f)));
      }
    }
    for (KamLandOptions.Propagation p : KamLandOptions.Propagation.values()) {
      if (p != k.propagation()) {
        out.add(reactor("reactor propagation", p.name(), k.withPropagation(p)));
      }
    }
    for (KamLandOptions.Shape s : KamLandOptions.Shape.values()) {
      if (s != k.shape()) {
        out.add(reactor("reactor spectral shape", s.name(), k.withShape(s)));
      }
    }
    for (IbdCrossSection.Model m : IbdCrossSection.Model.values()) {
      if (m != k.crossSection()) {
        out.add(reactor("IBD cross section", m.name(), k.withCrossSection(m)));
      }
    }
    for (SolarModel.Bundled m : SolarModel.Bundled.values()) {
      if (m != so.solarModel()) {
        out.add(solar("solar model", m.label(), so.withSolarModel(m)));
      }
    }
    for (SolarSurvival.Approximation a : SolarSurvival.Approximation.values()) {
      if (a != so.approximation()) {
        out.add(solar("survival form", a.name(), so.withApproximation(a)));
      }
    }
    for (SolarOptions.B8Flux f : SolarOptions.B8Flux.values()) {
      if (f != so.b8Flux()) {
        out.add(solar("8B flux", f.name(), so.withB8Flux(f)));
      }
    }
    out.add(
        solar(
            "nu-e radiative corrections",
            so.radiativeCorrections() ? "tree level" : "BKS 1995",
            so.withRadiativeCorrections(!so.radiativeCorrections())));
    for (Theta13Treatment t :
        List.of(
            Theta13Treatment.fixedAtReference(),
            Theta13Treatment.fixedAt(0.0),
            Theta13Treatment.free())) {
      if (!t.equals(r.theta13())) {
        out.add(new Variant("theta13", t.label(), q -> q.withTheta13(t)));
      }
    }
    // KamLAND's releases: the 2011 spectrum (the default) and the 2013 three-period data built
    // from the reactor history; the same detector, so one replaces the other.
    for (String[] pair :
        new String[][] {
          {"kamland-2011", "kamland-2013-periods"}, {"kamland-2013-periods", "kamland-2011"}
        }) {
      if (r.reactor().contains(pair[0]) && !r.reactor().contains(pair[1])) {
        List<String> other = new ArrayList<>(r.reactor());
        other.set(other.indexOf(pair[0]), pair[1]);
        out.add(new Variant("KamLAND data", pair[1], q -> q.withReactor(other)));
      }
    }
    for (SuperKTreatment t : SuperKTreatment.values()) {
      List<String> alternative = t.replaceIn(r.solar());
      if (!alternative.equals(r.solar())) {
        out.add(new Variant("Super-K day-night", t.label(), q -> q.withSolar(alternative)));
      }
    }
    return out;
  }

  private static Variant reactor(String lever, String value, KamLandOptions k) {
    return new Variant(lever, value, q -> q.withLikelihood(q.likelihood().withReactor(k)));
  }

  private static Variant solar(String lever, String value, SolarOptions s) {
    return new Variant(lever, value, q -> q.withLikelihood(q.likelihood().withSolar(s)));
  }

  /** The request's own row ("default") followed by one row per variant. */
  static List<TensionOutcome.LeverVariant> run(TensionRequest request, TensionProgress progress) {
    TensionRequest base = request.testsOnly();
    List<Variant> variants = variants(base);
    List<TensionOutcome.LeverVariant> out = new ArrayList<>();
    out.add(row("default", "as requested", base));
    int k = 0;
    for (Variant v : variants) {
      progress.step(
          "lever " + (++k) + "/" + variants.size() + ": " + v.lever() + " = " + v.value());
      out.add(row(v.lever(), v.value(), v.change().apply(base)));
    }
    return out;
  }

  private static TensionOutcome.LeverVariant row(String lever, String value, TensionRequest r) {
    try {
      TensionAnalysis.Tests t = TensionAnalysis.tests(r);
      PgResult pg = t.pg();
      double sDm = Double.NaN;
      double sS12 = Double.NaN;
      for (DifferenceTest d : t.differences()) {
        if (d.parameter() == OscillationParameter.DM21) {
          sDm = d.sigma();
        } else if (d.parameter() == OscillationParameter.SIN2_THETA12) {
          sS12 = d.sigma();
        }
      }
      return new TensionOutcome.LeverVariant(
          lever,
          value,
          pg.h1().sector(Sector.NU).dm21().value(),
          pg.h1().sector(Sector.NUBAR).dm21().value(),
          pg.chi2(),
          pg.dof(),
          pg.sigma(),
          sDm,
          sS12,
          pg.isValid(),
          pg.isValid() ? null : String.join("; ", pg.problems()));
    } catch (TensionFailure | IllegalArgumentException | IllegalStateException e) {
      // A variant that cannot be fitted (e.g. a reactor table that does not cover a dataset's
      // period) is a row of the table, not the end of the run.
      return new TensionOutcome.LeverVariant(
          lever,
          value,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          0,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          false,
          e.getMessage());
    }
  }
}
