package org.vfit.oscillation.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain numeric tables bundled as resources (whitespace- or comma-separated columns, '#'
 * comments, blank lines ignored). Errors name the resource, line and column.
 */
public final class NumericTable {
  private final String source;
  private final List<double[]> rows;
  private final List<String> labels;

  private NumericTable(String source, List<double[]> rows, List<String> labels) {
    this.source = source;
    this.rows = rows;
    this.labels = labels;
  }

  /**
   * Reads a resource next to {@code anchor}. With {@code labelledRows}, the first column of each
   * row is a text label and the rest are numbers.
   */
  public static NumericTable resource(Class<?> anchor, String name, boolean labelledRows) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "bundled resource missing: " + anchor.getPackageName() + "/" + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(anchor.getPackageName().replace('.', '/') + "/" + name, r, labelledRows);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read bundled resource " + name + ": " + e.getMessage(), e);
    }
  }

  /** Parses a table from a reader; {@code source} names it in error messages. */
  public static NumericTable parse(String source, BufferedReader r, boolean labelledRows)
      throws IOException {
    List<double[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("[,\\s]+");
      int first = labelledRows ? 1 : 0;
      double[] v = new double[parts.length - first];
      for (int i = first; i < parts.length; i++) {
        try {
          v[i - first] = Double.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              source
                  + ": line "
                  + lineNo
                  + ", column "
                  + (i + 1)
                  + ": expected a number, found '"
                  + parts[i]
                  + "'");
        }
        if (!Double.isFinite(v[i - first])) {
          throw new IllegalArgumentException(
              source + ": line " + lineNo + ", column " + (i + 1) + ": not a finite number");
        }
      }
      if (labelledRows) {
        labels.add(parts[0]);
      }
      rows.add(v);
    }
    return new NumericTable(source, rows, labels);
  }

  public int size() {
    return rows.size();
  }

  /** Row i (a copy). */
  public double[] row(int i) {
    return rows.get(i).clone();
  }

  /** Label of row i (labelled tables only). */
  public String label(int i) {
    return labels.get(i);
  }

  /** Column j of every row; every row must have it. */
  public double[] column(int j) {
    double[] out = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] row = rows.get(i);
      if (j >= row.length) {
        throw new IllegalArgumentException(
            source + ": data row " + (i + 1) + " has no column " + (j + 1));
      }
      out[i] = row[j];
    }
    return out;
  }

  public String source() {
    return source;
  }
}
