package org.vfit.reports.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vfit.reports.result.Chi2Grid;
import org.vfit.reports.result.Profile;
import org.vfit.reports.result.ProfileParameter;
import org.vfit.reports.result.Result;
import org.vfit.reports.result.RunInfo;

/**
 * The Δχ² grids and profiles of a result as plain tables, one file per projection, for matplotlib,
 * ROOT, gnuplot or a spreadsheet.
 *
 * <ul>
 *   <li>{@link Format#NUFIT}: whitespace-separated columns after {@code #} comment lines that name
 *       the run, the projection and each column with its unit, like NuFIT's Δχ² tables; a 2-D grid
 *       is written with sin²θ₁₂ in the outer loop and a blank line after each block, so {@code
 *       numpy.loadtxt} reads it as is and gnuplot's {@code splot} draws it as a surface.
 *   <li>{@link Format#CSV}: one header row with the column names and units, then the same rows
 *       separated by commas (no comment lines, no blank lines).
 * </ul>
 *
 * Values are in the result's units (Δm² in eV²), with 10 significant digits.
 */
public final class DeltaChi2Tables {
  private DeltaChi2Tables() {}

  /** A table format and its file extension. */
  public enum Format {
    NUFIT("txt"),
    CSV("csv");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /** The tables of a result: file name → UTF-8 bytes, grids first, in the result's order. */
  public static Map<String, byte[]> render(Result result, Format format) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Chi2Grid g : result.grids()) {
      String name = "dchi2-" + sector(g.sector()) + "-sin2theta12-dm21." + format.extension();
      out.put(name, bytes(grid(result, g, format)));
    }
    for (Profile p : result.profiles()) {
      String name =
          "dchi2-"
              + sector(p.sector())
              + "-"
              + p.parameter().name().toLowerCase(Locale.ROOT).replace("_", "-")
              + "."
              + format.extension();
      out.put(name, bytes(profile(result, p, format)));
    }
    return out;
  }

  private static String sector(org.vfit.reports.result.Sector s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Column names with units, ASCII so that every reader takes them. */
  private static final String S12 = "sin^2(theta12) [dimensionless]";

  private static final String DM21 = "Delta m^2_21 [eV^2]";
  private static final String DCHI2 = "Delta chi^2 [dimensionless]";

  static String grid(Result r, Chi2Grid g, Format format) {
    StringBuilder b = new StringBuilder();
    if (format == Format.NUFIT) {
      header(b, r);
      b.append("# projection: Delta chi^2 of the ")
          .append(g.sector().name().toLowerCase(Locale.ROOT))
          .append(" fit on a ")
          .append(g.sin2theta12().size())
          .append(" x ")
          .append(g.dm21().size())
          .append(" grid in (sin^2(theta12), Delta m^2_21), every other parameter minimised\n")
          .append("# Delta chi^2 = chi^2 - chi^2_min, chi^2_min = ")
          .append(num(g.chi2Min()))
          .append("\n# column 1: ")
          .append(S12)
          .append("\n# column 2: ")
          .append(DM21)
          .append("\n# column 3: ")
          .append(DCHI2)
          .append("\n# rows: sin^2(theta12) in the outer loop; a blank line ends each block\n");
    } else {
      b.append(csv(S12)).append(',').append(csv(DM21)).append(',').append(csv(DCHI2)).append('\n');
    }
    String sep = format == Format.NUFIT ? "  " : ",";
    List<List<Double>> v = g.deltaChi2();
    for (int i = 0; i < g.sin2theta12().size(); i++) {
      for (int j = 0; j < g.dm21().size(); j++) {
        b.append(num(g.sin2theta12().get(i)))
            .append(sep)
            .append(num(g.dm21().get(j)))
            .append(sep)
            .append(num(v.get(j).get(i)))
            .append('\n');
      }
      if (format == Format.NUFIT && i < g.sin2theta12().size() - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  static String profile(Result r, Profile p, Format format) {
    ProfileParameter q = p.parameter();
    String column =
        name(q) + " [" + (q.fileUnit().isEmpty() ? "dimensionless" : q.fileUnit()) + "]";
    StringBuilder b = new StringBuilder();
    if (format == Format.NUFIT) {
      header(b, r);
      b.append("# projection: Delta chi^2 profile of ")
          .append(name(q))
          .append(" (")
          .append(p.sector().name().toLowerCase(Locale.ROOT))
          .append("), every other parameter minimised at each point\n")
          .append("# column 1: ")
          .append(column)
          .append("\n# column 2: ")
          .append(DCHI2)
          .append('\n');
    } else {
      b.append(csv(column)).append(',').append(csv(DCHI2)).append('\n');
    }
    String sep = format == Format.NUFIT ? "  " : ",";
    for (int k = 0; k < p.values().size(); k++) {
      b.append(num(p.values().get(k))).append(sep).append(num(p.deltaChi2().get(k))).append('\n');
    }
    return b.toString();
  }

  /** The parameter in ASCII, e.g. {@code Delta m^2_21(nubar) - Delta m^2_21(nu)}. */
  static String name(ProfileParameter q) {
    return switch (q) {
      case DM21 -> "Delta m^2_21";
      case SIN2THETA12 -> "sin^2(theta12)";
      case SIN2THETA13 -> "sin^2(theta13)";
      case DELTA_DM21 -> "Delta m^2_21(nubar) - Delta m^2_21(nu)";
      case DELTA_SIN2THETA12 -> "sin^2(theta12)(nubar) - sin^2(theta12)(nu)";
    };
  }

  private static void header(StringBuilder b, Result r) {
    RunInfo run = r.run();
    b.append("# vfit Delta chi^2 table (")
        .append(r.schema())
        .append(")\n# written by ")
        .append(run.tool())
        .append(' ')
        .append(run.toolVersion())
        .append(", run started ")
        .append(run.timestamp())
        .append("\n# command: ")
        .append(String.join(" ", run.commandLine()).replace('\n', ' '))
        .append('\n');
  }

  private static String csv(String field) {
    return field.contains(",") || field.contains("\"")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.10g", v);
  }
}
