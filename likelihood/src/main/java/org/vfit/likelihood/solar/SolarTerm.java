package org.vfit.likelihood.solar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.Observable;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.toys.Toys;
import org.vfit.likelihood.LikelihoodTerm;
import org.vfit.likelihood.NuisanceParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MixingParameters;
import org.vfit.oscillation.solar.SolarFluxComponent;

/**
 * The solar-neutrino likelihood (ν sector): every solar dataset of the fit in one term, because
 * they share the ⁸B flux normalisation f_B = Φ(⁸B)/Φ_SSM(⁸B) (a nuisance parameter, free or with
 * the solar model's prior) and, for the radiochemical rates, correlated solar-model errors.
 * Predictions at one point share a single {@link SolarPoint}, so each P_ee is computed once per
 * evaluation whatever the number of experiments. Thread-safe (each evaluation has its own point).
 */
public final class SolarTerm implements LikelihoodTerm {
  private final SolarPhysics physics;
  private final List<SolarExperiment> experiments;
  private final String name;

  /**
   * Centre of the ⁸B prior (1 for real data; drawn for toys: the solar model is a measurement too).
   */
  private final double priorCentre;

  /** The term for the given solar datasets with the given options. */
  public static SolarTerm of(List<Dataset> datasets, SolarOptions options) {
    return new SolarTerm(SolarPhysics.shared(options), datasets);
  }

  /** What the term had to do about overlapping datasets, one sentence each. */
  private final List<String> notes;

  private SolarTerm(SolarPhysics physics, List<Dataset> datasets) {
    this.physics = physics;
    List<String> n = new ArrayList<>();
    this.experiments = build(physics, datasets, n);
    this.name = "solar";
    this.priorCentre = 1.0;
    this.notes = List.copyOf(n);
  }

  private SolarTerm(
      SolarPhysics physics,
      List<SolarExperiment> experiments,
      String name,
      double priorCentre,
      List<String> notes) {
    this.physics = physics;
    this.experiments = List.copyOf(experiments);
    this.name = name;
    this.priorCentre = priorCentre;
    this.notes = notes;
  }

  /**
   * How overlapping datasets were handled: which spectra enter as day+night totals because a
   * day–night dataset carries their phase's day–night difference (empty when nothing overlapped).
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Whether this term can use a dataset (capture rates, survival points, SNO, Super-K, day–night).
   */
  public static boolean accepts(Dataset d) {
    if (d instanceof PolynomialSurvival || d instanceof RecoilSpectrum || d instanceof DayNight) {
      return true;
    }
    if (d instanceof Rates r) {
      Observable.Quantity q = r.measurements().get(0).observable().quantity();
      return q == Observable.Quantity.CAPTURE_RATE || q == Observable.Quantity.SURVIVAL_PROBABILITY;
    }
    return false;
  }

  /**
   * Checks a set of solar datasets for overlaps the term refuses (two day–night datasets of one
   * phase, two spectra of one phase) without building anything.
   *
   * @throws IllegalArgumentException naming both datasets and the phase
   */
  public static void checkOverlaps(List<Dataset> datasets) {
    dayNightPhases(datasets);
  }

