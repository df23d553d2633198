package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vfit.fit.analysis.Estimate;
import org.vfit.fit.analysis.FitResult;
import org.vfit.fit.analysis.SectorParameters;
import org.vfit.fit.minuit.FunctionMinimum;
import org.vfit.fit.minuit.MinosError;
import org.vfit.fit.minuit.Parameter;
import org.vfit.fit.minuit.Summary;
import org.vfit.likelihood.OscillationParameter;
import org.vfit.likelihood.Sector;
import org.vfit.oscillation.paper.Table1;

/** Text and JSON forms of a {@link FitResult}, shared by the analysis commands. */
final class FitOutput {
  private FitOutput() {}

  static String sectorTitle(Sector s) {
    return s == Sector.NU ? "nu (solar)" : "nubar (reactor)";
  }

  /** The Minuit box, the apparent parameters per sector, χ² and the potential matrices. */
  static void print(FitResult r, PrintWriter out) {
    out.print(Summary.format(r.minimum(), r.minos()));
    for (Map.Entry<Sector, SectorParameters> e : r.sectors().entrySet()) {
      SectorParameters p = e.getValue();
      out.println(sectorTitle(e.getKey()) + " parameters:");
      row(out, "dm21", p.dm21(), "eV^2");
      row(out, "sin2theta12", p.sin2Theta12(), "");
      row(out, "sin2theta13", p.sin2Theta13(), "");
      row(out, "tan2theta12", p.tan2Theta12(), "");
    }
    out.printf(
        Locale.ROOT,
        "chi2_min = %.6g for %d data points and %d free parameters (ndf %d)%n",
        r.chi2(),
        r.dataPoints(),
        r.freeParameters(),
        r.degreesOfFreedom());
    for (Map.Entry<Sector, Table1> e : r.potentials().entrySet()) {
      Table1 t = e.getValue();
      out.println(
          "potential matrix A_"
              + e.getKey().label()
              + " [1e-4 eV^2], diagonal relative to tr(A)/3, phases in (-180, 180] deg:");
      out.printf(
          Locale.ROOT, "  ee %+.4f  mumu %+.4f  tautau %+.4f%n", t.ee(), t.mumu(), t.tautau());
      element(out, "emu", t.emu());
      element(out, "etau", t.etau());
      element(out, "mutau", t.mutau());
    }
    List<String> minima = new ArrayList<>();
    for (double v : r.minima()) {
      minima.add(String.format(Locale.ROOT, "%.4g", v));
    }
    out.println(
        "distinct local minima (chi2) from "
            + r.starts()
            + " starts: "
            + String.join(", ", minima));
    out.println(
        r.isValid() ? "valid minimum" : "NOT A VALID MINIMUM: " + String.join("; ", r.problems()));
  }

  /**
   * One parameter as vfit quotes it everywhere (text, JSON, HTML): the MINOS interval where MINOS
   * ran, else the HESSE error, each labelled; "(fixed)" for a fixed parameter, not "+- 0".
   */
  private static void row(PrintWriter out, String name, Estimate e, String unit) {
    String s = String.format(Locale.ROOT, "  %-12s %.6g", name, e.value());
    if (isFixed(e)) {
      s += " (fixed)";
    } else if (e.hasMinos()) {
      s += String.format(Locale.ROOT, " %+.2g %+.2g (MINOS)", e.minosUpper(), e.minosLower());
    } else {
      s += String.format(Locale.ROOT, " +- %.2g (HESSE)", e.error());
    }
    out.println(s + (unit.isEmpty() ? "" : "  " + unit));
  }

  /** A parameter held fixed: no error of any kind. */
  static boolean isFixed(Estimate e) {
    return e.error() == 0 && e.minosLower() == null && e.minosUpper() == null;
  }

  private static void element(PrintWriter out, String name, Table1.Element e) {
    out.printf(
        Locale.ROOT,
        "  %-6s re %+.4f  im %+.4f  |A| %.4f  phase %.2f deg%n",
        name,
        e.re(),
        e.im(),
        e.modulus(),
        phaseDeg(e));
  }

  /**
   * The phase of an element in degrees in (−180°, 180°], the convention of the result file and the
   * HTML report (issue 13: the same A_eμ read −163.7° there and 196.3° here).
   */
  static double phaseDeg(Table1.Element e) {
    return org.vfit.reports.result.OffDiagonal.of(e.re(), e.im()).phaseDeg();
  }

