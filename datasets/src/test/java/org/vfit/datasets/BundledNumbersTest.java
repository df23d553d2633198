package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.Matrix;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorBaselines;
import org.vfit.datasets.model.ReactorFluxModel;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.ReactorUnits;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.SolarSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.model.ZenithExposure;

/**
 * The bundled numbers reproduce the totals and checks that the data sources state. A zero tolerance
 * compares a number carried over verbatim from the source.
 */
class BundledNumbersTest {

  /** kamland.json quotes column sums rounded to 0.001 while the file has 4 decimals per bin. */
  private static final double SUM_ROUNDING = 1e-3;

  private final ReactorSpectrum kamland = Datasets.load("kamland-2011", ReactorSpectrum.class);

  @Test
  void kamland2011HasThe76BinsFrom0point9To8point5MeV() {
    assertEquals(76, kamland.binCount());
    assertEquals(0.9, kamland.binEdges().first(), 0);
    assertEquals(
        8.5,
        kamland.binEdges().last(),
        1e-12); // decimal edges written exactly; 1e-12 allows the parse
  }

  @Test
  void kamland2011ObservedEventsSumTo2106() {
    assertEquals(2106.0, kamland.periods().get(0).observed().sum(), 0);
  }

  @Test
  void kamland2011NoOscillationAndBestFitSumsMatchTheSource() {
    ReactorSpectrum.Period p = kamland.periods().get(0);
    assertEquals(2878.907, p.noOscillation().sum(), SUM_ROUNDING);
    assertEquals(1634.225, p.referenceBestFit().sum(), SUM_ROUNDING);
  }

  @Test
  void kamland2011BackgroundSumsMatchTheSource() {
    ReactorSpectrum.Period p = kamland.periods().get(0);
    assertEquals(102.453, p.background("accidental").expected().sum(), SUM_ROUNDING);
    assertEquals(198.601, p.background("13C-alpha-n").expected().sum(), SUM_ROUNDING);
    assertEquals(24.800, p.background("9Li-8He").expected().sum(), SUM_ROUNDING);
    assertEquals(84.666, p.background("geo-U").expected().sum(), SUM_ROUNDING);
    assertEquals(20.771, p.background("geo-Th").expected().sum(), SUM_ROUNDING);
    double nonGeo =
        p.background("accidental").expected().sum()
            + p.background("13C-alpha-n").expected().sum()
            + p.background("9Li-8He").expected().sum();
    assertEquals(325.854, nonGeo, SUM_ROUNDING);
  }

  @Test
  void kamland2011BackgroundUncertaintiesAreThoseOfTheSource() {
    ReactorSpectrum.Period p = kamland.periods().get(0);
    // 23.0/198.6 and 1.6/24.8 (kamland.json); the totals differ from 198.6 and 24.8 by < 0.01
    // events.
    assertEquals(23.0 / 198.6, p.background("13C-alpha-n").fractionalUncertainty(), 1e-5);
    assertEquals(1.6 / 24.8, p.background("9Li-8He").fractionalUncertainty(), 1e-5);
    assertEquals(0, p.background("accidental").fractionalUncertainty(), 0);
  }

