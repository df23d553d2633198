package org.vfit.fit.tension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.GridAxis;
import org.vfit.fit.analysis.Levels;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.Restart;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.analysis.WorkRunner;
import org.vfit.fit.paper.MatrixElementFit;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.Significance;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.Likelihoods;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.likelihood.solar.SolarTerm;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * The tension analysis: fits the solar data (ν), the reactor data (ν̄), both with shared parameters
 * (H0) and with separate ones (H1), tests H0 against H1 (χ²_PG with Wilks, and toys on request),
 * tests δ(Δm²₂₁) = 0 and δ(sin²θ₁₂) = 0 one at a time (the 1-dof figures of the literature), scans
 * the three (sin²θ₁₂, Δm²₂₁) regions and the 1-D profiles, computes P_ee curves at the best fits,
 * and on request repeats the tests under every one-change variant of the modelling choices.
 */
public final class TensionAnalysis {

  private TensionAnalysis() {}

  /** Solar data barely constrain θ₁₃: the ν fit holds it at the reference unless told otherwise. */
  private static final String SOLAR_THETA13 = "fixed at the reference unless --theta13 fixes it";

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException for datasets of the wrong sector, listed twice, or a θ₁₃
   *     dataset that is not a reactor constraint
   * @throws TensionFailure when a fit the test needs does not converge
   */
  public static TensionOutcome run(TensionRequest request, TensionProgress progress) {
    try (WorkRunner runner = new LocalRunner(request.threads())) {
      return run(request, runner, progress);
    }
  }

  /** Runs the analysis with scans and toys on the given runner. */
  public static TensionOutcome run(
      TensionRequest request, WorkRunner runner, TensionProgress progress) {
    validate(request);
    Setup s = Setup.of(request);
    Map<String, String> notes = new TreeMap<>();

    progress.step("fitting the solar data (nu)");
    FitResult nuFit = require(Fitter.fit(s.nu, s.nuOptions), "solar (nu)");
    progress.step("fitting the reactor data (nubar)");
    FitResult nubarFit = require(Fitter.fit(s.nubar, s.combinedOptions), "reactor (nubar)");
    progress.step("fitting H0 and H1 (parameter goodness-of-fit test)");
    PgResult pg = ParameterGoodnessOfFit.test(s.h0, s.h1, s.combinedOptions);
    require(pg.h0(), "H0");
    require(pg.h1(), "H1");
    progress.step("1-dof tests: delta dm21 = 0 and delta sin2theta12 = 0");
    List<DifferenceTest> differences = differences(pg, s.combinedOptions);
    MatrixElementFit.Result elements =
        MatrixElementFit.run(
            s.h1, pg.h1(), s.combinedOptions, MatrixElementFit.FixedShifts.nominal(), false);

    ToySummary toySummary = null;
    if (request.toys() > 0) {
      Path cp = request.checkpoint();
      progress.step(request.toys() + " toys (checkpoint " + cp + ")");
      createParent(cp);
      ToyStudy study = new ToyStudy(pg, request.seed(), s.combinedOptions.forToys());
      toySummary = study.run(request.toys(), cp, runner, progress.scan("toys")).summary();
    }

    List<TensionOutcome.Region> regions = new ArrayList<>();
    List<TensionOutcome.NamedProfile> profiles = new ArrayList<>();
    FitOptions scan = s.combinedOptions.withMinos(false);
    FitOptions nuScan = s.nuOptions.withMinos(false);
    if (request.gridPoints() > 0 || request.profilePoints() > 0) {
      progress.step("contours and profiles");
    }
    if (request.gridPoints() > 0) {
      int n = request.gridPoints();
      regions.add(
          region(TensionOutcome.Fit.NU, s.nu, nuFit, Sector.NU, nuScan, n, runner, progress));
      regions.add(
          region(
              TensionOutcome.Fit.NUBAR,
              s.nubar,
              nubarFit,
              Sector.NUBAR,
              scan,
              n,
              runner,
              progress));
      regions.add(
          region(TensionOutcome.Fit.COMBINED, s.h0, pg.h0(), Sector.NU, scan, n, runner, progress));
    }
    // A region that found a lower minimum restarted its fit from there (Contours): the fit the
    // report shows is then the restarted one, and the result says so.
    for (TensionOutcome.Region r : regions) {
      Restart restart = r.contour().restartedFrom();
      if (restart == null || !restart.improved()) {
        continue;
      }
      String what = r.fit().name().toLowerCase(java.util.Locale.ROOT);
      notes.put(
          "restart." + what,
          String.format(
              java.util.Locale.ROOT,
              "the %s region found chi2 = %.6g below the fit's %.6g; the fit was restarted from"
                  + " there (new minimum %.6g)",
              what,
              restart.scanChi2(),
              restart.previousChi2(),
              restart.refit().chi2()));
      switch (r.fit()) {
        case NU -> nuFit = restart.refit();
        case NUBAR -> nubarFit = restart.refit();
        case COMBINED -> pg = withH0(pg, restart.refit());
      }
    }
    for (TensionOutcome.Region r : regions) {
      if (!r.contour().openEdges(Levels.contourLevels()[2]).isEmpty()) {
        notes.put(
            "region." + r.fit().name().toLowerCase(java.util.Locale.ROOT),
            "the 3 sigma region stays open at "
                + String.join(
                    ", ",
                    r.contour().openEdges(Levels.contourLevels()[2]).stream()
                        .map(ContourResult.Edge::label)
                        .toList())
                + " after "
                + MAX_WIDENINGS
                + " widenings");
      }
      if (!r.contour().failures().isEmpty()) {
        notes.put(
            "failures." + r.fit().name().toLowerCase(java.util.Locale.ROOT),
            r.contour().failures().size()
                + " grid points whose fit failed: "
                + String.join("; ", r.contour().failures()));
      }
    }
    if (request.profilePoints() > 0) {
      int n = request.profilePoints();
      for (OscillationParameter p :
          List.of(OscillationParameter.DM21, OscillationParameter.SIN2_THETA12)) {
        PhysicsParameter shared = new PhysicsParameter(PhysicsParameter.Kind.SHARED, p);
        profiles.add(
            profile(
                TensionOutcome.Fit.NU, s.nu, nuFit, shared, nuScan, n, runner, progress, notes));
        profiles.add(
            profile(
                TensionOutcome.Fit.NUBAR,
                s.nubar,
                nubarFit,
                shared,
                scan,
                n,
                runner,
                progress,
                notes));
        profiles.add(
            profile(
                TensionOutcome.Fit.COMBINED,
                s.h0,
                pg.h0(),
                shared,
                scan,
                n,
                runner,
                progress,
                notes));
      }
      for (OscillationParameter p :
          List.of(OscillationParameter.DM21, OscillationParameter.SIN2_THETA12)) {
        PhysicsParameter delta = new PhysicsParameter(PhysicsParameter.Kind.DIFFERENCE, p);
        profiles.add(
            profile(
                TensionOutcome.Fit.COMBINED,
                s.h1,
                pg.h1(),
                delta,
                scan,
                n,
                runner,
                progress,
                notes));
      }
    }

    progress.step("survival probabilities");
    TensionOutcome.Survival survival = survival(request, s, nuFit, pg.h0());
    List<TensionOutcome.LeverVariant> levers = List.of();
    if (request.levers()) {
      levers = Levers.run(request, progress);
    }
    return new TensionOutcome(
        request,
        nuFit,
        nubarFit,
        pg,
        differences,
        toySummary,
        regions,
        profiles,
        survival,
        levers,
        elements,
        notes,
        options(request, s));
  }