  /** The fit as a JSON object (insertion-ordered maps). */
  static Map<String, Object> json(FitResult r) {
    Map<String, Object> m = Json.object();
    FunctionMinimum fm = r.minimum();
    m.put("model", r.model());
    m.put("hypothesis", r.hypothesis());
    m.put("valid", r.isValid());
    m.put("problems", r.problems());
    m.put("chi2Min", r.chi2());
    m.put("dataPoints", r.dataPoints());
    m.put("freeParameters", r.freeParameters());
    m.put("ndf", r.degreesOfFreedom());
    Map<String, Object> status = Json.object();
    status.put("edm", fm.edm());
    status.put("edmGoal", fm.edmGoal());
    status.put("nfcn", fm.nfcn());
    status.put("accurateCovariance", fm.hasAccurateCovariance());
    status.put("posDefCovariance", fm.hasPosDefCovariance());
    status.put("madePosDefCovariance", fm.hasMadePosDefCovariance());
    status.put("aboveMaxEdm", fm.isAboveMaxEdm());
    status.put("reachedCallLimit", fm.hasReachedCallLimit());
    m.put("status", status);
    List<Object> params = new ArrayList<>();
    for (Parameter p : fm.parameters()) {
      Map<String, Object> pm = Json.object();
      pm.put("name", p.name());
      pm.put("value", p.value());
      pm.put("error", p.isFixed() ? null : p.error());
      MinosError me = r.minos().get(p.name());
      pm.put("minosLower", me != null && me.lowerValid() ? me.lower() : null);
      pm.put("minosUpper", me != null && me.upperValid() ? me.upper() : null);
      pm.put("fixed", p.isFixed());
      pm.put("atLimit", p.isAtLimit());
      params.add(pm);
    }
    m.put("parameters", params);
    OscillationParameter dm21 = OscillationParameter.DM21;
    m.put(
        "parameterUnits",
        dm21.label()
            + " in "
            + dm21.fitUnitLabel()
            + " inside the fit; sector values below in "
            + dm21.physicalUnitLabel());
    Map<String, Object> sectors = Json.object();
    for (Map.Entry<Sector, SectorParameters> e : r.sectors().entrySet()) {
      SectorParameters p = e.getValue();
      Map<String, Object> s = Json.object();
      s.put("dm21", estimate(p.dm21()));
      s.put("sin2theta12", estimate(p.sin2Theta12()));
      s.put("sin2theta13", estimate(p.sin2Theta13()));
      s.put("tan2theta12", estimate(p.tan2Theta12()));
      sectors.put(e.getKey().label(), s);
    }
    m.put("sectors", sectors);
    Map<String, Object> pots = Json.object();
    for (Map.Entry<Sector, Table1> e : r.potentials().entrySet()) {
      pots.put(e.getKey().label(), potential(e.getValue()));
    }
    m.put("potentials", pots);
    if (fm.covariance() != null) {
      Map<String, Object> cov = Json.object();
      cov.put("parameters", fm.covariance().names());
      cov.put("matrix", fm.covariance().toArray());
      m.put("covariance", cov);
    }
    m.put("minima", r.minima());
    m.put("starts", r.starts());
    return m;
  }

  /** A potential matrix in Table 1 form; phases in degrees in (−180, 180]. */
  static Map<String, Object> potential(Table1 t) {
    Map<String, Object> m = Json.object();
    m.put("unit", "1e-4 eV^2");
    m.put("phaseUnit", "degrees in (-180, 180]");
    m.put("ee", t.ee());
    m.put("mumu", t.mumu());
    m.put("tautau", t.tautau());
    for (String name : List.of("emu", "etau", "mutau")) {
      Table1.Element e = name.equals("emu") ? t.emu() : name.equals("etau") ? t.etau() : t.mutau();
      Map<String, Object> x = Json.object();
      x.put("re", e.re());
      x.put("im", e.im());
      x.put("modulus", e.modulus());
      x.put("phaseDeg", phaseDeg(e));
      m.put(name, x);
    }
    return m;
  }

  /**
   * An estimate in JSON: value, HESSE error (null when fixed), MINOS offsets (null where MINOS did
   * not run) and {@code quoted}, which of them vfit quotes: "MINOS", "HESSE" or "fixed".
   */
  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = Json.object();
    m.put("value", e.value());
    m.put("error", isFixed(e) ? null : e.error());
    m.put("minosLower", e.minosLower());
    m.put("minosUpper", e.minosUpper());
    m.put("quoted", isFixed(e) ? "fixed" : e.hasMinos() ? "MINOS" : "HESSE");
    return m;
  }
}
