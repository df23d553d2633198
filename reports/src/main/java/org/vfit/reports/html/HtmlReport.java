package org.vfit.reports.html;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.reports.plots.PlotFormat;
import org.vfit.reports.plots.RenderedPlot;
import org.vfit.reports.result.Covariance;
import org.vfit.reports.result.DatasetInput;
import org.vfit.reports.result.Estimate;
import org.vfit.reports.result.Fit;
import org.vfit.reports.result.FitParameter;
import org.vfit.reports.result.Fits;
import org.vfit.reports.result.LeverVariant;
import org.vfit.reports.result.OffDiagonal;
import org.vfit.reports.result.OneDof;
import org.vfit.reports.result.OneDofTest;
import org.vfit.reports.result.OscillationEstimate;
import org.vfit.reports.result.PgTest;
import org.vfit.reports.result.PotentialMatrices;
import org.vfit.reports.result.Result;
import org.vfit.reports.result.RunInfo;
import org.vfit.reports.result.ScanResult;
import org.vfit.reports.result.TensionResult;
import org.vfit.reports.result.ToyCalibration;
import org.vfit.reports.result.Validity;

/**
 * The static report page. It is self-contained: plots are embedded as PNG data URIs and the page's
 * Content-Security-Policy forbids every other load, so it renders the same offline, from an e-mail
 * attachment or a file share. The SVG and PDF versions are linked by relative path for download.
 * The output depends only on its inputs (no clock, no locale), so a re-render is byte-identical.
 */
public final class HtmlReport {
  private static final double DM_DISPLAY = OscillationParameter.DM21.displayScale();

  private final StringBuilder out = new StringBuilder(1 << 20);

  private HtmlReport() {}

  /** The page for a result and its rendered plots. */
  public static String render(Result result, List<RenderedPlot> plots) {
    HtmlReport h = new HtmlReport();
    if (result instanceof TensionResult t) {
      h.page(t, plots);
    } else {
      h.scanPage((ScanResult) result, plots);
    }
    return h.out.toString();
  }

  private void head(String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
  }

  /**
   * "vfit 0.1.0 (commit …)". Results written before the version carried the commit repeat the tool
   * name in toolVersion ("vfit development build"); it is shown once.
   */
  private static String tool(RunInfo run) {
    String v = run.toolVersion();
    return run.tool()
        + " "
        + (v.startsWith(run.tool() + " ") ? v.substring(run.tool().length() + 1) : v);
  }

  private void runLine(RunInfo run) {
    out.append("<p class=\"run\">")
        .append(esc(tool(run)))
        .append(" · ")
        .append(esc(run.timestamp()))
        .append(" · seed ")
        .append(run.seed())
        .append(" · <code>")
        .append(esc(String.join(" ", run.commandLine())))
        .append("</code></p>\n");
  }

  private void scanPage(ScanResult r, List<RenderedPlot> plots) {
    head("vfit scan report");
    out.append("<h1>")
        .append(r.grids().isEmpty() ? "Δχ² profiles" : "Allowed regions")
        .append(" of ")
        .append(esc(r.model()))
        .append("</h1>\n");
    runLine(r.run());
    out.append("<h2 id=\"summary\">Best fit</h2>\n");
    out.append("<table class=\"fits\">\n<tr><th>parameters</th><th>Δm²₂₁ [10⁻⁵ eV²]</th>")
        .append("<th>sin²θ₁₂</th><th>sin²θ₁₃</th><th>χ²<sub>min</sub></th><th>valid</th></tr>\n");
    if (r.fit() != null) {
      fitRow(r.model(), r.fit().estimate(), r.fit().chi2Min(), r.fit().validity());
    } else {
      fitRow("H1 (separate): ν", r.split().nu(), r.split().chi2Min(), r.split().validity());
      fitRow("H1 (separate): ν̄", r.split().nubar(), r.split().chi2Min(), r.split().validity());
    }
    out.append("</table>\n");
    out.append(ERRORS_NOTE);
    plots(plots);
    fitDetails(
        r.fit() != null ? List.of(r.fit()) : List.of(r.split()), List.of("Best fit: " + r.model()));
    datasets(r.inputs());
    runOptions(r.run());
    out.append("</body>\n</html>\n");
  }

