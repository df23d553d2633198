package org.vfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.Contours;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.LocalRunner;
import org.vfit.fit.analysis.Model;
import org.vfit.fit.analysis.PhysicsParameter;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.analysis.Profiles;
import org.vfit.fit.analysis.ProgressListener;
import org.vfit.fit.analysis.TermSource;
import org.vfit.fit.tests.ParameterGoodnessOfFit;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToyStudy;
import org.vfit.likelihood.Hypothesis;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.MassOrdering;
import org.vfit.oscillation.paper.PaperInputs;
import org.vfit.reports.Reports;
import org.vfit.reports.result.DatasetInput;
import org.vfit.reports.result.Fits;
import org.vfit.reports.result.RunInfo;
import org.vfit.reports.result.SurvivalData;
import org.vfit.reports.result.TensionResult;

/**
 * Fit results mapped into the result-file schema: every record's own checks pass, and a whole
 * {@link TensionResult} built from real fits survives the JSON round trip unchanged.
 */
class ResultMappingTest {

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void aTensionResultFromRealFitsRoundTrips() throws Exception {
    // ν data: a copy of the JUNO constraint relabelled as a ν measurement, so that H0 and H1 have
    // both sectors on real numbers (and, the two being equal, a known answer: χ²_PG = 0).
    java.nio.file.Path nuFile = dir.resolve("nu.json");
    String juno = org.vfit.datasets.Datasets.toJson(org.vfit.datasets.Datasets.load("juno-2025"));
    java.nio.file.Files.writeString(
        nuFile,
        juno.replace("\"antineutrino\"", "\"neutrino\"")
            .replace("\"juno-2025\"", "\"juno-as-nu\"")
            .replace("\"verified\"", "\"unverified\""));
    TermSource source =
        TermSource.datasets(List.of(nuFile.toString(), "juno-2025", "daya-bay-theta13"));
    FitOptions o = FitOptions.defaults().withMinos(false).withThreads(2);
    Model h0 =
        Model.of(
            source,
            Hypothesis.h0(),
            PaperInputs.of(MassOrdering.NO, PaperInputs.SplittingSet.MAIN));
    PgResult pg =
        ParameterGoodnessOfFit.test(h0, h0.withHypothesis(Hypothesis.h1SharedTheta13()), o);
    assertTrue(pg.isValid(), pg.problems().toString());
    ToyStudy.Result toys = new ToyStudy(pg, 3L, o.forToys()).run(20, new LocalRunner(2));
    Model nubarOnly =
        Model.of(
            TermSource.datasets(List.of("juno-2025", "daya-bay-theta13")),
            Hypothesis.h0(),
            PaperInputs.of(MassOrdering.NO, PaperInputs.SplittingSet.MAIN));
    FitResult reactor = Fitter.fit(nubarOnly, FitOptions.defaults());
    ContourResult grid =
        Contours.contour(
            nubarOnly,
            reactor,
            Sector.NUBAR,
            Profiles.linspace(0.29, 0.33, 4),
            Profiles.linspace(7.3, 7.7, 3),
            o,
            new LocalRunner(2),
            ProgressListener.NONE);
    ProfileResult delta =
        Profiles.profile(
            pg.h1Model(),
            pg.h1(),
            PhysicsParameter.parse("delta.dm21"),
            Profiles.linspace(-0.5, 0.5, 5),
            o,
            new LocalRunner(2),
            ProgressListener.NONE);

    TensionResult result =
        new TensionResult(
            new RunInfo(
                "vfit",
                "test",
                "2026-01-01T00:00:00Z",
                3L,
                List.of("test"),
                Map.of("h1", "shared theta13")),
            List.of(
                new DatasetInput(
                    "juno-2025",
                    "gaussian-constraint",
                    org.vfit.reports.result.Sector.NUBAR,
                    "bundled",
                    "JUNO, Nature (2026), arXiv:2511.14593")),
            ResultMapping.pgTest(pg, toys.summary()),
            new Fits(
                ResultMapping.singleFit(reactor),
                ResultMapping.singleFit(reactor),
                ResultMapping.singleFit(pg.h0()),
                ResultMapping.splitFit(pg.h1())),
            ResultMapping.potentials(pg.h1()),
            List.of(ResultMapping.grid(grid)),
            List.of(ResultMapping.profile(delta, org.vfit.reports.result.Sector.COMBINED)),
            new SurvivalData(List.of(), List.of()));
    TensionResult back = Reports.fromJson(Reports.toJson(result), "round trip");
    assertEquals(result, back);
    // Identical ν and ν̄ measurements: χ²_PG = 0 and A_ν̄ = A_ν* up to the fits' convergence (1e-3
    // of the ~4e-4 eV² diagonal elements, far looser than EDM-limited agreement yet far below
    // anything physical).
    assertEquals(0.0, back.pg().chi2(), 1e-3);
    assertEquals(back.potentials().nu().ee(), back.potentials().nubar().ee(), 1e-3);
    assertEquals(7.5e-5, back.fits().h1().nubar().dm21().value(), 1e-4 * 7.5e-5);
    assertEquals("nubar", back.grids().get(0).sector().name().toLowerCase());
  }

