package org.vfit.datasets.toys;

import java.util.ArrayList;
import java.util.List;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.Values;

/**
 * The measured numbers of a dataset as one flat vector, in a fixed order, and the dataset with
 * those numbers replaced. The order is the one an expectation must follow:
 *
 * <ul>
 *   <li>reactor-spectrum: observed counts per bin, period after period;
 *   <li>rates: one value per measurement; polynomial-survival: φ_B8, c0, c1, c2, a0, a1;
 *   <li>day-night: one value per asymmetry; gaussian-constraint: one value per parameter;
 *   <li>recoil-spectrum: one rate per row.
 * </ul>
 *
 * Chi-square tables and prediction inputs have no measured numbers; they are rejected.
 */
public final class Observables {
  private Observables() {}

  public static int count(Dataset d) {
    return observed(d).size();
  }

  /** Labels for messages and reports, e.g. {@code 2002-2009/bin-12} or {@code c0}. */
  public static List<String> labels(Dataset d) {
    List<String> out = new ArrayList<>();
    if (d instanceof ReactorSpectrum r) {
      for (ReactorSpectrum.Period p : r.periods()) {
        for (int i = 0; i < r.binCount(); i++) {
          out.add(p.name() + "/bin-" + i);
        }
      }
    } else if (d instanceof Rates r) {
      r.measurements().forEach(m -> out.add(m.id()));
    } else if (d instanceof PolynomialSurvival p) {
      out.addAll(PolynomialSurvival.PARAMETER_NAMES);
    } else if (d instanceof DayNight n) {
      n.asymmetries().forEach(a -> out.add(a.id()));
    } else if (d instanceof GaussianConstraint g) {
      g.parameters().forEach(p -> out.add(p.name()));
    } else if (d instanceof RecoilSpectrum s) {
      for (RecoilSpectrum.Row r : s.rows()) {
        out.add(
            r.energyLow()
                + "-"
                + r.energyHigh()
                + "/"
                + r.zenith().id()
                + "["
                + r.cosZenithLow()
                + ","
                + r.cosZenithHigh()
                + "]");
      }
    } else {
      throw noData(d);
    }
    return out;
  }

  /** The measured numbers, flattened in the documented order. */
  public static Values observed(Dataset d) {
    if (d instanceof ReactorSpectrum r) {
      double[] out = new double[r.periods().size() * r.binCount()];
      int k = 0;
      for (ReactorSpectrum.Period p : r.periods()) {
        for (int i = 0; i < r.binCount(); i++) {
          out[k++] = p.observed().get(i);
        }
      }
      return Values.of(out);
    } else if (d instanceof Rates r) {
      return r.values();
    } else if (d instanceof PolynomialSurvival p) {
      return p.values();
    } else if (d instanceof DayNight n) {
      return Values.of(n.asymmetries().stream().mapToDouble(DayNight.Asymmetry::value).toArray());
    } else if (d instanceof GaussianConstraint g) {
      return g.values();
    } else if (d instanceof RecoilSpectrum s) {
      return s.rates();
    }
    throw noData(d);
  }

  /**
   * The covariance that Gaussian toys use: the dataset's published errors (symmetrised), with its
   * correlations where it has them. For a recoil spectrum, statistical and energy-uncorrelated
   * systematic errors of each row in quadrature (the systematic is a fraction of the measured
   * rate). Reactor spectra have no covariance (their toys are Poisson).
   */
  public static Matrix covariance(Dataset d) {
    if (d instanceof Rates r) {
      return r.covariance();
    } else if (d instanceof PolynomialSurvival p) {
      return p.covariance();
    } else if (d instanceof GaussianConstraint g) {
      return g.covariance();
    } else if (d instanceof DayNight n) {
      double[] s = n.asymmetries().stream().mapToDouble(a -> a.uncertainty().average()).toArray();
      return Matrix.identity(s.length).scaledBy(Values.of(s));
    } else if (d instanceof RecoilSpectrum sp) {
      double[] s =
          sp.rows().stream()
              .mapToDouble(r -> Math.hypot(r.stat().average(), r.systUncorrelated() * r.rate()))
              .toArray();
      return Matrix.identity(s.length).scaledBy(Values.of(s));
    }
    throw new IllegalArgumentException(
        d.name() + " (" + d.kind().id() + ") has no Gaussian covariance");
  }

