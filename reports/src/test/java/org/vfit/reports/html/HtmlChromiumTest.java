package org.vfit.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfit.reports.Reports;
import org.vfit.reports.fixtures.TensionFixtures;
import org.vfit.reports.result.TensionResult;

/**
 * Renders report.html in headless Chromium and checks that every embedded plot decoded. Skipped
 * (not failed) only when no Chromium binary exists; set VFIT_CHROMIUM to point at one elsewhere.
 */
class HtmlChromiumTest {
  private static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

  /** Appended to a copy of the page: reports, after the load event, how many images decoded. */
  private static final String CHECK =
      """
      window.addEventListener('load', function () {
        var imgs = Array.prototype.slice.call(document.images);
        var bad = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
                      .map(function (i) { return i.alt; });
        var out = document.createElement('pre');
        out.id = 'vfit-image-check';
        out.textContent = 'images=' + imgs.length + ' loaded=' + (imgs.length - bad.length)
            + ' failed=' + JSON.stringify(bad);
        document.body.appendChild(out);
      });""";

  private static final Pattern RESULT =
      Pattern.compile("images=(\\d+) loaded=(\\d+) failed=(\\[[^<]*\\])");

  @TempDir static Path tmp;
  static Path report;
  static int plots;

  /** A contour/profile report (issue 13's new page) and a tension report with only 4 toys. */
  static Path scanReport;

  static Path fewToysReport;

  @BeforeAll
  static void render() throws IOException {
    TensionResult result = TensionFixtures.standard(21);
    plots = Reports.renderPlots(result).size();
    report = tmp.resolve("report");
    Reports.writeReport(result, report);
    scanReport = tmp.resolve("scan");
    Reports.writeReport(
        TensionFixtures.scan(21), scanReport, org.vfit.reports.plots.PlotOptions.DEFAULTS);
    fewToysReport = tmp.resolve("few-toys");
    Reports.writeReport(TensionFixtures.build(21, 4, 25), fewToysReport);
  }

  static Optional<Path> chromium() {
    String explicit = System.getenv("VFIT_CHROMIUM");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name :
        List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless on a page and returns its standard output. */
  private static String run(Path chromium, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile")));
    cmd.addAll(List.of(args));
    Path stdout = Files.createTempFile(tmp, "chromium", ".out");
    Path stderr = Files.createTempFile(tmp, "chromium", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    // Chromium starts and renders this page in 1-3 s on 2 cores; 90 s only guards against a hang.
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
    return read(stdout);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Loads a copy of the report page with the check script allowed by its hash and every other rule
   * of the page's policy kept, and returns the rendered DOM.
   */
  private static String renderedDom(Path chromium, Path reportDir) throws Exception {
    // The page's own CSP forbids scripts, so the copy allows exactly this one by its hash and keeps
    // every other rule: the images must still load under img-src data: alone.
    String html = Files.readString(reportDir.resolve(Reports.HTML_FILE));
    assertTrue(html.contains("content=\"" + CSP + "\""), "report carries its no-network policy");
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(CHECK.getBytes(StandardCharsets.UTF_8)));
    String checked =
        html.replace(
                "content=\"" + CSP + "\"",
                "content=\"" + CSP + "; script-src 'sha256-" + hash + "'\"")
            .replace("</body>", "<script>" + CHECK + "</script>\n</body>");
    Path page = reportDir.resolve("check.html");
    Files.writeString(page, checked);
    return run(chromium, "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString());
  }

  /** Asserts that the DOM reports {@code expected} images, all decoded. */
  private static void allImagesLoaded(String dom, int expected) {
    Matcher m = RESULT.matcher(dom);
    assertTrue(
        m.find(),
        "the check script ran and reported; DOM ends with: "
            + dom.substring(Math.max(0, dom.length() - 400)));
    assertEquals(expected, Integer.parseInt(m.group(1)), "one image per plot");
    assertEquals(
        expected, Integer.parseInt(m.group(2)), "images that failed to decode: " + m.group(3));
  }

  @Test
  void everyImageLoadsInChromium() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(
        chromium.isPresent(), "no chromium binary on PATH (Debian: apt-get install chromium)");
    String dom = renderedDom(chromium.get(), report);
    allImagesLoaded(dom, plots);
    assertTrue(plots >= 8, "the standard fixture has all eight plots");
    // Issue 13's sections as the browser shows them: the error convention and the phase range.
    assertTrue(dom.contains("Errors are MINOS intervals"), "error convention rendered");
    assertTrue(dom.contains("arg [°, (−180, 180]]"), "phase convention rendered");
  }

  /** Issue 13: contour and profile runs now have a report page; it renders with its plots. */
  @Test
  void aScanReportRendersWithItsPlots() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(
        chromium.isPresent(), "no chromium binary on PATH (Debian: apt-get install chromium)");
    String dom = renderedDom(chromium.get(), scanReport);
    allImagesLoaded(dom, 2);
    assertTrue(dom.contains("Allowed regions of"), dom.substring(0, 600));
    Path shot = tmp.resolve("scan-screenshot.png");
    run(
        chromium.get(),
        "--hide-scrollbars",
        "--window-size=1200,2400",
        "--screenshot=" + shot,
        scanReport.resolve(Reports.HTML_FILE).toUri().toString());
    BufferedImage img = ImageIO.read(shot.toFile());
    assertNotNull(img, "screenshot is a PNG");
    assertTrue(has(img, 0xD55E00), "ν̄ region visible");
  }

  /** Issue 13: a 4-toy σ was shown without a word; the page now says it is indicative only. */
  @Test
  void aFewToysReportShowsItsCaution() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(
        chromium.isPresent(), "no chromium binary on PATH (Debian: apt-get install chromium)");
    String dom = renderedDom(chromium.get(), fewToysReport);
    allImagesLoaded(dom, Reports.renderPlots(TensionFixtures.build(21, 4, 25)).size());
    assertTrue(dom.contains("Caution: only 4 toys"), "caution rendered");
  }

  /**
   * A screenshot of the unmodified page must show the plot colours (ν blue 0x0072B2, ν̄ vermillion
   * 0xD55E00), which appear only inside the embedded images: the page's CSS uses neither.
   */
  @Test
  void screenshotShowsThePlots() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(
        chromium.isPresent(), "no chromium binary on PATH (Debian: apt-get install chromium)");
    Path shot = tmp.resolve("screenshot.png");
    run(
        chromium.get(),
        "--hide-scrollbars",
        "--window-size=1200,2400",
        "--screenshot=" + shot,
        report.resolve(Reports.HTML_FILE).toUri().toString());
    BufferedImage img = ImageIO.read(shot.toFile());
    assertNotNull(img, "screenshot is a PNG");
    assertTrue(img.getWidth() > 0 && img.getHeight() > 0);
    assertTrue(has(img, 0x0072B2), "ν contours visible");
    assertTrue(has(img, 0xD55E00), "ν̄ contours visible");
  }

  /** Any pixel within 24 per channel of the colour (anti-aliasing and scaling blend edges). */
  private static boolean has(BufferedImage img, int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        if (Math.abs(((p >> 16) & 0xff) - r) < 24
            && Math.abs(((p >> 8) & 0xff) - g) < 24
            && Math.abs((p & 0xff) - b) < 24) {
          return true;
        }
      }
    }
    return false;
  }
}
