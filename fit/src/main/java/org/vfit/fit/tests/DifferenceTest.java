package org.vfit.fit.tests;

import java.util.ArrayList;
import java.util.List;
import org.vfit.fit.analysis.FitOptions;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.Fitter;
import org.vfit.fit.analysis.Model;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.ParameterId;
import org.vfit.likelihood.Sector;

/**
 * The 1-dof companion of the parameter-goodness-of-fit test: is one ν̄ − ν difference, δ(Δm²₂₁) or
 * δ(sin²θ₁₂), compatible with zero? Δχ² = χ²_min(H1, δ = 0) − χ²_min(H1), the other separate
 * parameters free; by Wilks it follows χ²(1) when δ = 0 is true, and σ = √Δχ² is the figure the
 * literature quotes (NuFIT 6.0 and Super-K 2024 state the solar-vs-KamLAND Δm²₂₁ difference this
 * way, ~1.5σ). The fit at δ = 0 is an actual minimisation with δ held at exactly 0, not a reading
 * of a profile grid.
 *
 * @param parameter the parameter whose difference is tested
 * @param h1Chi2 χ²_min of H1
 * @param chi2AtZero χ²_min of H1 with δ = 0
 * @param deltaChi2 their difference
 * @param pValue P(χ²(1) ≥ Δχ²)
 * @param sigma √max(Δχ², 0), the two-sided Gaussian σ of that p
 * @param atZero the fit at δ = 0
 */
public record DifferenceTest(
    OscillationParameter parameter,
    double h1Chi2,
    double chi2AtZero,
    double deltaChi2,
    double pValue,
    double sigma,
    FitResult atZero) {

  /** Δχ² below −this means δ = 0 found a lower minimum than H1's own fit: H1 was not global. */
  static final double NEGATIVE_TOLERANCE = PgResult.NEGATIVE_TOLERANCE;

  /** Whether both fits converged and Δχ² is not negative beyond convergence noise. */
  public boolean isValid() {
    return atZero.isValid() && deltaChi2 > -NEGATIVE_TOLERANCE;
  }

  /** Why the test is not to be trusted (empty if it is). */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (String p : atZero.problems()) {
      out.add(ParameterId.difference(parameter).label() + " = 0: " + p);
    }
    if (!(deltaChi2 > -NEGATIVE_TOLERANCE)) {
      out.add(
          "chi2 at "
              + ParameterId.difference(parameter).label()
              + " = 0 lies "
              + (-deltaChi2)
              + " below the H1 minimum: H1's fit is not the global minimum");
    }
    return out;
  }

  /**
   * Tests δ = 0 of {@code p} against the H1 minimum of a PG test.
   *
   * @throws IllegalArgumentException if H1 does not give ν and ν̄ their own {@code p}
   */
  public static DifferenceTest of(PgResult pg, OscillationParameter p, FitOptions options) {
    Model h1 = pg.h1Model().plain();
    Model model = h1.withDifference(p);
    int nu = h1.index(Sector.NU, p);
    int nubar = h1.index(Sector.NUBAR, p);
    // Starts on the δ = 0 surface: the H0 minimum (every tied parameter equal), and the H1 minimum
    // with ν̄ moved onto ν and with ν moved onto ν̄ — the two ends of the valley between them.
    double[] fromH0 = h1.transfer(pg.h0Model(), pg.h0().globalValues());
    double[] nubarOnNu = pg.h1().globalValues();
    nubarOnNu[nubar] = nubarOnNu[nu];
    double[] nuOnNubar = pg.h1().globalValues();
    nuOnNubar[nu] = nuOnNubar[nubar];
    FitResult atZero =
        Fitter.fit(
            model,
            options
                .withMultiStart(false)
                .withMinos(false)
                .withFixed(with(options.fixed(), ParameterId.difference(p))),
            List.of(fromH0, nubarOnNu, nuOnNubar));
    double d = atZero.chi2() - pg.h1().chi2();
    double pValue = Significance.pValue(Math.max(d, 0), 1);
    return new DifferenceTest(
        p, pg.h1().chi2(), atZero.chi2(), d, pValue, Math.sqrt(Math.max(d, 0)), atZero);
  }

  private static List<ParameterId> with(List<ParameterId> ids, ParameterId extra) {
    List<ParameterId> out = new ArrayList<>(ids);
    if (!out.contains(extra)) {
      out.add(extra);
    }
    return out;
  }
}