  /** One sentence on which errors the tables quote; the same rule as the text output. */
  private static final String ERRORS_NOTE =
      "<p class=\"note\">Errors are MINOS intervals (+upper −lower) where MINOS was run, and the"
          + " symmetric HESSE error, marked “(HESSE)”, where it was not; “(fixed)” marks a parameter"
          + " held fixed.</p>\n";

  private void page(TensionResult r, List<RenderedPlot> plots) {
    head("vfit tension report");
    out.append("<h1>Do ν and ν̄ see the same Δm²₂₁ and θ₁₂?</h1>\n");
    RunInfo run = r.run();
    runLine(run);
    summary(r);
    levers(r.levers());
    plots(plots);
    potentials(r.potentials());
    out.append(VModelSection.html(r, r.matrixElements()));
    Fits f = r.fits();
    fitDetails(
        List.of(f.nu(), f.nubar(), f.h0(), f.h1()),
        List.of(
            "ν: solar data only",
            "ν̄: reactor data only",
            "H0: all data, shared parameters",
            "H1: all data, separate ν and ν̄ parameters"));
    datasets(r.inputs());
    runOptions(run);
    out.append("</body>\n</html>\n");
  }

  // ------------------------------------------------------------------ summary

  private void summary(TensionResult r) {
    out.append("<h2 id=\"summary\">Summary</h2>\n");
    PgTest pg = r.pg();
    out.append("<table class=\"pg\">\n<tr><th>χ²<sub>PG</sub></th><th>dof</th><th>p (Wilks)</th>")
        .append("<th>σ (Wilks)</th>");
    ToyCalibration toys = pg.toys();
    if (toys != null) {
      out.append("<th>toys</th><th>p (toys)</th><th>σ (toys)</th>");
    }
    out.append("</tr>\n<tr><td>")
        .append(Numbers.plain(pg.chi2()))
        .append("</td><td>")
        .append(pg.dof())
        .append("</td><td>")
        .append(Numbers.p(pg.pValue()))
        .append("</td><td>")
        .append(Numbers.sigma(pg.sigma()))
        .append("</td>");
    if (toys != null) {
      out.append("<td>")
          .append(toys.toys())
          .append("</td><td>")
          .append(Numbers.pm(toys.pValue(), toys.pValueError()))
          .append("</td><td>")
          .append(toySigma(toys))
          .append(toys.caution() == null ? "" : " <b class=\"bad\">(indicative)</b>")
          .append("</td>");
    }
    out.append("</tr>\n</table>\n");
    if (toys != null && toys.caution() != null) {
      out.append("<p class=\"bad caution\">Caution: ")
          .append(esc(toys.caution()))
          .append(".</p>\n");
    }
    out.append(
            "<p class=\"note\">χ²<sub>PG</sub> = χ²<sub>min</sub>(H0) − χ²<sub>min</sub>(H1): the cost of forcing ")
        .append(
            "ν and ν̄ to share their parameters (Maltoni &amp; Schwetz, Phys. Rev. D 68, 033020 (2003)). ")
        .append("σ is two-sided.</p>\n");
    oneDof(pg.oneDof());

    Fits f = r.fits();
    out.append("<table class=\"fits\">\n<tr><th>fit</th><th>Δm²₂₁ [10⁻⁵ eV²]</th><th>sin²θ₁₂</th>")
        .append("<th>sin²θ₁₃</th><th>χ²<sub>min</sub></th><th>valid</th></tr>\n");
    fitRow("ν (solar only)", f.nu().estimate(), f.nu().chi2Min(), f.nu().validity());
    fitRow("ν̄ (reactor only)", f.nubar().estimate(), f.nubar().chi2Min(), f.nubar().validity());
    fitRow("H0 (shared)", f.h0().estimate(), f.h0().chi2Min(), f.h0().validity());
    fitRow("H1 (separate): ν", f.h1().nu(), f.h1().chi2Min(), f.h1().validity());
    fitRow("H1 (separate): ν̄", f.h1().nubar(), f.h1().chi2Min(), f.h1().validity());
    out.append("</table>\n");
    out.append(ERRORS_NOTE);
  }