  /** The test with a lower H0 minimum (found by the combined region's scan). */
  private static PgResult withH0(PgResult pg, FitResult h0) {
    double chi2 = h0.chi2() - pg.h1().chi2();
    double p = Significance.pValue(Math.max(chi2, 0), pg.dof());
    return new PgResult(
        pg.h0Model(),
        pg.h1Model(),
        h0,
        pg.h1(),
        chi2,
        pg.dof(),
        p,
        Significance.sigma(p),
        pg.h1RefitFromH0());
  }

  /** The χ²_PG and 1-dof tests only (what a lever variant needs): no toys, scans or curves. */
  static Tests tests(TensionRequest request) {
    validate(request);
    Setup s = Setup.of(request);
    PgResult pg = ParameterGoodnessOfFit.test(s.h0, s.h1, s.combinedOptions);
    require(pg.h0(), "H0");
    require(pg.h1(), "H1");
    return new Tests(pg, differences(pg, s.combinedOptions));
  }

  /** A PG test with its 1-dof companions. */
  record Tests(PgResult pg, List<DifferenceTest> differences) {}

  private static List<DifferenceTest> differences(PgResult pg, FitOptions options) {
    List<DifferenceTest> out = new ArrayList<>();
    for (OscillationParameter p :
        List.of(OscillationParameter.DM21, OscillationParameter.SIN2_THETA12)) {
      if (pg.h1Model().separates(p)) {
        DifferenceTest d = DifferenceTest.of(pg, p, options);
        if (!d.isValid()) {
          throw new TensionFailure(
              "the 1-dof test of delta "
                  + p.label()
                  + " = 0 is not valid: "
                  + String.join("; ", d.problems()));
        }
        out.add(d);
      }
    }
    return out;
  }

