package org.vfit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.NamedMatrix;
import org.vfit.fit.minuit.Parameter;
import org.vfit.fit.tension.TensionOutcome;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.paper.Table1;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.Covariance;
import org.vfit.reports.result.DatasetInput;
import org.vfit.reports.result.Estimate;
import org.vfit.reports.result.FitParameter;
import org.vfit.reports.result.LeverVariant;
import org.vfit.reports.result.OffDiagonal;
import org.vfit.reports.result.OneDof;
import org.vfit.reports.result.OneDofTest;
import org.vfit.reports.result.OscillationEstimate;
import org.vfit.reports.result.PgTest;
import org.vfit.reports.result.PotentialMatrices;
import org.vfit.reports.result.PotentialMatrix;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.RunInfo;
import org.vfit.reports.result.ScanResult;
import org.vfit.reports.result.SingleFit;
import org.vfit.reports.result.SplitFit;
import org.vfit.reports.result.ToyCalibration;
import org.vfit.reports.result.Validity;

/**
 * From the fit module's results to the result-file schema ({@code org.vfit.reports.result}), for
 * commands that write a {@code result.json} (issue 5's {@code vfit tension}). Values the schema
 * cannot hold — a grid point or profile point whose fit failed (NaN), a fit without a finite EDM —
 * are refused with a message rather than written as a number they are not.
 */
final class ResultMapping {
  private ResultMapping() {}

  /** A fit with one parameter set (one sector's data, or H0). */
  static SingleFit singleFit(FitResult r) {
    if (r.sectors().isEmpty()) {
      throw new IllegalArgumentException("the fit has no sector parameters");
    }
    SectorParameters p = r.sectors().values().iterator().next();
    OscillationEstimate e = estimate(p);
    return new SingleFit(
        r.chi2(),
        nfcn(r),
        validity(r),
        parameters(r),
        covariance(r),
        e.dm21(),
        e.sin2theta12(),
        e.sin2theta13());
  }

  /** The H1 fit: both sectors with their own parameters. */
  static SplitFit splitFit(FitResult r) {
    SectorParameters nu = r.sector(Sector.NU);
    SectorParameters nubar = r.sector(Sector.NUBAR);
    if (nu == null || nubar == null) {
      throw new IllegalArgumentException("an H1 result needs data of both sectors");
    }
    return new SplitFit(
        r.chi2(),
        nfcn(r),
        validity(r),
        parameters(r),
        covariance(r),
        estimate(nu),
        estimate(nubar));
  }

  /** The PG test, with the toy calibration when there is one (statistics kept, no histogram). */
  static PgTest pgTest(PgResult pg, ToySummary toys) {
    ToyCalibration t = null;
    if (toys != null && toys.toys() > 0) {
      t =
          new ToyCalibration(
              toys.toys(),
              toys.exceeding(),
              toys.pValue(),
              toys.pValueError(),
              toys.sigma(),
              toys.sigmaLower(),
              toys.sigmaUpper(),
              Arrays.stream(toys.statistics()).boxed().toList(),
              null);
    }
    return new PgTest(pg.chi2(), pg.dof(), pg.pValue(), pg.sigma(), t);
  }

  /** The PG test with its 1-dof companions. */
  static PgTest pgTest(PgResult pg, ToySummary toys, List<DifferenceTest> differences) {
    PgTest t = pgTest(pg, toys);
    return new PgTest(t.chi2(), t.dof(), t.pValue(), t.sigma(), t.toys(), oneDof(differences));
  }

  static OneDof oneDof(List<DifferenceTest> differences) {
    OneDofTest dm = null;
    OneDofTest s12 = null;
    for (DifferenceTest d : differences) {
      OneDofTest t = new OneDofTest(d.deltaChi2(), d.pValue(), d.sigma());
      if (d.parameter() == OscillationParameter.DM21) {
        dm = t;
      } else if (d.parameter() == OscillationParameter.SIN2_THETA12) {
        s12 = t;
      }
    }
    return dm == null && s12 == null ? null : new OneDof(dm, s12);
  }

