package org.vfit.fit.tension;

import java.util.List;
import java.util.Map;
import org.vfit.fit.analysis.ContourResult;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.ProfileResult;
import org.vfit.fit.paper.MatrixElementFit;
import org.vfit.fit.tests.DifferenceTest;
import org.vfit.fit.tests.PgResult;
import org.vfit.fit.tests.ToySummary;
import org.vfit.likelihood.Sector;

/**
 * What a tension run found.
 *
 * @param request what was asked
 * @param nu the solar (ν) fit
 * @param nubar the reactor (ν̄) fit
 * @param pg the parameter-goodness-of-fit test (H0 and H1 fits inside)
 * @param differences the 1-dof tests δ(Δm²₂₁) = 0 and δ(sin²θ₁₂) = 0, in that order
 * @param toys the toy calibration, or null without toys
 * @param contours the (sin²θ₁₂, Δm²₂₁) regions: ν, ν̄, combined (empty without grids)
 * @param profiles the 1-D profiles (empty without profiles)
 * @param survival P_ee(E) curves at the best fits and the published survival points
 * @param levers the test under each one-change variant of the modelling choices (empty unless
 *     asked)
 * @param matrixElements the elements of A_ν, A_ν̄ and A_ν̄ − A_ν* at the H1 minimum with their
 *     Jacobian errors and held-input effects (the direct check fit is {@code vfit
 *     matrix-elements}'s)
 * @param notes what the run had to report beyond the numbers (left-out profile points, dataset
 *     overlaps corrected), by topic
 * @param options every effective analysis choice, by name, as text (for result files)
 */
public record TensionOutcome(
    TensionRequest request,
    FitResult nu,
    FitResult nubar,
    PgResult pg,
    List<DifferenceTest> differences,
    ToySummary toys,
    List<Region> contours,
    List<NamedProfile> profiles,
    Survival survival,
    List<LeverVariant> levers,
    MatrixElementFit.Result matrixElements,
    Map<String, String> notes,
    Map<String, String> options) {

  public TensionOutcome {
    differences = List.copyOf(differences);
    contours = List.copyOf(contours);
    profiles = List.copyOf(profiles);
    levers = List.copyOf(levers);
    notes = Map.copyOf(notes);
    options = Map.copyOf(options);
  }

  /** Which fit a region or profile belongs to. */
  public enum Fit {
    /** The solar (ν) fit. */
    NU,
    /** The reactor (ν̄) fit. */
    NUBAR,
    /** H0, both data sets with shared parameters. */
    COMBINED
  }

  /**
   * A Δχ² region in (sin²θ₁₂, Δm²₂₁).
   *
   * @param fit whose region
   * @param sector the sector whose parameters are on the axes
   * @param contour the scan
   */
  public record Region(Fit fit, Sector sector, ContourResult contour) {}

  /**
   * A 1-D profile.
   *
   * @param fit which fit was profiled (H1 for the differences, shown as {@link Fit#COMBINED})
   * @param profile the scan (its target says which quantity)
   */
  public record NamedProfile(Fit fit, ProfileResult profile) {}

  /**
   * P_ee(E) of ⁸B-region neutrinos at the best fits and the published survival points they are
   * compared with.
   *
   * @param curves one per fit (ν and H0)
   * @param points Borexino's points and SNO's day polynomial at a few energies
   */
  public record Survival(List<Curve> curves, List<Point> points) {
    public Survival {
      curves = List.copyOf(curves);
      points = List.copyOf(points);
    }
  }

  /**
   * A P_ee(E) curve: ⁸B production region, annual mean at Kamioka.
   *
   * @param fit which best fit
   * @param energyMeV neutrino energies
   * @param survival day–night averaged P_ee at each
   */
  public record Curve(Fit fit, double[] energyMeV, double[] survival) {}

  /**
   * A published survival probability.
   *
   * @param label what it is (dataset and point)
   * @param energyMeV its energy
   * @param value P_ee
   * @param error its 1σ error
   */
  public record Point(String label, double energyMeV, double value, double error) {}

  /**
   * The test under one variant of the modelling choices.
   *
   * @param lever which choice was changed ("reactor table", "geo-nu", …)
   * @param variant its value in this variant
   * @param nuDm21 solar Δm²₂₁ (H1's ν value), eV²
   * @param nubarDm21 reactor Δm²₂₁ (H1's ν̄ value), eV²
   * @param chi2Pg χ²_PG
   * @param dof its degrees of freedom
   * @param sigmaPg the two-sided σ of χ²_PG (Wilks)
   * @param sigmaDm21 the 1-dof σ of δ(Δm²₂₁) = 0
   * @param sigmaSin2Theta12 the 1-dof σ of δ(sin²θ₁₂) = 0
   * @param valid whether every fit of the variant converged
   * @param problem why not, or null
   */
  public record LeverVariant(
      String lever,
      String variant,
      double nuDm21,
      double nubarDm21,
      double chi2Pg,
      int dof,
      double sigmaPg,
      double sigmaDm21,
      double sigmaSin2Theta12,
      boolean valid,
      String problem) {}
}