  @Test
  void aSinTheta13ProfileIsWrittenButNotItsDifference() {
    ProfileResult shared =
        new ProfileResult(
            PhysicsParameter.parse("sin2theta13"),
            "m",
            new org.vfit.fit.analysis.Estimate(0.02, 0.001, null, null),
            new double[] {0.01, 0.03},
            new double[] {1, 1},
            new boolean[] {true, true},
            0,
            false,
            List.of(),
            List.of());
    assertEquals(
        org.vfit.reports.result.ProfileParameter.SIN2THETA13,
        ResultMapping.profile(shared, org.vfit.reports.result.Sector.NUBAR).parameter());
    ProfileResult p =
        new ProfileResult(
            PhysicsParameter.parse("delta.sin2theta13"),
            "m",
            new org.vfit.fit.analysis.Estimate(0.02, 0.001, null, null),
            new double[] {0.01, 0.03},
            new double[] {1, 1},
            new boolean[] {true, true},
            0,
            false,
            List.of(),
            List.of());
    assertThrows(
        IllegalArgumentException.class,
        () -> ResultMapping.profile(p, org.vfit.reports.result.Sector.NUBAR));
  }

  /**
   * Regression (bee8713): a profile point whose conditional fit failed is left out of the result
   * file rather than failing the whole run; the rest keep their values and Δχ².
   */
  @Test
  void aFailedProfilePointIsLeftOutAndTheOthersKept() {
    ProfileResult p =
        nuDm21Profile(
            new double[] {6e-5, 7e-5, 8e-5, 9e-5},
            new double[] {12, 10, Double.NaN, 14},
            new boolean[] {true, true, false, true});
    assertThrows(
        IllegalArgumentException.class,
        () -> ResultMapping.profile(p, org.vfit.reports.result.Sector.NU),
        "the strict mapping still refuses it");
    org.vfit.reports.result.Profile kept =
        ResultMapping.validPoints(p, org.vfit.reports.result.Sector.NU);
    assertEquals(List.of(6e-5, 7e-5, 9e-5), kept.values());
    assertEquals(List.of(2.0, 0.0, 4.0), kept.deltaChi2());
    ProfileResult oneLeft =
        nuDm21Profile(
            new double[] {6e-5, 7e-5}, new double[] {Double.NaN, 10}, new boolean[] {false, true});
    assertThrows(
        IllegalArgumentException.class,
        () -> ResultMapping.validPoints(oneLeft, org.vfit.reports.result.Sector.NU),
        "fewer than two converged points is no profile");
  }

  /** A profile of ν Δm²₂₁ with its minimum χ² = 10 at 7e-5 eV². */
  private static ProfileResult nuDm21Profile(double[] values, double[] chi2, boolean[] valid) {
    return new ProfileResult(
        PhysicsParameter.parse("nu.dm21"),
        "m",
        new org.vfit.fit.analysis.Estimate(7e-5, 1e-6, null, null),
        values,
        chi2,
        valid,
        10,
        false,
        List.of(),
        List.of());
  }

  @Test
  void aFailedGridPointIsFilledFromItsConvergedNeighboursAndTheRestStaysExact() {
    // 3 × 3 grid, χ² = 10 + i + 2j with the centre failed: its 4 neighbours average to the
    // centre's own plane value (a linear function is its neighbours' mean), 10 + 1 + 2 = 13.
    double[][] chi2 = new double[3][3];
    boolean[][] valid = new boolean[3][3];
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        chi2[j][i] = 10 + i + 2 * j;
        valid[j][i] = !(i == 1 && j == 1);
      }
    }
    chi2[1][1] = Double.NaN;
    org.vfit.fit.analysis.ContourResult c =
        new org.vfit.fit.analysis.ContourResult(
            "nubar",
            "m",
            new double[] {0.2, 0.3, 0.4},
            new double[] {6e-5, 7e-5, 8e-5},
            chi2,
            valid,
            10,
            false,
            0.2,
            6e-5,
            new double[] {2.30, 6.18, 11.83});
    org.vfit.reports.result.Chi2Grid g = ResultMapping.gridFillingFailures(c);
    assertEquals(3.0, g.values()[1][1], 1e-12);
    assertEquals(0.0, g.values()[0][0], 0.0);
    assertEquals(6.0, g.values()[2][2], 1e-12);
  }
}
