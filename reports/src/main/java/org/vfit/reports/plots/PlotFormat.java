package org.vfit.reports.plots;

/** File formats every plot is written in. */
public enum PlotFormat {
  /** Raster, for the HTML report and quick viewing. */
  PNG("png", "image/png"),
  /** Vector, for papers and slides; byte-identical when re-rendered from the same result. */
  SVG("svg", "image/svg+xml"),
  /** Vector, for LaTeX. */
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String mediaType;

  PlotFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** File name extension without the dot. */
  public String extension() {
    return extension;
  }

  /** MIME type, for data URIs. */
  public String mediaType() {
    return mediaType;
  }
}