  /** The 1-dof companions of χ²_PG, with the published figure each compares to. */
  private void oneDof(OneDof o) {
    if (o == null || (o.dm21() == null && o.sin2theta12() == null)) {
      return;
    }
    out.append("<table class=\"pg onedof\">\n<tr><th>1-dof test</th><th>Δχ²</th>")
        .append("<th>p</th><th>σ = √Δχ²</th></tr>\n");
    oneDofRow("δ(Δm²₂₁) = 0", o.dm21());
    oneDofRow("δ(sin²θ₁₂) = 0", o.sin2theta12());
    out.append("</table>\n<p class=\"note\">Each Δχ² is χ²<sub>min</sub>(H1 with the difference ")
        .append("held at exactly 0) − χ²<sub>min</sub>(H1), the other parameters free. ")
        .append("The δ(Δm²₂₁) figure is the one NuFIT 6.0 and Super-Kamiokande (Phys. Rev. D 109, ")
        .append("092001 (2024)) quote for the solar-versus-KamLAND difference (about 1.5σ); ")
        .append(
            "χ²<sub>PG</sub> above asks the 2-parameter question and is therefore smaller in σ.")
        .append("</p>\n");
  }

  private void oneDofRow(String name, OneDofTest t) {
    if (t == null) {
      return;
    }
    out.append("<tr><td>")
        .append(name)
        .append("</td><td>")
        .append(Numbers.plain(t.deltaChi2()))
        .append("</td><td>")
        .append(Numbers.p(t.pValue()))
        .append("</td><td>")
        .append(Numbers.sigma(t.sigma()))
        .append("</td></tr>\n");
  }