  /** The levers table, with each variant's shift of σ from the first (default) row. */
  static List<LeverVariant> levers(List<TensionOutcome.LeverVariant> rows) {
    List<LeverVariant> out = new ArrayList<>();
    TensionOutcome.LeverVariant base = rows.isEmpty() ? null : rows.get(0);
    boolean baseOk = base != null && base.valid();
    for (TensionOutcome.LeverVariant v : rows) {
      boolean ok = v.valid();
      out.add(
          new LeverVariant(
              v.lever(),
              v.variant(),
              ok,
              ok ? v.nuDm21() : null,
              ok ? v.nubarDm21() : null,
              ok ? v.chi2Pg() : null,
              ok ? v.dof() : 0,
              ok ? v.sigmaPg() : null,
              ok ? finiteOrNull(v.sigmaDm21()) : null,
              ok ? finiteOrNull(v.sigmaSin2Theta12()) : null,
              ok && baseOk ? v.sigmaPg() - base.sigmaPg() : null,
              ok && baseOk ? finiteOrNull(v.sigmaDm21() - base.sigmaDm21()) : null,
              ok ? null : (v.problem() == null ? "did not converge" : v.problem())));
    }
    return out;
  }

  private static Double finiteOrNull(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** The fitted A_ν and A_ν̄ in Table 1 form. */
  static PotentialMatrices potentials(FitResult r) {
    Table1 nu = r.potentials().get(Sector.NU);
    Table1 nubar = r.potentials().get(Sector.NUBAR);
    if (nu == null || nubar == null) {
      throw new IllegalArgumentException("potential matrices need data of both sectors");
    }
    return new PotentialMatrices(matrix(nu), matrix(nubar));
  }

  static Chi2Grid grid(ContourResult c) {
    if (c.invalidPoints() > 0) {
      throw new IllegalArgumentException(
          "the grid has "
              + c.invalidPoints()
              + " points whose fit failed; "
              + "a result file holds only finite Delta chi2");
    }
    return chi2Grid(c, c.deltaChi2());
  }

  /** The grid's axes and minimum with the given Δχ² values. */
  private static Chi2Grid chi2Grid(ContourResult c, double[][] deltaChi2) {
    List<List<Double>> rows = new ArrayList<>();
    for (double[] row : deltaChi2) {
      rows.add(Arrays.stream(row).boxed().toList());
    }
    return new Chi2Grid(
        sector(c.set()),
        Arrays.stream(c.sin2Theta12()).boxed().toList(),
        Arrays.stream(c.dm21()).boxed().toList(),
        rows,
        c.chi2Min());
  }

  /**
   * The grid with each point whose fit failed replaced by the mean Δχ² of its converged neighbours
   * (repeated until every point has a value), so that one failed point among thousands does not
   * cost the whole report (issue 10); the caller records which points were filled.
   *
   * @throws IllegalArgumentException if no point of the grid converged
   */
  static Chi2Grid gridFillingFailures(ContourResult c) {
    double[][] d = c.deltaChi2();
    boolean[][] ok = c.valid();
    int ny = d.length;
    int nx = ny == 0 ? 0 : d[0].length;
    int missing = c.invalidPoints();
    if (missing == (long) nx * ny) {
      throw new IllegalArgumentException("no point of the grid converged");
    }
    while (missing > 0) {
      boolean[][] next = new boolean[ny][];
      for (int j = 0; j < ny; j++) {
        next[j] = ok[j].clone();
      }
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          if (ok[j][i]) {
            continue;
          }
          double sum = 0;
          int n = 0;
          int[][] around = {{j - 1, i}, {j + 1, i}, {j, i - 1}, {j, i + 1}};
          for (int[] a : around) {
            if (a[0] >= 0 && a[0] < ny && a[1] >= 0 && a[1] < nx && ok[a[0]][a[1]]) {
              sum += d[a[0]][a[1]];
              n++;
            }
          }
          if (n > 0) {
            d[j][i] = Math.max(0, sum / n);
            next[j][i] = true;
            missing--;
          }
        }
      }
      ok = next;
    }
    return chi2Grid(c, d);
  }

  /**
   * A profile of Δm²₂₁, sin²θ₁₂ or their differences.
   *
   * @param sector whose data: nu, nubar, or combined (H0 for the parameters, H1 for differences)
   */
  static Profile profile(ProfileResult p, org.vfit.reports.result.Sector sector) {
    if (p.invalidPoints() > 0) {
      throw new IllegalArgumentException(
          "the profile has " + p.invalidPoints() + " points whose fit failed");
    }
    return profilePoints(p, sector, p.values(), p.deltaChi2());
  }

  /**
   * The profile without the points whose fit failed (a profile is a set of independent points, so
   * leaving one out loses resolution, not correctness; the caller records how many).
   *
   * @throws IllegalArgumentException if fewer than two points converged
   */
  static Profile validPoints(ProfileResult p, org.vfit.reports.result.Sector sector) {
    boolean[] ok = p.valid();
    double[] v = p.values(), d = p.deltaChi2();
    int n = 0;
    for (boolean b : ok) if (b) n++;
    if (n < 2) {
      throw new IllegalArgumentException(
          "the profile of " + p.parameter().label() + " has fewer than two converged points");
    }
    double[] vv = new double[n], dd = new double[n];
    for (int i = 0, j = 0; i < ok.length; i++) {
      if (ok[i]) {
        vv[j] = v[i];
        dd[j++] = d[i];
      }
    }
    return profilePoints(p, sector, vv, dd);
  }

  private static Profile profilePoints(
      ProfileResult p, org.vfit.reports.result.Sector sector, double[] values, double[] deltaChi2) {
    PhysicsParameter t = p.parameter();
    boolean diff = t.kind() == PhysicsParameter.Kind.DIFFERENCE;
    ProfileParameter which =
        switch (t.parameter()) {
          case DM21 -> diff ? ProfileParameter.DELTA_DM21 : ProfileParameter.DM21;
          case SIN2_THETA12 ->
              diff ? ProfileParameter.DELTA_SIN2THETA12 : ProfileParameter.SIN2THETA12;
          case SIN2_THETA13 -> {
            if (diff) {
              throw new IllegalArgumentException(
                  "the result file has no delta.sin2theta13 profiles");
            }
            yield ProfileParameter.SIN2THETA13;
          }
        };
    return new Profile(
        which,
        sector,
        Arrays.stream(values).boxed().toList(),
        Arrays.stream(deltaChi2).boxed().toList());
  }

  private static org.vfit.reports.result.Sector sector(String set) {
    return switch (set) {
      case "nu" -> org.vfit.reports.result.Sector.NU;
      case "nubar" -> org.vfit.reports.result.Sector.NUBAR;
      default -> org.vfit.reports.result.Sector.COMBINED;
    };
  }

  private static OscillationEstimate estimate(SectorParameters p) {
    return new OscillationEstimate(
        estimate(p.dm21()), estimate(p.sin2Theta12()), estimate(p.sin2Theta13()));
  }

  /** HESSE error and, where MINOS ran, its interval (the one error convention of issue 13). */
  static Estimate estimate(org.vfit.fit.analysis.Estimate e) {
    return new Estimate(e.value(), e.error(), e.minosLower(), e.minosUpper());
  }

  /**
   * The result of {@code vfit contour} or {@code vfit profile}: the best fit of the scanned model
   * and its grids or profiles.
   */
  static ScanResult scan(
      RunInfo run,
      List<String> datasets,
      org.vfit.fit.analysis.Model model,
      FitResult best,
      List<Chi2Grid> grids,
      List<Profile> profiles) {
    boolean split = best.sector(Sector.NU) != null && best.sector(Sector.NUBAR) != null;
    return new ScanResult(
        run,
        inputs(datasets),
        model.description(),
        split ? null : singleFit(best),
        split ? splitFit(best) : null,
        grids,
        profiles);
  }

  /** Provenance of each dataset of a run, for the report's table. */
  static List<DatasetInput> inputs(List<String> names) {
    List<DatasetInput> out = new ArrayList<>();
    for (String n : names) {
      Dataset d = Datasets.resolve(n);
      out.add(
          new DatasetInput(
              d.name(),
              d.kind().id(),
              Likelihoods.sector(d) == Sector.NU
                  ? org.vfit.reports.result.Sector.NU
                  : org.vfit.reports.result.Sector.NUBAR,
              d.status().id(),
              d.meta().provenance().reference().shortForm()));
    }
    return out;
  }

  /** How a command was run: tool and build, time, seed, command line and options. */
  static RunInfo runInfo(
      java.time.Instant when, long seed, List<String> commandLine, Map<String, String> options) {
    List<String> cl = new ArrayList<>();
    cl.add("vfit");
    cl.addAll(commandLine);
    return new RunInfo("vfit", BuildInfo.describe(), when.toString(), seed, cl, options);
  }

  private static PotentialMatrix matrix(Table1 t) {
    return new PotentialMatrix(
        t.ee(), t.mumu(), t.tautau(), off(t.emu()), off(t.etau()), off(t.mutau()));
  }

  private static OffDiagonal off(Table1.Element e) {
    return OffDiagonal.of(e.re(), e.im());
  }

  private static int nfcn(FitResult r) {
    return (int) Math.min(Integer.MAX_VALUE, r.minimum().nfcn());
  }

  private static Validity validity(FitResult r) {
    FunctionMinimum m = r.minimum();
    if (!Double.isFinite(m.edm())) {
      throw new IllegalArgumentException(
          "the fit has no finite EDM ("
              + String.join("; ", r.problems())
              + "); not a reportable result");
    }
    return new Validity(
        r.isValid(),
        m.hasAccurateCovariance(),
        m.hasPosDefCovariance(),
        m.isAboveMaxEdm(),
        m.hasReachedCallLimit(),
        m.edm());
  }

  /** Minuit's parameters; Δm²₂₁ variables are in the fit's unit, 1e-5 eV². */
  private static List<FitParameter> parameters(FitResult r) {
    List<FitParameter> out = new ArrayList<>();
    List<Parameter> parameters = r.minimum().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      MinosError me = r.minos().get(p.name());
      String unit = r.parameterIds().get(i).fitUnitLabel();
      out.add(
          new FitParameter(
              p.name(),
              unit,
              p.value(),
              p.isFixed() ? 0.0 : p.error(),
              me != null && me.lowerValid() ? me.lower() : null,
              me != null && me.upperValid() ? me.upper() : null,
              p.isFixed(),
              p.isAtLimit()));
    }
    return out;
  }

  /** Covariance of the free parameters, or null without one. */
  private static Covariance covariance(FitResult r) {
    NamedMatrix c = r.minimum().covariance();
    if (c == null) {
      return null;
    }
    List<Integer> free = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < r.minimum().parameters().size(); i++) {
      Parameter p = r.minimum().parameters().get(i);
      if (!p.isFixed()) {
        free.add(i);
        names.add(p.name());
      }
    }
    List<List<Double>> rows = new ArrayList<>();
    for (int i : free) {
      List<Double> row = new ArrayList<>();
      for (int j : free) {
        // Symmetrised: the schema checks symmetry, and the two halves differ at most by rounding.
        row.add(0.5 * (c.get(i, j) + c.get(j, i)));
      }
      rows.add(row);
    }
    return new Covariance(names, rows);
  }
}
