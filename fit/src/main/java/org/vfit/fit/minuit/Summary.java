package org.vfit.fit.minuit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Boxed plain-text summary of a fit, in the spirit of iminuit's text representation: a status box
 * (FCN, EDM against its goal, calls, validity, covariance quality) and a parameter table with HESSE
 * errors and, where run, MINOS errors. Values and errors are rounded together with the Particle
 * Data Group rule (two significant digits of the error if its three leading digits are 100–354, one
 * if 355–949, and 950–999 round up to 1000 with two), so the table shows only digits that mean
 * something. Uses {@link Locale#ROOT}, so the text is the same everywhere.
 */
public final class Summary {

  private static final int HALF = 38;

  private Summary() {}

  /** The status box followed by the parameter table. */
  public static String format(FunctionMinimum m, Map<String, MinosError> minos) {
    return statusBox(m) + parameterTable(m, minos);
  }

  /** One line stating validity and the flags that matter, for messages. */
  static String statusLine(FunctionMinimum m) {
    return String.format(
        Locale.ROOT,
        "%s, FCN = %s, EDM = %s (goal %s), Nfcn = %d%s%s%s",
        m.isValid() ? "valid" : "INVALID",
        g(m.fval(), 6),
        g(m.edm(), 3),
        g(m.edmGoal(), 3),
        m.nfcn(),
        m.hasReachedCallLimit() ? ", call limit reached" : "",
        m.isAboveMaxEdm() ? ", EDM above 10 x goal" : "",
        m.hasValidParameters() ? "" : ", invalid parameters");
  }

  static String statusBox(FunctionMinimum m) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FCN = " + g(m.fval(), 6), "Nfcn = " + m.nfcn()});
    rows.add(
        new String[] {
          "EDM = " + g(m.edm(), 3) + " (Goal: " + g(m.edmGoal(), 3) + ")",
          "errorDef = " + g(m.errorDef(), 3)
        });
    List<String[]> status = new ArrayList<>();
    status.add(
        new String[] {
          m.isValid() ? "Valid minimum" : "INVALID minimum",
          m.hasParametersAtLimit() ? "SOME parameters at limit" : "No parameters at limit"
        });
    status.add(
        new String[] {
          m.isAboveMaxEdm() ? "ABOVE EDM threshold (goal x 10)" : "Below EDM threshold (goal x 10)",
          m.hasReachedCallLimit() ? "ABOVE call limit" : "Below call limit"
        });
    String covariance;
    if (!m.hasCovariance()) {
      covariance = m.hesseFailed() ? "Covariance: HESSE FAILED" : "Covariance: NONE";
    } else {
      covariance = "Covariance: " + (m.hesseFailed() ? "HESSE FAILED" : "ok");
    }
    String quality =
        !m.hasCovariance()
            ? ""
            : String.join(
                ", ",
                m.hasAccurateCovariance() ? "accurate" : "APPROXIMATE",
                m.hasPosDefCovariance() ? "pos. def." : "NOT pos. def.",
                m.hasMadePosDefCovariance() ? "FORCED" : "not forced");
    int inner = 2 * HALF + 1;
    StringBuilder b = new StringBuilder();
    b.append('┌').append("─".repeat(inner)).append("┐\n");
    b.append('│').append(centre(m.algorithm(), inner)).append("│\n");
    b.append('├').append("─".repeat(HALF)).append('┬').append("─".repeat(HALF)).append("┤\n");
    for (String[] r : rows) {
      b.append('│').append(left(r[0], HALF)).append('│').append(left(r[1], HALF)).append("│\n");
    }
    b.append('├').append("─".repeat(HALF)).append('┼').append("─".repeat(HALF)).append("┤\n");
    for (String[] r : status) {
      b.append('│').append(left(r[0], HALF)).append('│').append(left(r[1], HALF)).append("│\n");
    }
    b.append('├').append("─".repeat(HALF)).append('┼').append("─".repeat(HALF)).append("┤\n");
    b.append('│')
        .append(left(covariance, HALF))
        .append('│')
        .append(left(quality, HALF))
        .append("│\n");
    b.append('└').append("─".repeat(HALF)).append('┴').append("─".repeat(HALF)).append("┘\n");
    return b.toString();
  }

  static String parameterTable(FunctionMinimum m, Map<String, MinosError> minos) {
    String[] head = {
      "", "Name", "Value", "Hesse Err", "Minos Err-", "Minos Err+", "Limit-", "Limit+", "Fixed"
    };
    List<String[]> rows = new ArrayList<>();
    boolean anyInvalidMinos = false;
    for (int i = 0; i < m.parameters().size(); i++) {
      Parameter p = m.parameters().get(i);
      MinosError me = minos.get(p.name());
      String[] ve = valueAndError(p.value(), p.error());
      if (p.isFixed()) {
        // A fixed parameter has no error (what is stored is only its step size), so its
        // value is shown as given, to six significant digits.
        ve[0] = g(p.value(), 6);
        ve[1] = "";
      }
      String lo = "";
      String hi = "";
      if (me != null) {
        int decimals = decimalsOf(p.error());
        lo = fixedOrSci(me.lower(), decimals) + (me.lowerValid() ? "" : "*");
        hi = fixedOrSci(me.upper(), decimals) + (me.upperValid() ? "" : "*");
        anyInvalidMinos |= !me.isValid();
      }
      rows.add(
          new String[] {
            Integer.toString(i),
            p.name(),
            ve[0],
            ve[1],
            lo,
            hi,
            p.limits().hasLower() ? g(p.limits().lower(), 6) : "",
            p.limits().hasUpper() ? g(p.limits().upper(), 6) : "",
            p.isFixed() ? "yes" : ""
          });
    }
    int[] w = new int[head.length];
    for (int c = 0; c < head.length; c++) {
      w[c] = head[c].length() + 2;
      for (String[] r : rows) {
        w[c] = Math.max(w[c], r[c].length() + 2);
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(rule('┌', '┬', '┐', w));
    b.append(row(head, w, true));
    b.append(rule('├', '┼', '┤', w));
    for (String[] r : rows) {
      b.append(row(r, w, false));
    }
    b.append(rule('└', '┴', '┘', w));
    if (anyInvalidMinos) {
      b.append(
          "* MINOS crossing not found on this side (limit, call limit, new minimum or failed fit)\n");
    }
    return b.toString();
  }

  private static String rule(char l, char mid, char r, int[] w) {
    StringBuilder b = new StringBuilder().append(l);
    for (int c = 0; c < w.length; c++) {
      b.append("─".repeat(w[c])).append(c + 1 < w.length ? mid : r);
    }
    return b.append('\n').toString();
  }

  private static String row(String[] cells, int[] w, boolean centred) {
    StringBuilder b = new StringBuilder().append('│');
    for (int c = 0; c < w.length; c++) {
      String s = cells[c];
      if (centred || c == 1) {
        b.append(centred ? centre(s, w[c]) : left(s, w[c]));
      } else {
        b.append(right(s, w[c]));
      }
      b.append('│');
    }
    return b.append('\n').toString();
  }

  /**
   * Decimal places that the PDG rule keeps for an error, negative meaning digits left of the point
   * are rounded away.
   */
  static int decimalsOf(double error) {
    if (!(error > 0) || !Double.isFinite(error)) {
      return 6;
    }
    int e = (int) Math.floor(Math.log10(error));
    long three = Math.round(error / Math.pow(10, e - 2));
    if (three >= 1000) {
      e++;
      three = Math.round(error / Math.pow(10, e - 2));
    }
    int significant;
    if (three <= 354) {
      significant = 2;
    } else if (three <= 949) {
      significant = 1;
    } else {
      // 950–999 round up to 1000, shown with two significant digits: one order higher.
      e++;
      significant = 2;
    }
    return significant - 1 - e;
  }

  /** Value and error rounded to the same PDG-chosen decimal place. */
  static String[] valueAndError(double value, double error) {
    int d = decimalsOf(error);
    double shownError = d >= 0 ? error : Math.round(error / Math.pow(10, -d)) * Math.pow(10, -d);
    if (decimalsOf(error) != decimalsOf(shownError) && shownError > error) {
      d = decimalsOf(shownError);
    }
    return new String[] {fixedOrSci(value, d), fixedOrSci(error > 0 ? error : 0.0, d)};
  }

  /** Fixed notation with {@code decimals} places, or scientific when that would be unwieldy. */
  static String fixedOrSci(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    double mag = Math.abs(v);
    if (decimals > 6 || decimals < -5 || mag >= 1e7) {
      int exp = mag > 0 ? (int) Math.floor(Math.log10(mag)) : -decimals;
      int digits = Math.max(0, exp + decimals);
      return String.format(Locale.ROOT, "%." + digits + "e", v);
    }
    if (decimals <= 0) {
      double scale = Math.pow(10, -decimals);
      return String.format(Locale.ROOT, "%.0f", Math.round(v / scale) * scale);
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Compact general format with {@code sig} significant digits. */
  static String g(double v, int sig) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    String s = String.format(Locale.ROOT, "%." + sig + "g", v);
    if (s.contains("e")) {
      String[] parts = s.split("e");
      return stripZeros(parts[0]) + "e" + Integer.parseInt(parts[1]);
    }
    return stripZeros(s);
  }

  private static String stripZeros(String s) {
    if (!s.contains(".")) {
      return s;
    }
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String centre(String s, int width) {
    int pad = Math.max(0, width - s.length());
    return " ".repeat(pad / 2) + s + " ".repeat(pad - pad / 2);
  }

  private static String left(String s, int width) {
    return " " + s + " ".repeat(Math.max(0, width - s.length() - 1));
  }

  private static String right(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length() - 1)) + s + " ";
  }
}
