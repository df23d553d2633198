package org.vfit.reports.plots;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One plot encoded in every {@link PlotFormat}, held in memory until it is written.
 *
 * @param name base file name, e.g. {@code tension} for {@code tension.png}
 * @param title heading for the HTML report
 * @param caption one or two sentences saying what the plot shows
 * @param width width in pixels (of the PNG; the vector formats use the same size in points)
 * @param height height in pixels
 * @param files encoded bytes per format
 */
public record RenderedPlot(
    String name,
    String title,
    String caption,
    int width,
    int height,
    Map<PlotFormat, byte[]> files) {
  public RenderedPlot {
    EnumMap<PlotFormat, byte[]> copy = new EnumMap<>(PlotFormat.class);
    files.forEach((f, b) -> copy.put(f, b.clone()));
    files = java.util.Collections.unmodifiableMap(copy);
  }

  /** A copy of the bytes in that format. */
  public byte[] bytes(PlotFormat format) {
    return files.get(format).clone();
  }

  /** The file name in that format, e.g. {@code tension.svg}. */
  public String fileName(PlotFormat format) {
    return name + "." + format.extension();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RenderedPlot p)
        || !name.equals(p.name)
        || !title.equals(p.title)
        || !caption.equals(p.caption)
        || width != p.width
        || height != p.height
        || !files.keySet().equals(p.files.keySet())) {
      return false;
    }
    return files.keySet().stream().allMatch(f -> Arrays.equals(files.get(f), p.files.get(f)));
  }

  @Override
  public int hashCode() {
    int h = name.hashCode();
    for (Map.Entry<PlotFormat, byte[]> e : files.entrySet()) {
      h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    return "RenderedPlot[" + name + ", " + files.keySet() + "]";
  }
}