  /** The models and fit options of a request. */
  record Setup(
      Model nu,
      Model nubar,
      Model h0,
      Model h1,
      FitOptions nuOptions,
      FitOptions combinedOptions,
      MixingParameters reference) {

    static Setup of(TensionRequest r) {
      Theta13Treatment t13 = r.theta13();
      MixingParameters ref = r.reference();
      if (t13.fixed()) {
        ref = withSin2Theta13(ref, t13.fixedValue(ref.sin2Theta13()));
      }
      List<String> reactorSets = new ArrayList<>(r.reactor());
      if (t13.mode() == Theta13Treatment.Mode.CONSTRAINED) {
        reactorSets.add(t13.dataset());
      }
      List<String> all = new ArrayList<>(r.solar());
      all.addAll(reactorSets);
      // χ² pre-scan of the multi-start grid, MIGRAD from the 4 best: the islands (LMA/LOW,
      // KamLAND's) are found without a MIGRAD walking through every quasi-vacuum start.
      FitOptions base = FitOptions.defaults().withThreads(r.threads()).withPrescan(4);
      // Solar data barely constrain θ₁₃: the ν fit holds it (at the reference, or at the value
      // the treatment fixes).
      Model nu =
          Model.of(TermSource.datasets(r.solar(), r.likelihood()), Hypothesis.h0(), ref)
              .withHeld(OscillationParameter.SIN2_THETA13);
      Model nubar =
          Model.of(TermSource.datasets(reactorSets, r.likelihood()), Hypothesis.h0(), ref);
      Model h0 = Model.of(TermSource.datasets(all, r.likelihood()), Hypothesis.h0(), ref);
      if (t13.fixed()) {
        nubar = nubar.withHeld(OscillationParameter.SIN2_THETA13);
        h0 = h0.withHeld(OscillationParameter.SIN2_THETA13);
      }
      Model h1 =
          h0.withHypothesis(
              r.h1FreesTheta13() ? Hypothesis.h1AllSeparate() : Hypothesis.h1SharedTheta13());
      return new Setup(nu, nubar, h0, h1, base, base, ref);
    }
  }

  static MixingParameters withSin2Theta13(MixingParameters p, double s13) {
    return MixingParameters.ofSin2(
        p.dm21EV2(), p.dm31EV2(), p.sin2Theta12(), s13, p.sin2Theta23(), p.delta());
  }

  /**
   * Checks the datasets before anything is fitted: solar sets read ν, reactor sets ν̄, none twice,
   * and a θ₁₃ constraint is a ν̄ dataset not already listed.
   */
  public static void validate(TensionRequest r) {
    List<Dataset> solar = new ArrayList<>();
    for (String n : r.solar()) {
      requireSector(n, Sector.NU, "solar");
      solar.add(Datasets.resolve(n));
    }
    SolarTerm.checkOverlaps(solar);
    for (String n : r.reactor()) {
      requireSector(n, Sector.NUBAR, "reactor");
    }
    List<String> seen = new ArrayList<>();
    for (String n : concat(r.solar(), r.reactor())) {
      if (seen.contains(n)) {
        throw new IllegalArgumentException("dataset " + n + " is listed twice");
      }
      seen.add(n);
    }
    Theta13Treatment t = r.theta13();
    if (t.mode() == Theta13Treatment.Mode.CONSTRAINED) {
      Dataset d = Datasets.resolve(t.dataset());
      if (Likelihoods.sector(d) != Sector.NUBAR || seen.contains(t.dataset())) {
        throw new IllegalArgumentException(
            "theta13: "
                + t.dataset()
                + " must be a reactor constraint not listed among the reactor datasets"
                + " (or use free, reference or a value)");
      }
    }
  }