  /** The headline's systematic error: the test under each one-change modelling variant. */
  private void levers(List<LeverVariant> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<h2 id=\"levers\">Modelling levers</h2>\n")
        .append("<p>The parameter-goodness-of-fit test rerun with one modelling choice changed at ")
        .append("a time (first row: this run's own choices). The spread of σ is the systematic ")
        .append("error of the headline that the choice of model carries.</p>\n")
        .append("<table class=\"levers\">\n<tr><th>lever</th><th>variant</th>")
        .append("<th>Δm²₂₁ ν [10⁻⁵ eV²]</th><th>Δm²₂₁ ν̄ [10⁻⁵ eV²]</th><th>χ²<sub>PG</sub></th>")
        .append("<th>σ (2 dof)</th><th>σ δ(Δm²₂₁) (1 dof)</th><th>σ δ(sin²θ₁₂) (1 dof)</th>")
        .append("<th>shift of σ (2 dof)</th><th>shift of σ (1 dof)</th></tr>\n");
    for (LeverVariant v : rows) {
      out.append("<tr><td>")
          .append(esc(v.lever()))
          .append("</td><td>")
          .append(esc(v.variant()))
          .append("</td>");
      if (!v.valid()) {
        out.append("<td colspan=\"8\">not valid: ")
            .append(esc(v.problem() == null ? "" : v.problem()))
            .append("</td></tr>\n");
        continue;
      }
      out.append("<td>")
          .append(Numbers.fixed(OscillationParameter.DM21.toDisplay(v.nuDm21()), 3))
          .append("</td><td>")
          .append(Numbers.fixed(OscillationParameter.DM21.toDisplay(v.nubarDm21()), 3))
          .append("</td><td>")
          .append(Numbers.plain(v.chi2Pg()))
          .append("</td><td>")
          .append(Numbers.sigma(v.sigmaPg()))
          .append("</td><td>")
          .append(v.sigmaDm21() == null ? "–" : Numbers.sigma(v.sigmaDm21()))
          .append("</td><td>")
          .append(v.sigmaSin2theta12() == null ? "–" : Numbers.sigma(v.sigmaSin2theta12()))
          .append("</td><td>")
          .append(v.shiftSigmaPg() == null ? "–" : signed(v.shiftSigmaPg()))
          .append("</td><td>")
          .append(v.shiftSigmaDm21() == null ? "–" : signed(v.shiftSigmaDm21()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "−") + Numbers.fixed(Math.abs(v), 2);
  }

  private static String toySigma(ToyCalibration t) {
    if (t.sigma() == null) {
      return "&gt; "
          + (t.sigmaLower() == null ? "?" : Numbers.sigma(t.sigmaLower()))
          + " (no toy reached χ²<sub>PG</sub>)";
    }
    String s = Numbers.sigma(t.sigma());
    if (t.sigmaLower() != null || t.sigmaUpper() != null) {
      s +=
          " ["
              + (t.sigmaLower() == null ? "?" : Numbers.sigma(t.sigmaLower()))
              + ", "
              + (t.sigmaUpper() == null ? "∞" : Numbers.sigma(t.sigmaUpper()))
              + "]";
    }
    return s;
  }

  private void fitRow(String name, OscillationEstimate e, double chi2, Validity v) {
    out.append("<tr><td>")
        .append(esc(name))
        .append("</td><td>")
        .append(quoted(e.dm21(), DM_DISPLAY))
        .append("</td><td>")
        .append(quoted(e.sin2theta12(), 1))
        .append("</td><td>")
        .append(quoted(e.sin2theta13(), 1))
        .append("</td><td>")
        .append(Numbers.plain(chi2))
        .append("</td><td>")
        .append(v.valid() ? "yes" : "<b class=\"bad\">NO</b>")
        .append("</td></tr>\n");
  }

  /**
   * An estimate as vfit quotes it everywhere: MINOS where computed, else HESSE (marked), and
   * "(fixed)" for a fixed parameter instead of an error of 0.
   */
  static String quoted(Estimate e, double scale) {
    return switch (e.quoted()) {
      case MINOS ->
          Numbers.asymmetric(e.value() * scale, e.minosLower() * scale, e.minosUpper() * scale);
      case HESSE -> Numbers.pm(e.value() * scale, e.error() * scale) + " (HESSE)";
      case FIXED -> Numbers.plain(e.value() * scale) + " (fixed)";
    };
  }

  // ------------------------------------------------------------------ plots

  private void plots(List<RenderedPlot> plots) {
    out.append("<h2 id=\"plots\">Plots</h2>\n");
    if (plots.isEmpty()) {
      out.append(
          "<p>The result holds no grids, profiles, toys or P<sub>ee</sub> curves to plot.</p>\n");
    }
    for (RenderedPlot p : plots) {
      out.append("<figure id=\"plot-")
          .append(esc(p.name()))
          .append("\">\n<img src=\"data:")
          .append(PlotFormat.PNG.mediaType())
          .append(";base64,")
          .append(Base64.getEncoder().encodeToString(p.bytes(PlotFormat.PNG)))
          .append("\" width=\"")
          .append(p.width())
          .append("\" height=\"")
          .append(p.height())
          .append("\" alt=\"")
          .append(esc(p.title()))
          .append("\">\n<figcaption><b>")
          .append(esc(p.title()))
          .append(".</b> ")
          .append(esc(p.caption()))
          .append(" Files:");
      for (PlotFormat f : PlotFormat.values()) {
        if (p.files().containsKey(f)) {
          out.append(" <a href=\"")
              .append(esc(p.fileName(f)))
              .append("\">")
              .append(f.extension().toUpperCase(java.util.Locale.ROOT))
              .append("</a>");
        }
      }
      out.append("</figcaption>\n</figure>\n");
    }
  }

  // ------------------------------------------------------------------ potential matrices

  private void potentials(PotentialMatrices m) {
    out.append(
            "<h2 id=\"potentials\">Fitted potential matrices</h2>\n<p class=\"note\">Elements of A (H = A/E) of the ")
        .append("separate fit, in units of ")
        .append(esc(m.units()))
        .append("; diagonal elements relative to ")
        .append(
            "Ā = tr(A)/3, which oscillations cannot see (the form of the paper's Table 1).</p>\n")
        .append(
            "<table class=\"matrix\">\n<tr><th rowspan=\"2\">element</th><th colspan=\"4\">A<sub>ν</sub></th>")
        .append("<th colspan=\"4\">A<sub>ν̄</sub></th></tr>\n<tr>");
    for (int k = 0; k < 2; k++) {
      out.append("<th>Re</th><th>Im</th><th>|A|</th><th>arg [°, (−180, 180]]</th>");
    }
    out.append("</tr>\n");
    diagonalRow("A<sub>ee</sub> − Ā", m.nu().ee(), m.nubar().ee());
    diagonalRow("A<sub>μμ</sub> − Ā", m.nu().mumu(), m.nubar().mumu());
    diagonalRow("A<sub>ττ</sub> − Ā", m.nu().tautau(), m.nubar().tautau());
    offDiagonalRow("A<sub>eμ</sub>", m.nu().emu(), m.nubar().emu());
    offDiagonalRow("A<sub>eτ</sub>", m.nu().etau(), m.nubar().etau());
    offDiagonalRow("A<sub>μτ</sub>", m.nu().mutau(), m.nubar().mutau());
    out.append("</table>\n");
  }

  private void diagonalRow(String name, double nu, double nubar) {
    out.append("<tr><td>")
        .append(name)
        .append("</td><td>")
        .append(Numbers.plain(nu))
        .append("</td><td>0</td><td>—</td><td>—</td><td>")
        .append(Numbers.plain(nubar))
        .append("</td><td>0</td><td>—</td><td>—</td></tr>\n");
  }

  private void offDiagonalRow(String name, OffDiagonal nu, OffDiagonal nubar) {
    out.append("<tr><td>").append(name).append("</td>");
    for (OffDiagonal e : new OffDiagonal[] {nu, nubar}) {
      out.append("<td>")
          .append(Numbers.plain(e.re()))
          .append("</td><td>")
          .append(Numbers.plain(e.im()))
          .append("</td><td>")
          .append(Numbers.plain(e.modulus()))
          .append("</td><td>")
          .append(Numbers.fixed(e.phaseDeg(), 1))
          .append("</td>");
    }
    out.append("</tr>\n");
  }

  // ------------------------------------------------------------------ fits in detail

  private void fitDetails(List<Fit> fits, List<String> titles) {
    out.append("<h2 id=\"fits\">Fits in detail</h2>\n");
    for (int k = 0; k < fits.size(); k++) {
      fit(titles.get(k), fits.get(k));
    }
  }

  private void fit(String title, Fit fit) {
    Validity v = fit.validity();
    out.append("<h3>")
        .append(esc(title))
        .append("</h3>\n<p class=\"status\">χ²<sub>min</sub> = ")
        .append(Numbers.plain(fit.chi2Min()))
        .append(" · ")
        .append(fit.nfcn())
        .append(" calls · EDM ")
        .append(Numbers.plain(v.edm()))
        .append(" · ")
        .append(flag("valid", v.valid(), true))
        .append(flag("accurate covariance", v.accurateCovariance(), true))
        .append(flag("positive-definite covariance", v.posDefCovariance(), true))
        .append(flag("above max EDM", v.aboveMaxEdm(), false))
        .append(flag("call limit reached", v.reachedCallLimit(), false))
        .append(
            "</p>\n<table class=\"params\">\n<tr><th>parameter</th><th>unit</th><th>value</th><th>HESSE</th>")
        .append("<th>MINOS −</th><th>MINOS +</th><th></th></tr>\n");
    for (FitParameter p : fit.parameters()) {
      int d = p.error() > 0 ? Numbers.decimals(p.error()) + 1 : -1;
      out.append("<tr><td>")
          .append(esc(p.name()))
          .append("</td><td>")
          .append(esc(p.unit()))
          .append("</td><td>")
          .append(d >= 0 ? Numbers.fixed(p.value(), d) : Numbers.plain(p.value()))
          .append("</td><td>")
          .append(d >= 0 ? Numbers.fixed(p.error(), d) : "—")
          .append("</td><td>")
          .append(
              p.minosLower() == null
                  ? "—"
                  : d >= 0 ? Numbers.fixed(p.minosLower(), d) : Numbers.plain(p.minosLower()))
          .append("</td><td>")
          .append(
              p.minosUpper() == null
                  ? "—"
                  : "+"
                      + (d >= 0 ? Numbers.fixed(p.minosUpper(), d) : Numbers.plain(p.minosUpper())))
          .append("</td><td>")
          .append(p.fixed() ? "fixed" : "")
          .append(p.atLimit() ? " <b class=\"bad\">at limit</b>" : "")
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
    if (fit.covariance() != null) {
      correlations(fit.covariance());
    } else {
      out.append("<p class=\"bad\">No covariance (HESSE failed).</p>\n");
    }
  }

  private void correlations(Covariance c) {
    List<String> names = c.parameters();
    out.append(
        "<details><summary>correlation matrix</summary>\n<table class=\"corr\">\n<tr><th></th>");
    for (String n : names) {
      out.append("<th>").append(esc(n)).append("</th>");
    }
    out.append("</tr>\n");
    for (int i = 0; i < names.size(); i++) {
      out.append("<tr><th>").append(esc(names.get(i))).append("</th>");
      for (int j = 0; j < names.size(); j++) {
        double denom = Math.sqrt(c.element(i, i) * c.element(j, j));
        out.append("<td>")
            .append(denom > 0 ? Numbers.fixed(c.element(i, j) / denom, 3) : "—")
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n</details>\n");
  }

  private static String flag(String name, boolean value, boolean good) {
    boolean ok = value == good;
    return "<span class=\""
        + (ok ? "ok" : "bad")
        + "\">"
        + name
        + ": "
        + (value ? "yes" : "no")
        + "</span> ";
  }

  // ------------------------------------------------------------------ datasets and run

  private void datasets(List<DatasetInput> inputs) {
    out.append("<h2 id=\"datasets\">Data sets and provenance</h2>\n<table class=\"data\">\n")
        .append(
            "<tr><th>name</th><th>kind</th><th>used by</th><th>status</th><th>provenance</th></tr>\n");
    for (DatasetInput d : inputs) {
      out.append("<tr><td>")
          .append(esc(d.name()))
          .append("</td><td>")
          .append(esc(d.kind()))
          .append("</td><td>")
          .append(esc(d.sector().label()))
          .append("</td><td>")
          .append(esc(d.status()))
          .append("</td><td>")
          .append(esc(d.provenance()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void runOptions(RunInfo run) {
    out.append("<h2 id=\"run\">Run</h2>\n<table class=\"run\">\n<tr><th>tool</th><td>")
        .append(esc(tool(run)))
        .append("</td></tr>\n<tr><th>started</th><td>")
        .append(esc(run.timestamp()))
        .append("</td></tr>\n<tr><th>seed</th><td>")
        .append(run.seed())
        .append("</td></tr>\n<tr><th>command</th><td><code>")
        .append(esc(String.join(" ", run.commandLine())))
        .append("</code></td></tr>\n");
    for (Map.Entry<String, String> o : run.options().entrySet()) {
      out.append("<tr><th>")
          .append(esc(o.getKey()))
          .append("</th><td>")
          .append(esc(o.getValue()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  /** Escapes text for HTML element content and double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 1100px; margin: 2em auto;
             padding: 0 1em; color: #222; line-height: 1.4; }
      h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
      table { border-collapse: collapse; margin: 0.8em 0; }
      th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }
      th { background: #f2f2f2; } td:first-child, th:first-child { text-align: left; }
      table.data td, table.run td { text-align: left; }
      figure { margin: 1.5em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
      figcaption { font-size: 0.92em; color: #444; }
      .run, .note, .status { color: #555; font-size: 0.92em; }
      .ok { color: #1a7f37; } .bad { color: #b42318; } .caution { font-weight: bold; }
      code { background: #f6f6f6; padding: 0 0.2em; }
      """;
}