  /**
   * The data-taking phases whose day–night difference a day–night dataset carries, by phase.
   *
   * @throws IllegalArgumentException when two day–night datasets carry the same phase, or two
   *     spectra are of the same phase: either would count the same events twice
   */
  private static Map<String, String> dayNightPhases(List<Dataset> datasets) {
    Map<String, String> byPhase = new LinkedHashMap<>();
    Map<String, String> spectra = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      if (d instanceof DayNight dn) {
        for (String ph : dn.phases()) {
          String other = byPhase.putIfAbsent(ph, d.name());
          if (other != null) {
            throw new IllegalArgumentException(
                other
                    + " and "
                    + d.name()
                    + " both carry the day-night asymmetry of "
                    + ph
                    + ": use one of them");
          }
        }
      } else if (d instanceof RecoilSpectrum r && r.phase() != null) {
        String other = spectra.putIfAbsent(r.phase(), d.name());
        if (other != null) {
          throw new IllegalArgumentException(
              other
                  + " and "
                  + d.name()
                  + " are both spectra of "
                  + r.phase()
                  + ": use one of them");
        }
      }
    }
    return byPhase;
  }

  private static List<SolarExperiment> build(
      SolarPhysics physics, List<Dataset> datasets, List<String> notes) {
    List<SolarExperiment> out = new ArrayList<>();
    List<Rates> capture = new ArrayList<>();
    List<RecoilSpectrum> spectra = new ArrayList<>();
    int spectraSlot = -1;
    Map<String, String> dayNight = dayNightPhases(datasets);
    for (Dataset d : datasets) {
      if (!accepts(d)) {
        throw new IllegalArgumentException(
            "dataset "
                + d.name()
                + " (kind "
                + d.kind().id()
                + ") is not a solar dataset vfit can predict");
      }
      if (d instanceof Rates r) {
        boolean allCapture =
            r.measurements().stream()
                .allMatch(m -> m.observable().quantity() == Observable.Quantity.CAPTURE_RATE);
        boolean allPee =
            r.measurements().stream()
                .allMatch(
                    m -> m.observable().quantity() == Observable.Quantity.SURVIVAL_PROBABILITY);
        if (allCapture) {
          capture.add(r);
        } else if (allPee) {
          out.add(new SurvivalPointsExperiment(physics, r));
        } else {
          throw new IllegalArgumentException(
              "dataset " + d.name() + " mixes capture rates and other quantities");
        }
      } else if (d instanceof PolynomialSurvival p) {
        out.add(new SnoPolynomialExperiment(physics, p));
      } else if (d instanceof RecoilSpectrum s) {
        if (spectraSlot < 0) {
          spectraSlot = out.size();
        }
        spectra.add(s);
        String carrier = s.phase() == null ? null : dayNight.get(s.phase());
        boolean split =
            s.rows().stream().anyMatch(r -> r.zenith() != RecoilSpectrum.ZenithClass.ALL);
        if (carrier != null && split) {
          notes.add(
              s.name()
                  + " ("
                  + s.phase()
                  + "): zenith rows used as day+night totals, because "
                  + carrier
                  + " carries "
                  + s.phase()
                  + "'s day-night asymmetry");
        }
      } else {
        out.add(new DayNightExperiment(physics, (DayNight) d));
      }
    }
    if (!spectra.isEmpty()) {
      out.add(
          spectraSlot,
          new SuperKSpectrumExperiment(physics, spectra, new HashSet<>(dayNight.keySet())));
    }
    if (!capture.isEmpty()) {
      out.add(0, new RadiochemicalExperiment(physics, capture));
    }
    return out;
  }

  /** The shared physics (tables) of this term (for tests in this package). */
  SolarPhysics physics() {
    return physics;
  }

  /** The experiments, in evaluation order (for tests in this package). */
  List<SolarExperiment> experiments() {
    return experiments;
  }

  public SolarOptions options() {
    return physics.options();
  }

  /** Names of the datasets in this term. */
  public List<String> datasetNames() {
    List<String> out = new ArrayList<>();
    for (SolarExperiment e : experiments) {
      e.datasets().forEach(d -> out.add(d.name()));
    }
    return out;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Sector sector() {
    return Sector.NU;
  }

  /**
   * One astronomical unit (IAU 2012, exact), the Sun–Earth distance the solar data are taken at.
   */
  public static final double ASTRONOMICAL_UNIT_KM = 1.495978707e8;

  @Override
  public java.util.OptionalDouble baselineKm() {
    return java.util.OptionalDouble.of(ASTRONOMICAL_UNIT_KM);
  }

  /**
   * None: the ⁸B normalisation f_B is profiled inside the term. Every solar observable is linear in
   * f_B at fixed oscillation parameters (rates and fluxes scale with it; survival points and
   * asymmetries do not depend on it; the radiochemical theory errors come from the other fluxes),
   * so χ²(f_B) is an exact parabola: three evaluations on one set of probabilities give its
   * minimum, at the cost of about one evaluation. The fitted f_B is reported by {@link
   * #bestB8Flux}.
   */
  @Override
  public List<NuisanceParameter> nuisanceParameters() {
    return List.of();
  }

  @Override
  public int dataPoints() {
    return experiments.stream().mapToInt(SolarExperiment::dataPoints).sum();
  }

  /** The last point and χ² of this term on this thread. */
  private record Last(MixingParameters p, double chi2) {}

  /**
   * Combined fits vary nuisance parameters of other terms (KamLAND's normalisations) at fixed
   * oscillation parameters — every gradient component but two in a grid point's fit — so the same
   * solar point is asked for again and again; one remembered evaluation per thread answers those.
   */
  private final ThreadLocal<Last> last = new ThreadLocal<>();

  @Override
  public double chi2(MixingParameters p, double[] nuisance) {
    Last l = last.get();
    if (l != null && l.p().equals(p)) {
      return l.chi2();
    }
    SolarPoint point = new SolarPoint(physics, p);
    double chi2 = chi2At(point, bestB8Flux(point));
    last.set(new Last(p, chi2));
    return chi2;
  }

  /** χ² at a fixed ⁸B normalisation f_B = Φ(⁸B)/Φ_SSM(⁸B). */
  public double chi2(MixingParameters p, double fB8) {
    return chi2At(new SolarPoint(physics, p), fB8);
  }

  /** The profiled ⁸B normalisation at a point. */
  public double bestB8Flux(MixingParameters p) {
    return bestB8Flux(new SolarPoint(physics, p));
  }

  private double bestB8Flux(SolarPoint point) {
    double g0 = chi2At(point, 0.5), g1 = chi2At(point, 1.0), g2 = chi2At(point, 1.5);
    // parabola through (0.5, g0), (1, g1), (1.5, g2): g'' = (g0 − 2g1 + g2)/0.5², g'(1) = (g2 −
    // g0)/1
    double curvature = (g0 - 2 * g1 + g2) / 0.25;
    double slope = g2 - g0;
    if (!(curvature > 0)) {
      // no dataset constrains f_B (e.g. Borexino points alone): keep the solar model's value
      return 1.0;
    }
    double f = 1.0 - slope / curvature;
    return Math.min(Math.max(f, MIN_B8), MAX_B8);
  }

  /** Physical range of f_B searched (the data put it at 0.9–1.0 of B16-GS98). */
  private static final double MIN_B8 = 0.05, MAX_B8 = 5.0;

  private double chi2At(SolarPoint point, double fB8) {
    double s = 0;
    for (SolarExperiment e : experiments) {
      s += e.chi2(point, fB8);
    }
    if (physics.options().b8Flux() == SolarOptions.B8Flux.SSM_PRIOR) {
      double sigma = physics.model().fluxFractionalError(SolarFluxComponent.B8);
      s += (fB8 - priorCentre) * (fB8 - priorCentre) / (sigma * sigma);
    }
    return s;
  }

  /** −2 ln L of each dataset group at a point (for reports and diagnostics). */
  public List<Double> chi2ByExperiment(MixingParameters p, double fB8) {
    SolarPoint point = new SolarPoint(physics, p);
    List<Double> out = new ArrayList<>();
    for (SolarExperiment e : experiments) out.add(e.chi2(point, fB8));
    return out;
  }

  /** Expected observables of every dataset at a point, in dataset order. */
  public List<Values> expected(MixingParameters p, double fB8) {
    SolarPoint point = new SolarPoint(physics, p);
    List<Values> out = new ArrayList<>();
    for (SolarExperiment e : experiments) out.addAll(e.expected(point, fB8));
    return out;
  }

  /** The day and annual-mean survival of a component at the given energies (for P_ee plots). */
  public double[][] survival(
      SolarFluxComponent c,
      org.vfit.oscillation.earth.Detector site,
      MixingParameters p,
      double[] energyMeV) {
    return new SolarPoint(physics, p).dayNightAt(c, site, energyMeV);
  }

  /**
   * Every experiment on new data made from its expectation at the point (in experiment and dataset
   * order, which fixes the order in which a toy splits its generator).
   */
  private List<SolarExperiment> withData(
      SolarPoint point, double fB8, java.util.function.BiFunction<Dataset, Values, Dataset> make) {
    List<SolarExperiment> out = new ArrayList<>();
    for (SolarExperiment e : experiments) {
      List<Values> mu = e.expected(point, fB8);
      List<Dataset> ds = new ArrayList<>();
      for (int i = 0; i < mu.size(); i++) {
        ds.add(make.apply(e.datasets().get(i), mu.get(i)));
      }
      out.add(e.withData(ds));
    }
    return out;
  }

  @Override
  public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
    SolarPoint point = new SolarPoint(physics, p);
    double fTrue = bestB8Flux(point);
    double centre = fTrue;
    if (physics.options().b8Flux() == SolarOptions.B8Flux.SSM_PRIOR) {
      // the prior's centre is itself a measurement (the solar model): draw it too
      double sigma = physics.model().fluxFractionalError(SolarFluxComponent.B8);
      centre = fTrue + sigma * Toys.standardNormal(rng.split());
    }
    List<SolarExperiment> drawn = new ArrayList<>();
    for (SolarExperiment e : withData(point, fTrue, (d, mu) -> Toys.toy(d, mu, rng.split()))) {
      drawn.add(e.withDrawnSystematics(rng));
    }
    return new SolarTerm(physics, drawn, name, centre, notes);
  }

  @Override
  public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
    SolarPoint point = new SolarPoint(physics, p);
    double fTrue = bestB8Flux(point);
    return new SolarTerm(physics, withData(point, fTrue, Toys::asimov), name, fTrue, notes);
  }
}