  private static void requireSector(String name, Sector want, String side) {
    Sector s = Likelihoods.sector(Datasets.resolve(name));
    if (s != want) {
      throw new IllegalArgumentException(
          side
              + ": "
              + name
              + " is a "
              + s.label()
              + " dataset, not a "
              + (want == Sector.NU ? "solar (nu)" : "reactor (nubar)")
              + " one");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(
            "cannot create the folder of the toy checkpoint " + file, e);
      }
    }
  }

  static FitResult require(FitResult r, String what) {
    if (!r.isValid()) {
      throw new TensionFailure(
          "the " + what + " fit did not reach a valid minimum: " + String.join("; ", r.problems()));
    }
    return r;
  }

  /** Widenings of a region's grid at most, until its 3σ region closes. */
  static final int MAX_WIDENINGS = 3;

  /** The grid over the best fit ± 5 HESSE errors in each variable, inside the fit's limits. */
  private static TensionOutcome.Region region(
      TensionOutcome.Fit which,
      Model model,
      FitResult fit,
      Sector sector,
      FitOptions o,
      int points,
      WorkRunner runner,
      TensionProgress progress) {
    SectorParameters sp = fit.sector(sector);
    OscillationParameter dm21 = OscillationParameter.DM21;
    double[] x =
        span(
            model,
            sector,
            OscillationParameter.SIN2_THETA12,
            sp.sin2Theta12().value(),
            sp.sin2Theta12().error());
    double[] y =
        span(
            model,
            sector,
            OscillationParameter.DM21,
            dm21.toFit(sp.dm21().value()),
            dm21.toFit(sp.dm21().error()));
    String what =
        switch (which) {
          case NU -> "nu region";
          case NUBAR -> "nubar region";
          case COMBINED -> "combined region";
        };
    // Best fit ± 5 errors, widened (up to MAX_WIDENINGS times, a quarter of the points per open
    // side) until the 3σ region closes or meets the parameter's limit; the result says which edges
    // stay open (issue 10: the reactor region was cut at sin²θ₁₂ = 0.46 without comment).
    ContourResult c =
        Contours.covering(
            model,
            fit,
            sector,
            new GridAxis(x[0], x[1], points, false),
            false,
            new GridAxis(y[0], y[1], points, false),
            Levels.contourLevels()[2],
            MAX_WIDENINGS,
            o,
            runner,
            progress.scan(what));
    return new TensionOutcome.Region(which, sector, c);
  }

  /**
   * value ± 5 errors (fit units), kept strictly inside the parameter's limits in the model: a grid
   * point on a limit would be a fit with the parameter pinned at its boundary, where Minuit's sine
   * transform has no derivative.
   */
  private static double[] span(
      Model model, Sector sector, OscillationParameter p, double value, double error) {
    int i = model.index(sector, p);
    double lo = model.lower()[i];
    double hi = model.upper()[i];
    double inset = 0.005 * (hi - lo);
    double half = 5 * Math.max(error, 1e-6 * Math.abs(value));
    return new double[] {Math.max(lo + inset, value - half), Math.min(hi - inset, value + half)};
  }

  private static TensionOutcome.NamedProfile profile(
      TensionOutcome.Fit which,
      Model model,
      FitResult fit,
      PhysicsParameter p,
      FitOptions o,
      int points,
      WorkRunner runner,
      TensionProgress progress,
      Map<String, String> notes) {
    double[] centre = centre(model, fit, p);
    double lo = centre[0] - 5 * centre[1];
    double hi = centre[0] + 5 * centre[1];
    if (p.kind() != PhysicsParameter.Kind.DIFFERENCE) {
      Sector s = model.hasSector(Sector.NU) ? Sector.NU : Sector.NUBAR;
      int i = model.index(s, p.parameter());
      double inset = 0.005 * (model.upper()[i] - model.lower()[i]);
      lo = Math.max(lo, model.lower()[i] + inset);
      hi = Math.min(hi, model.upper()[i] - inset);
    }
    String label = p.label() + " (" + which.name().toLowerCase(java.util.Locale.ROOT) + ")";
    ProfileResult r =
        Profiles.profile(
            model,
            fit,
            p,
            Profiles.linspace(lo, hi, points),
            o,
            runner,
            progress.scan("profile " + label));
    if (r.invalidPoints() > 0) {
      notes.put(
          "profile." + label,
          r.invalidPoints() + " of " + points + " points whose fit failed were left out");
    }
    return new TensionOutcome.NamedProfile(which, r);
  }

  /** Value and HESSE error of a profiled quantity, in fit units (1e-5 eV² for Δm²₂₁). */
  private static double[] centre(Model model, FitResult fit, PhysicsParameter p) {
    OscillationParameter q = p.parameter();
    boolean dm = q == OscillationParameter.DM21;
    if (p.kind() == PhysicsParameter.Kind.DIFFERENCE) {
      SectorParameters nu = fit.sector(Sector.NU);
      SectorParameters nubar = fit.sector(Sector.NUBAR);
      double a = q.toFit((dm ? nu.dm21() : nu.sin2Theta12()).value());
      double b = q.toFit((dm ? nubar.dm21() : nubar.sin2Theta12()).value());
      double ea = q.toFit((dm ? nu.dm21() : nu.sin2Theta12()).error());
      double eb = q.toFit((dm ? nubar.dm21() : nubar.sin2Theta12()).error());
      return new double[] {b - a, Math.hypot(ea, eb)};
    }
    Sector s = model.hasSector(Sector.NU) ? Sector.NU : Sector.NUBAR;
    SectorParameters sp = fit.sector(s);
    var e = dm ? sp.dm21() : sp.sin2Theta12();
    return new double[] {q.toFit(e.value()), q.toFit(e.error())};
  }

  /**
   * P_ee(E) of ⁸B-region neutrinos (the component whose production region the experiments' P_ee
   * points refer to) at the ν and H0 best fits, annual mean at Kamioka, and the published survival
   * points: Borexino's and SNO's day polynomial (with its covariance) at a few energies.
   */
  private static TensionOutcome.Survival survival(
      TensionRequest request, Setup s, FitResult nuFit, FitResult h0Fit) {
    SolarTerm sun = solarTerm(s.nu);
    List<TensionOutcome.Curve> curves = new ArrayList<>();
    List<TensionOutcome.Point> points = new ArrayList<>();
    if (sun != null) {
      double[] e = new double[60];
      for (int i = 0; i < e.length; i++) {
        e[i] = 0.1 * Math.pow(200.0, i / (e.length - 1.0));
      }
      Map<TensionOutcome.Fit, FitResult> fits = new LinkedHashMap<>();
      fits.put(TensionOutcome.Fit.NU, nuFit);
      fits.put(TensionOutcome.Fit.COMBINED, h0Fit);
      for (Map.Entry<TensionOutcome.Fit, FitResult> f : fits.entrySet()) {
        MixingParameters p = mixing(s.reference, f.getValue().sector(Sector.NU));
        double[][] dn = sun.survival(SolarFluxComponent.B8, Detector.KAMIOKA, p, e);
        double[] avg = new double[e.length];
        for (int i = 0; i < e.length; i++) {
          avg[i] = 0.5 * (dn[0][i] + dn[1][i]);
        }
        curves.add(new TensionOutcome.Curve(f.getKey(), e, avg));
      }
    }
    for (String n : request.solar()) {
      Dataset d = Datasets.resolve(n);
      if (d instanceof Rates r) {
        for (Rates.Measurement m : r.measurements()) {
          if (m.observable().energy() != null
              && m.observable().quantity().id().equals("survival-probability")) {
            points.add(
                new TensionOutcome.Point(
                    d.name() + " " + m.id(),
                    m.observable().energy(),
                    m.value(),
                    m.uncertainty().average()));
          }
        }
      } else if (d instanceof PolynomialSurvival sno) {
        for (double en : new double[] {5, 7.5, 10, 12.5}) {
          points.add(
              new TensionOutcome.Point(
                  "SNO polynomial (day)", en, sno.dayProbability(en), sno.dayProbabilityError(en)));
        }
      }
    }
    return new TensionOutcome.Survival(curves, points);
  }

  /** The solar term of a model, or null when the solar data are Gaussian constraints only. */
  private static SolarTerm solarTerm(Model m) {
    for (LikelihoodTerm t : m.likelihood().terms()) {
      if (t instanceof SolarTerm st) {
        return st;
      }
    }
    return null;
  }

  private static MixingParameters mixing(MixingParameters ref, SectorParameters s) {
    return MixingParameters.ofSin2(
        s.dm21().value(),
        ref.dm31EV2(),
        s.sin2Theta12().value(),
        s.sin2Theta13().value(),
        ref.sin2Theta23(),
        ref.delta());
  }

  /** Every effective analysis choice, by name, for result files (DESIGN §5). */
  private static Map<String, String> options(TensionRequest r, Setup s) {
    Map<String, String> o = new TreeMap<>();
    o.put("solar", String.join(",", r.solar()));
    o.put("reactor", String.join(",", r.reactor()));
    o.put("theta13", r.theta13().label());
    o.put("theta13.treatment", r.theta13().describe(r.reference().sin2Theta13()));
    o.put("theta13.solarFit", SOLAR_THETA13);
    o.put(
        "h1",
        r.h1FreesTheta13()
            ? "dm21, theta12, theta13 separate (dof 3)"
            : "dm21, theta12 separate, theta13 shared (dof 2)");
    o.put("toys", Integer.toString(r.toys()));
    o.put("gridPoints", Integer.toString(r.gridPoints()));
    o.put("profilePoints", Integer.toString(r.profilePoints()));
    o.put("levers", Boolean.toString(r.levers()));
    r.likelihood().describe().forEach(o::put);
    o.put("reference", "fixed dm31, theta23, delta: NuFit-6.0 NO as in the paper's main text");
    return o;
  }
}