  /**
   * A copy of the dataset whose measured numbers are {@code values} (same order as {@link
   * #observed}).
   */
  public static Dataset withObserved(Dataset d, Values values) {
    int n = count(d);
    if (values.size() != n) {
      throw new IllegalArgumentException(
          d.name() + " has " + n + " measured numbers, the expectation has " + values.size());
    }
    if (d instanceof ReactorSpectrum r) {
      List<ReactorSpectrum.Period> periods = new ArrayList<>();
      int bins = r.binCount();
      for (int p = 0; p < r.periods().size(); p++) {
        ReactorSpectrum.Period old = r.periods().get(p);
        double[] obs = new double[bins];
        for (int i = 0; i < bins; i++) {
          obs[i] = values.get(p * bins + i);
        }
        periods.add(old.withObserved(Values.of(obs)));
      }
      return r.withPeriods(periods);
    } else if (d instanceof Rates r) {
      List<Rates.Measurement> ms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Rates.Measurement m = r.measurements().get(i);
        ms.add(
            new Rates.Measurement(
                m.id(),
                values.get(i),
                m.stat(),
                m.syst(),
                m.total(),
                m.observable(),
                m.reference()));
      }
      return new Rates(r.meta(), ms, r.correlation());
    } else if (d instanceof PolynomialSurvival p) {
      List<PolynomialSurvival.Parameter> ps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        PolynomialSurvival.Parameter old = p.parameters().get(i);
        ps.add(new PolynomialSurvival.Parameter(old.name(), values.get(i), old.stat(), old.syst()));
      }
      return new PolynomialSurvival(
          p.meta(),
          p.pivotEnergy(),
          p.energyMin(),
          p.energyMax(),
          p.convention(),
          ps,
          p.correlation(),
          p.response());
    } else if (d instanceof DayNight dn) {
      return withAsymmetries(dn, values);
    } else if (d instanceof GaussianConstraint g) {
      List<GaussianConstraint.Parameter> ps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        GaussianConstraint.Parameter old = g.parameters().get(i);
        ps.add(new GaussianConstraint.Parameter(old.name(), values.get(i), old.sigma()));
      }
      return new GaussianConstraint(
          g.meta(),
          g.sector(),
          g.massOrdering(),
          ps,
          g.correlation(),
          g.baselineKm(),
          g.baselines());
    } else if (d instanceof RecoilSpectrum s) {
      List<RecoilSpectrum.Row> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        RecoilSpectrum.Row r = s.rows().get(i);
        rows.add(
            new RecoilSpectrum.Row(
                r.energyLow(),
                r.energyHigh(),
                r.zenith(),
                r.cosZenithLow(),
                r.cosZenithHigh(),
                values.get(i),
                r.stat(),
                r.expected8B(),
                r.expectedHep(),
                r.systUncorrelated()));
      }
      return s.withRows(rows);
    }
    throw noData(d);
  }

  /**
   * Replaces the asymmetries. An amplitude curve (fitted A_DN versus assumed Δm²) belongs to the
   * single asymmetry it was measured with; it is shifted by the same amount as that asymmetry, so
   * that the curve still passes through the new value at the reference Δm². The fitted values at
   * different Δm² come from the same events, which is why they move together.
   */
  private static DayNight withAsymmetries(DayNight d, Values values) {
    List<DayNight.Asymmetry> as = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      DayNight.Asymmetry a = d.asymmetries().get(i);
      as.add(
          new DayNight.Asymmetry(
              a.id(), values.get(i), a.stat(), a.syst(), a.observable(), a.referenceDm2()));
    }
    DayNight.AmplitudeCurve c = d.curve();
    if (c != null && values.size() == 1) {
      double shift = values.get(0) - d.asymmetries().get(0).value();
      c =
          new DayNight.AmplitudeCurve(
              c.dm2(),
              add(c.fit(), shift),
              add(c.low(), shift),
              add(c.high(), shift),
              c.expectedDm2(),
              c.expected());
    }
    return new DayNight(d.meta(), d.convention(), as, c, d.phases());
  }

  private static Values add(Values v, double shift) {
    double[] out = v.toArray();
    for (int i = 0; i < out.length; i++) {
      out[i] += shift;
    }
    return Values.of(out);
  }

  private static IllegalArgumentException noData(Dataset d) {
    return new IllegalArgumentException(
        d.name()
            + " is a "
            + d.kind().id()
            + " dataset: it has no measured numbers to replace or fluctuate");
  }
}
