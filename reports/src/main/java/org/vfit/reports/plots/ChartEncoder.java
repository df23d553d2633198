package org.vfit.reports.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;

/** Encodes an XChart chart in each {@link PlotFormat}, in memory. */
final class ChartEncoder {
  private ChartEncoder() {}

  static Map<PlotFormat, byte[]> encode(XYChart chart, int dpi) {
    Map<PlotFormat, byte[]> files = new EnumMap<>(PlotFormat.class);
    for (PlotFormat f : PlotFormat.values()) {
      files.put(f, encode(chart, dpi, f));
    }
    return files;
  }

  /** The chart in one format. */
  static byte[] encode(XYChart chart, int dpi, PlotFormat format) {
    try {
      return switch (format) {
        case PNG -> png(chart, dpi);
        case SVG -> vector(chart, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        case PDF -> deterministicId(vector(chart, VectorGraphicsEncoder.VectorGraphicsFormat.PDF));
      };
    } catch (IOException e) {
      // Encoding writes to memory; an IOException here is an encoder failure, not an I/O one.
      throw new UncheckedIOException("could not encode chart \"" + chart.getTitle() + "\"", e);
    }
  }

  /**
   * The chart drawn at {@code dpi / 72} times its point size, with the resolution recorded in the
   * PNG's pHYs chunk so that viewers and LaTeX size it as {@code width/72} inches. The encoder
   * writes no time stamp, so equal charts give equal bytes.
   */
  static byte[] png(XYChart chart, int dpi) throws IOException {
    double scale = dpi / 72.0;
    int w = (int) Math.round(chart.getWidth() * scale);
    int h = (int) Math.round(chart.getHeight() * scale);
    // Byte-interleaved pixels: the PNG writer copies their rows directly, where an int-packed
    // image went through a per-sample accessor (a third of the report's time; same bytes out).
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
      String dotsPerMetre = Long.toString(Math.round(dpi / 0.0254));
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
      phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      metadata.mergeTree("javax_imageio_png_1.0", root);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(image, null, metadata), param);
      }
      return out.toByteArray();
    } finally {
      writer.dispose();
    }
  }

  private static final byte[] ID_START = "/ID [<".getBytes(StandardCharsets.US_ASCII);
  private static final int ID_HEX = 32;

  /**
   * PDFBox writes the trailer's /ID from the clock (an MD5 of the current time), the only part of
   * the PDF that changes between renders of the same chart. Replacing both copies by the MD5 of the
   * rest of the file keeps the ID a valid fingerprint (as {@code qpdf --deterministic-id} does) and
   * makes the PDF byte-identical on re-render. The replacement has the same length, so the
   * cross-reference offsets stay valid. A file without the expected pattern is returned unchanged.
   */
  static byte[] deterministicId(byte[] pdf) {
    int at = indexOf(pdf, ID_START);
    // Layout: /ID [<32 hex> <32 hex>]
    int first = at + ID_START.length;
    int second = first + ID_HEX + 3;
    if (at < 0
        || second + ID_HEX + 2 > pdf.length
        || pdf[first + ID_HEX] != '>'
        || pdf[second - 1] != '<'
        || pdf[second + ID_HEX] != '>') {
      return pdf;
    }
    byte[] out = pdf.clone();
    for (int k = 0; k < ID_HEX; k++) {
      out[first + k] = '0';
      out[second + k] = '0';
    }
    byte[] id;
    try {
      id = MessageDigest.getInstance("MD5").digest(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides MD5", e);
    }
    byte[] hex = HexFormat.of().withUpperCase().formatHex(id).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(hex, 0, out, first, ID_HEX);
    System.arraycopy(hex, 0, out, second, ID_HEX);
    return out;
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = data.length - pattern.length; i >= 0; i--) {
      for (int k = 0; k < pattern.length; k++) {
        if (data[i + k] != pattern[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] vector(XYChart chart, VectorGraphicsEncoder.VectorGraphicsFormat format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(chart, out, format);
    return out.toByteArray();
  }
}
