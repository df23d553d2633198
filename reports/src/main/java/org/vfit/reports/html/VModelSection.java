package org.vfit.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.oscillation.paper.PaperInputs;
import org.vfit.reports.result.MatrixElements;
import org.vfit.reports.result.OffDiagonal;
import org.vfit.reports.result.OscillationEstimate;
import org.vfit.reports.result.PotentialMatrices;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.Sector;
import org.vfit.reports.result.TensionResult;

/**
 * The report's "V-model reading": what the measured ν/ν̄ difference — or its bound — means for A_ν̄
 * − A_ν* in the terms of X. Shen's paper. Rendered from the result alone: the H1 fit, the profiles
 * of δ(Δm²₂₁) and δ(sin²θ₁₂), the PG test, the fitted matrices and, when the result carries them,
 * the element errors of {@link MatrixElements}.
 */
public final class VModelSection {

  private VModelSection() {}

  /** Δχ² of a 1σ and a 3σ interval in one parameter. */
  private static final double ONE_SIGMA = 1;

  private static final double THREE_SIGMA = 9;

  /**
   * The section's HTML.
   *
   * @param elements element errors from a matrix-element fit, or null when the result has none
   */
  public static String html(TensionResult r, MatrixElements elements) {
    StringBuilder out = new StringBuilder();
    out.append("<h2 id=\"vmodel\">The V-model reading</h2>\n")
        .append("<p class=\"note\">In the V-model (X. Shen 2025) neutrinos and antineutrinos")
        .append(" propagate with their own potential matrices, H = A<sub>ν</sub>/E and")
        .append(" A<sub>ν̄</sub>/E; the H-model (massive neutrinos, CPT) requires A<sub>ν̄</sub> =")
        .append(" A<sub>ν</sub>*. Oscillations see the eigenvalue gaps of A (Δm²₂₁ = 2(a₂ − a₁))")
        .append(" and its eigenvectors (the apparent angles), not Ā = tr A/3. Solar and reactor")
        .append(" ν<sub>e</sub> data measure a₂ − a₁ and the e-row of the eigenvectors")
        .append(" (|U<sub>e2</sub>|² = cos²θ₁₃ sin²θ₁₂) of each sector.</p>\n");
    OscillationEstimate nu = r.fits().h1().nu();
    OscillationEstimate nubar = r.fits().h1().nubar();
    double dDm = nubar.dm21().value() - nu.dm21().value();
    double dDmErr = Math.hypot(nubar.dm21().error(), nu.dm21().error());
    double dS = nubar.sin2theta12().value() - nu.sin2theta12().value();
    double dSErr = Math.hypot(nubar.sin2theta12().error(), nu.sin2theta12().error());
    double c13sq = 1 - nu.sin2theta13().value();
    double[] dm1 = interval(r, ProfileParameter.DELTA_DM21, ONE_SIGMA, dDm, dDmErr);
    double[] dm3 = interval(r, ProfileParameter.DELTA_DM21, THREE_SIGMA, dDm, dDmErr);
    double[] s1 = interval(r, ProfileParameter.DELTA_SIN2THETA12, ONE_SIGMA, dS, dSErr);
    double[] s3 = interval(r, ProfileParameter.DELTA_SIN2THETA12, THREE_SIGMA, dS, dSErr);
    boolean profiled = r.profile(ProfileParameter.DELTA_DM21, Sector.COMBINED) != null;
    out.append("<table class=\"data\">\n<tr><th>ν̄ − ν difference</th><th>best fit</th>")
        .append("<th>1σ</th><th>3σ</th><th>in A</th></tr>\n");
    row(
        out,
        "δ(Δm²₂₁) [10⁻⁵ eV²]",
        OscillationParameter.DM21.toDisplay(dDm),
        dm1,
        dm3,
        OscillationParameter.DM21.displayScale(),
        "δ(a₂ − a₁) = δ(Δm²₂₁)/2 = "
            + fmt(OscillationParameter.DM21.toDisplay(dDm / 2))
            + "×10⁻⁵ eV²");
    row(
        out,
        "δ(sin²θ₁₂)",
        dS,
        s1,
        s3,
        1,
        "δ|U<sub>e2</sub>|² = cos²θ₁₃ δ(sin²θ₁₂) = " + fmt(c13sq * dS));
    out.append("</table>\n<p class=\"note\">Intervals ")
        .append(
            profiled
                ? "from the Δχ² profiles of the differences (Δχ² = 1 and 9)."
                : "from the H1 errors added in quadrature (no difference profiles in this result).")
        .append(" Parameter goodness of fit of one set for both: χ²<sub>PG</sub> = ")
        .append(fmt(r.pg().chi2()))
        .append(" for ")
        .append(r.pg().dof())
        .append(" dof, p = ")
        .append(Numbers.p(r.pg().pValue()))
        .append(" (")
        .append(Numbers.sigma(r.pg().sigma()))
        .append(").</p>\n");

    // The paper's scale: Ā between 0.06 and 0.6 eV² (§3).
    double bound = Math.max(Math.abs(dm3[0]), Math.abs(dm3[1])) / 2;
    double lo = PaperInputs.MEAN_DIAGONAL_RANGE_EV2[0];
    double hi = PaperInputs.MEAN_DIAGONAL_RANGE_EV2[1];
    boolean zeroIn = dm3[0] <= 0 && dm3[1] >= 0 && s3[0] <= 0 && s3[1] >= 0;
    out.append("<p>In the paper's terms: ");
    if (zeroIn) {
      out.append("the data do not tell A<sub>ν̄</sub> from A<sub>ν</sub>* — no ν/ν̄ difference")
          .append(" is seen at 3σ. ");
    } else {
      out.append("the data prefer A<sub>ν̄</sub> ≠ A<sub>ν</sub>*: at 3σ the interval of")
          .append(" δ(Δm²₂₁) or δ(sin²θ₁₂) excludes zero. ");
    }
    out.append(
            String.format(
                Locale.ROOT,
                "The eigenvalue gap a₂ − a₁ of A<sub>ν̄</sub> and of A<sub>ν</sub>* differs by at"
                    + " most %s eV² (3σ); the paper puts the unobservable mean Ā at %s–%s eV²"
                    + " (§3), so A<sub>ν̄</sub> and A<sub>ν</sub>* agree in this direction to"
                    + " %s–%s of Ā, far below the 10⁻³–10⁻² spread the paper assumes among the"
                    + " diagonal elements themselves.",
                fmt(bound),
                fmt(lo),
                fmt(hi),
                fmt(bound / hi),
                fmt(bound / lo)))
        .append("</p>\n");
    differenceTable(out, r.potentials(), elements);
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      String name,
      double best,
      double[] i1,
      double[] i3,
      double scale,
      String inA) {
    out.append("<tr><td>")
        .append(name)
        .append("</td><td>")
        .append(fmt(best * scale))
        .append("</td><td>[")
        .append(fmt(i1[0] * scale))
        .append(", ")
        .append(fmt(i1[1] * scale))
        .append("]</td><td>[")
        .append(fmt(i3[0] * scale))
        .append(", ")
        .append(fmt(i3[1] * scale))
        .append("]</td><td>")
        .append(inA)
        .append("</td></tr>\n");
  }