  @Test
  void kamland2011CarriesExposureResolutionAndSystematics() {
    ReactorSpectrum.Period p = kamland.periods().get(0);
    assertEquals(3.49e32, p.exposure(), 0);
    assertEquals(2135, p.livetime(), 0);
    assertEquals(0.064, kamland.detector().resolution(), 0);
    assertEquals(0.041, kamland.systematics().get(0).sigma(), 0);
    assertEquals(ReactorSpectrum.SystematicType.ENERGY_SCALE, kamland.systematics().get(1).type());
    assertEquals(0.019, kamland.systematics().get(1).sigma(), 0);
    double sum =
        kamland.fissionFractions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-9); // 0.571 + 0.078 + 0.295 + 0.056 exactly, up to double rounding
  }

  @Test
  void kamland2013DigitisedPeriodsHoldThe2611RoundedCounts() {
    ReactorSpectrum k13 = Datasets.load("kamland-2013-periods", ReactorSpectrum.class);
    assertEquals(1615, k13.period("period-1").observed().sum(), 0);
    assertEquals(937, k13.period("period-2").observed().sum(), 0);
    assertEquals(59, k13.period("period-3").observed().sum(), 0);
    assertEquals(17, k13.binCount());
  }

  @Test
  void snoCorrelationMatrixIsPositiveDefinite() {
    PolynomialSurvival sno = Datasets.load("sno-polynomial", PolynomialSurvival.class);
    Matrix c = sno.correlation();
    Matrix l = c.cholesky().orElseThrow(() -> new AssertionError("not positive definite"));
    for (int i = 0; i < 6; i++) {
      assertTrue(
          l.get(i, i) > 0.2,
          "pivot " + i); // smallest eigenvalue is 0.045, pivots stay well above 0
      for (int j = 0; j < 6; j++) {
        double llt = 0;
        for (int k = 0; k < 6; k++) {
          llt += l.get(i, k) * l.get(j, k);
        }
        assertEquals(
            c.get(i, j), llt, 1e-12, "L L^T reproduces C"); // round-off of a 6x6 decomposition
      }
    }
  }

  @Test
  void snoPolynomialIsTheTranscribedFit() {
    PolynomialSurvival sno = Datasets.load("sno-polynomial", PolynomialSurvival.class);
    assertEquals(5.25e6, sno.value("phi_b8"), 0);
    assertEquals(0.317, sno.dayProbability(10.0), 1e-15); // at the pivot P_day = c0
    // sigma_c0 = sqrt(0.016^2 + 0.009^2), the recipe of both transcriptions; 1e-15: double rounding
    assertEquals(Math.hypot(0.016, 0.009), sno.sigmas().get(1), 1e-15);
  }

  @Test
  void reactorTableMeanBaselinesMatchTheSource() {
    // reactors.json: flux-weighted means 211.9 km (KMS21) and 202.0 km (GEFAN22), quoted to 0.1 km
    assertEquals(
        211.9,
        Datasets.load("kamland-reactors-kms21", ReactorBaselines.class).meanBaseline(),
        0.05);
    assertEquals(
        202.0,
        Datasets.load("kamland-reactors-gefan22", ReactorBaselines.class).meanBaseline(),
        0.05);
  }

  @Test
  void prisBaselinesAreWgs84ChordsFromKamland() {
    ReactorUnits pris = Datasets.load("japan-korea-reactors-pris", ReactorUnits.class);
    ReactorUnits.Location k = pris.detector();
    for (ReactorUnits.Site s : pris.sites()) {
      double chord =
          chordKm(k.latitude(), k.longitude(), -k.depth(), s.latitude(), s.longitude(), 0);
      assertEquals(s.baseline(), chord, 0.05, s.name()); // baselines are given to 0.1 km
    }
  }

  @Test
  void prisHistoryShowsTheKashiwazakiKariwaShutdownOf2007() {
    ReactorUnits pris = Datasets.load("japan-korea-reactors-pris", ReactorUnits.class);
    double before = pris.meanThermalPower("KASHIWAZAKI KARIWA", 2006, 2006);
    double after = pris.meanThermalPower("KASHIWAZAKI KARIWA", 2008, 2008);
    assertTrue(before > 15000, "seven units near full power in 2006: " + before);
    assertTrue(after < 0.2 * before, "all units stopped after the July 2007 earthquake: " + after);
  }

  @Test
  void radiochemicalCrossSectionsAveragedOver8BReproduceTheSourceChecks() {
    SolarSpectrum b8 = Datasets.load("solar-spectrum-8b-bahcall1996", SolarSpectrum.class);
    CrossSection cl = Datasets.load("cl37-capture", CrossSection.class);
    CrossSection ga = Datasets.load("ga71-capture", CrossSection.class);
    // SOURCES.md: with linear interpolation <sigma_Cl> = 1.16e-42 and <sigma_Ga> = 2.41e-42 cm^2
    // (2-3 digits)
    assertEquals(1.16e-42, average(cl, b8, false), 0.005e-42);
    assertEquals(2.41e-42, average(ga, b8, false), 0.005e-42);
    SolarSpectrum pp = Datasets.load("solar-spectrum-pp", SolarSpectrum.class);
    // SOURCES.md: pp average 11.6e-46 cm^2, computed with sigma = 0 below the first table energy
    assertEquals(11.6e-46, average(ga, pp, true), 0.05e-46);
    // CrossSection.at continues with the first value down to threshold instead (11.85e-46)
    assertEquals(ga.sigma().first(), ga.at(0.236), 0);
    assertEquals(11.85e-46, average(ga, pp, false), 0.005e-46);
  }

  @Test
  void solarSpectraAreNormalisedWithTheStatedMeanEnergies() {
    for (String n : Datasets.names()) {
      if (Datasets.load(n) instanceof SolarSpectrum s && s.isContinuum()) {
        assertEquals(1.0, s.integral(), 2e-3, n); // SOURCES.md: integrals 1.000 (1000.0 for Winter)
      }
    }
    SolarSpectrum winter = Datasets.load("solar-spectrum-8b", SolarSpectrum.class);
    assertEquals(
        6.77, meanEnergy(winter.energy(), winter.density()), 0.005); // SOURCES.md: 6.77 MeV
    SolarSpectrum b96 = Datasets.load("solar-spectrum-8b-bahcall1996", SolarSpectrum.class);
    assertEquals(
        6.735, meanEnergy(b96.energy(), b96.density()), 0.0005); // SOURCES.md: 6.735/6.629/6.842
    assertEquals(6.629, meanEnergy(b96.energy(), b96.alternatives().get("softer")), 0.0005);
    assertEquals(6.842, meanEnergy(b96.energy(), b96.alternatives().get("harder")), 0.0005);
  }

  @Test
  void zenithExposuresSpendHalfTheYearAtNight() {
    ZenithExposure z = Datasets.load("zenith-exposure-bahcall1997", ZenithExposure.class);
    for (ZenithExposure.SiteExposure s : z.sites()) {
      assertEquals(
          0.4999, s.nightFraction(z.zenith(), z.binWidth()), 5e-4, s.name()); // SOURCES.md: 0.4999
    }
  }

  @Test
  void ibdThresholdFollowsFromTheMasses() {
    ReactorFluxModel hm = Datasets.load("reactor-flux-huber-mueller", ReactorFluxModel.class);
    assertEquals(1.806, hm.ibd().threshold(), 5e-4); // flux_model.json: 1.806 MeV, three decimals
    assertEquals(1.29333, hm.ibd().delta(), 5e-6);
  }

  @Test
  void borexinoCorrelationIsTheNormalisedInverseOfSuperKsInverseCovariance() {
    double[][] w = {
      {0.00647, -0.0126, -0.017}, {-0.0126, 6.36, -0.501}, {-0.017, -0.501, 0.784}
    }; // pp, pep, 7Be
    double[][] c = invert3(w);
    Rates bx = Datasets.load("borexino-phase2-rates", Rates.class); // order pp, 7Be, pep
    int[] src = {0, 2, 1};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double rho = c[src[i]][src[j]] / Math.sqrt(c[src[i]][src[i]] * c[src[j]][src[j]]);
        assertEquals(
            rho, bx.correlation().get(i, j), 5e-5, "(" + i + "," + j + ")"); // stored to 4 decimals
      }
    }
    // pp: 10 (stat) and +6/-10 (syst) combined side by side, then symmetrised; 1e-12: double
    // rounding
    assertEquals(0.5 * (Math.hypot(10, 6) + Math.hypot(10, 10)), bx.sigmas().get(0), 1e-12);
  }

  @Test
  void superKivHasDayAndNightRowsForIts23EnergyBins() {
    RecoilSpectrum sk = Datasets.load("superk", RecoilSpectrum.class);
    assertEquals(46, sk.rows().size());
    RecoilSpectrum.Row first = sk.rows().get(0);
    assertEquals(3.49, first.energyLow(), 0);
    assertEquals(100.2, first.rate(), 0);
    assertEquals(13.3, first.stat().plus(), 0);
    assertEquals(13.0, first.stat().minus(), 0);
    assertEquals(0.0485, first.systUncorrelated(), 1e-15); // 4.85 % converted in decimal
  }

  private static double average(CrossSection xs, SolarSpectrum spectrum, boolean zeroBelowTable) {
    Values e = spectrum.energy();
    double num = 0;
    double den = 0;
    for (int i = 1; i < e.size(); i++) {
      double de = e.get(i) - e.get(i - 1);
      double a = spectrum.density().get(i - 1) * safeAt(xs, e.get(i - 1), zeroBelowTable);
      double b = spectrum.density().get(i) * safeAt(xs, e.get(i), zeroBelowTable);
      num += 0.5 * (a + b) * de;
      den += 0.5 * (spectrum.density().get(i - 1) + spectrum.density().get(i)) * de;
    }
    return num / den;
  }

  private static double safeAt(CrossSection xs, double e, boolean zeroBelowTable) {
    if (zeroBelowTable && e < xs.energy().first()) {
      return 0;
    }
    return xs.at(e);
  }

  private static double meanEnergy(Values e, Values d) {
    double num = 0;
    double den = 0;
    for (int i = 1; i < e.size(); i++) {
      double de = e.get(i) - e.get(i - 1);
      num += 0.5 * (e.get(i) * d.get(i) + e.get(i - 1) * d.get(i - 1)) * de;
      den += 0.5 * (d.get(i) + d.get(i - 1)) * de;
    }
    return num / den;
  }

  /**
   * Straight-line distance (km) between two WGS84 points given latitude, longitude (deg), height
   * (km).
   */
  private static double chordKm(
      double lat1, double lon1, double h1, double lat2, double lon2, double h2) {
    double[] a = ecef(lat1, lon1, h1);
    double[] b = ecef(lat2, lon2, h2);
    return Math.sqrt(
        Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }

  private static double[] ecef(double latDeg, double lonDeg, double h) {
    double a = 6378.137;
    double f = 1 / 298.257223563;
    double e2 = f * (2 - f);
    double lat = Math.toRadians(latDeg);
    double lon = Math.toRadians(lonDeg);
    double n = a / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
    return new double[] {
      (n + h) * Math.cos(lat) * Math.cos(lon),
      (n + h) * Math.cos(lat) * Math.sin(lon),
      (n * (1 - e2) + h) * Math.sin(lat)
    };
  }

  private static double[][] invert3(double[][] m) {
    double det =
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    double[][] inv = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        int r1 = (j + 1) % 3;
        int r2 = (j + 2) % 3;
        int c1 = (i + 1) % 3;
        int c2 = (i + 2) % 3;
        inv[i][j] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / det;
      }
    }
    return inv;
  }
}