  /**
   * The Δχ² &lt; level interval of a difference profile around its minimum (linear interpolation at
   * the crossings; the grid's end where the profile does not cross), or best ± √level · error.
   */
  static double[] interval(
      TensionResult r, ProfileParameter p, double level, double best, double error) {
    Profile prof = r.profile(p, Sector.COMBINED);
    if (prof == null) {
      double w = Math.sqrt(level) * error;
      return new double[] {best - w, best + w};
    }
    List<Double> x = prof.values();
    List<Double> y = prof.deltaChi2();
    int m = 0;
    for (int i = 1; i < y.size(); i++) {
      if (y.get(i) < y.get(m)) {
        m = i;
      }
    }
    int a = m;
    while (a > 0 && y.get(a - 1) < level) {
      a--;
    }
    int b = m;
    while (b < y.size() - 1 && y.get(b + 1) < level) {
      b++;
    }
    double lo = a == 0 ? x.get(0) : cross(x.get(a - 1), y.get(a - 1), x.get(a), y.get(a), level);
    double hi =
        b == y.size() - 1 ? x.get(b) : cross(x.get(b), y.get(b), x.get(b + 1), y.get(b + 1), level);
    return new double[] {lo, hi};
  }

  private static double cross(double x0, double y0, double x1, double y1, double level) {
    return y1 == y0 ? x0 : x0 + (level - y0) * (x1 - x0) / (y1 - y0);
  }

  /** A_ν̄ − A_ν* from the fitted matrices, with errors when the result has them. */
  private static void differenceTable(
      StringBuilder out, PotentialMatrices m, MatrixElements elements) {
    // A_ν̄ − A_ν*: conjugation leaves the diagonal and the real parts, and flips the imaginary
    // ones.
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"A<sub>ee</sub> − Ā", "ee", diff(m.nubar().ee(), m.nu().ee())});
    rows.add(new String[] {"A<sub>μμ</sub> − Ā", "mumu", diff(m.nubar().mumu(), m.nu().mumu())});
    rows.add(
        new String[] {"A<sub>ττ</sub> − Ā", "tautau", diff(m.nubar().tautau(), m.nu().tautau())});
    offDiagonal(rows, "eμ", "emu", m.nubar().emu(), m.nu().emu());
    offDiagonal(rows, "eτ", "etau", m.nubar().etau(), m.nu().etau());
    offDiagonal(rows, "μτ", "mutau", m.nubar().mutau(), m.nu().mutau());
    out.append("<table class=\"matrix\">\n<tr><th>A<sub>ν̄</sub> − A<sub>ν</sub>* [")
        .append(HtmlReport.esc(m.units()))
        .append("]</th><th>value</th>");
    if (elements != null) {
      out.append("<th>error</th><th>held-input effect</th><th>set by</th>");
    }
    out.append("</tr>\n");
    for (String[] row : rows) {
      out.append("<tr><td>").append(row[0]).append("</td><td>").append(row[2]).append("</td>");
      if (elements != null) {
        MatrixElements.Element e = find(elements.difference(), row[1]);
        if (e == null) {
          out.append("<td>—</td><td>—</td><td>—</td>");
        } else {
          out.append("<td>")
              .append(fmt(e.error()))
              .append("</td><td>")
              .append(fmt(e.heldInputShift()))
              .append("</td><td>")
              .append(e.setByData() ? "the data" : "the held inputs")
              .append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n<p class=\"note\">");
    if (elements == null) {
      out.append("Central values from the H1 fit; this result carries no element errors (they")
          .append(" come from the matrix-element fit, <code>vfit matrix-elements</code>).");
    } else {
      out.append(HtmlReport.esc(elements.statement()));
    }
    out.append("</p>\n");
  }

  private static void offDiagonal(
      List<String[]> rows, String label, String key, OffDiagonal bar, OffDiagonal nu) {
    rows.add(new String[] {"Re A<sub>" + label + "</sub>", "Re " + key, diff(bar.re(), nu.re())});
    rows.add(new String[] {"Im A<sub>" + label + "</sub>", "Im " + key, fmt(bar.im() + nu.im())});
  }

  private static MatrixElements.Element find(List<MatrixElements.Element> list, String name) {
    return list.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  private static String diff(double a, double b) {
    return fmt(a - b);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
