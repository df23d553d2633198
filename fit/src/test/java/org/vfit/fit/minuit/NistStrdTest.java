package org.vfit.fit.minuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vfit.fit.minuit.Checks.assertRelative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vfit.fit.testing.Linear;

/**
 * NIST StRD certified nonlinear least-squares problems (data typed into
 * src/test/resources/org/vfit/fit/minuit/nist with the NIST reference of each).
 *
 * <p>Procedure, as a user would fit an unweighted least-squares problem: MIGRAD on S(b) = Σr² with
 * errorDef 1 from NIST's start point; then, since S is not a χ² (the residuals are not divided by
 * their standard deviation), MIGRAD and HESSE again with errorDef = s² = S_min/(n − p), the
 * residual variance estimated from the first fit. HESSE errors are then the parameter standard
 * deviations, i.e. the errorDef-1 errors scaled by s.
 *
 * <p>NIST's certified standard deviations are s·√diag((JᵀJ)⁻¹) with J the Jacobian of the residuals
 * (linearised, Gauss–Newton covariance); HESSE measures the full second derivative ½∂²S = JᵀJ + Σ
 * rₖ∇²rₖ, which differs from JᵀJ by 0.1% (Misra1a) to 20% (MGH09) on these problems: the residuals
 * are not small. So the test removes that known term, computed here independently of the minimiser
 * by finite differences of the residuals, from HESSE's matrix before comparing with the certified
 * values; it reports the uncorrected ratio as well.
 */
class NistStrdTest {

  /** Certified parameters are given to 11 digits; the brief asks for 10⁻⁶ relative. */
  private static final double PARAMETER_TOLERANCE = 1e-6;

  /**
   * 10⁻³ relative on the standard deviations: HESSE's own accuracy (Richardson-extrapolated
   * differences, ~10⁻⁷) and the test-side ∇²r (~10⁻⁶) are far below; the bound is the brief's.
   */
  private static final double SD_TOLERANCE = 1e-3;

  private record Problem(
      String name,
      List<double[]> starts,
      String[] names,
      double[] certified,
      double[] sd,
      double rss,
      double[] y,
      double[] x) {}

  @FunctionalInterface
  private interface Model {
    double at(double x, double[] b);
  }

  private static Model model(String name) {
    return switch (name) {
      case "Misra1a", "BoxBOD" -> (x, b) -> b[0] * (1 - Math.exp(-b[1] * x));
      case "Chwirut2" -> (x, b) -> Math.exp(-b[0] * x) / (b[1] + b[2] * x);
      case "Rat42" -> (x, b) -> b[0] / (1 + Math.exp(b[1] - b[2] * x));
      case "Rat43" -> (x, b) -> b[0] / Math.pow(1 + Math.exp(b[1] - b[2] * x), 1 / b[3]);
      case "MGH09" -> (x, b) -> b[0] * (x * x + x * b[1]) / (x * x + x * b[2] + b[3]);
      case "Thurber" ->
          (x, b) ->
              (b[0] + b[1] * x + b[2] * x * x + b[3] * x * x * x)
                  / (1 + b[4] * x + b[5] * x * x + b[6] * x * x * x);
      case "Eckerle4" -> (x, b) -> b[0] / b[1] * Math.exp(-0.5 * Math.pow((x - b[2]) / b[1], 2));
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} from NIST start {1}")
  @CsvSource({
    "Misra1a, 1",
    "Misra1a, 2",
    "Chwirut2, 1",
    "Chwirut2, 2",
    "BoxBOD, 2",
    "Rat42, 1",
    "Rat42, 2",
    "Rat43, 2",
    "MGH09, 2",
    "Thurber, 1",
    "Thurber, 2",
    "Eckerle4, 2"
  })
  void certifiedValuesAndStandardDeviations(String name, int start) throws IOException {
    Problem p = load(name);
    Model model = model(name);
    int n = p.y.length;
    int k = p.names.length;
    Fcn sumOfSquares =
        b -> {
          double s = 0;
          for (int i = 0; i < n; i++) {
            double r = p.y[i] - model.at(p.x[i], b);
            s += r * r;
          }
          return s;
        };
    double[] x0 = p.starts.get(start - 1);
    double[] steps = new double[k];
    for (int j = 0; j < k; j++) {
      steps[j] = 0.1 * Math.abs(x0[j]);
    }
    Minuit first = new Minuit(sumOfSquares, p.names, x0, steps).tolerance(1e-4);
    FunctionMinimum f1 = first.migrad();
    assertTrue(f1.isValid(), () -> name + " first pass: " + Summary.format(f1, java.util.Map.of()));

    double s2 = f1.fval() / (n - k);
    // Tolerance 1e-10: EDM goal 2e-13·s², so the parameters end within √(4e-13) ≈ 6e-7 standard
    // deviations of the minimum; several certified values (MGH09 b2, Rat43 b2) have a standard
    // deviation as large as the value itself, and 1e-6 relative is asked of them too.
    Minuit second =
        new Minuit(Fcn.withErrorDef(sumOfSquares, s2), p.names, first.values(), first.errors())
            .tolerance(1e-10);
    FunctionMinimum f2 = second.migrad();
    FunctionMinimum h = second.hesse();
    assertTrue(
        f2.isValid() && h.isValid() && h.hasAccurateCovariance(),
        () -> name + ": " + Summary.format(h, java.util.Map.of()));
    assertRelative(p.rss, h.fval(), PARAMETER_TOLERANCE, name + " residual sum of squares");
    double worstValue = 0;
    for (int j = 0; j < k; j++) {
      worstValue = Math.max(worstValue, Math.abs(h.values()[j] / p.certified[j] - 1));
      assertRelative(p.certified[j], h.values()[j], PARAMETER_TOLERANCE, name + " " + p.names[j]);
    }

    // Full-Hessian errors, and the same matrix with Σ rₖ∇²rₖ removed (the linearised
    // covariance NIST certifies). HESSE's covariance is 2·up·H⁻¹ = s²·(½∂²S)⁻¹.
    double[][] cov = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        cov[a][b] = h.covariance().get(a, b);
      }
    }
    double[][] halfHessian = Linear.inverse(cov);
    double[] best = h.values();
    double[][] curvature = residualCurvature(p, model, best);
    double[][] jtj = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        jtj[a][b] = halfHessian[a][b] * s2 - curvature[a][b];
      }
    }
    double[][] linearised = Linear.inverse(jtj);
    double s2Certified = p.rss / (n - k);
    StringBuilder report =
        new StringBuilder(name + " start " + start + ": full-Hessian SD / certified:");
    double worstSd = 0;
    for (int j = 0; j < k; j++) {
      double sd = Math.sqrt(linearised[j][j] * s2Certified);
      report.append(String.format(" %.4f", h.errors()[j] / p.sd[j]));
      worstSd = Math.max(worstSd, Math.abs(sd / p.sd[j] - 1));
      assertRelative(p.sd[j], sd, SD_TOLERANCE, name + " standard deviation of " + p.names[j]);
    }
    report.append(
        String.format(
            "; worst relative deviation: parameters %.1e, corrected SD %.1e; nfcn %d + %d",
            worstValue, worstSd, f1.nfcn(), h.nfcn()));
    System.out.println(report);
  }

  /** Σₖ rₖ ∂²rₖ/∂bᵢ∂bⱼ by central differences of the model (r = y − model). */
  private static double[][] residualCurvature(Problem p, Model model, double[] b) {
    int k = b.length;
    double[][] c = new double[k][k];
    double[] h = new double[k];
    for (int j = 0; j < k; j++) {
      // Relative step 1e-4: truncation ~1e-8 and rounding ~ε/h² ~ 2e-8 of the curvature.
      h[j] = 1e-4 * Math.abs(b[j]);
    }
    for (int i = 0; i < p.y.length; i++) {
      double xi = p.x[i];
      double r = p.y[i] - model.at(xi, b);
      for (int a = 0; a < k; a++) {
        for (int bb = a; bb < k; bb++) {
          double d2 =
              (m(model, xi, b, a, h[a], bb, h[bb])
                      - m(model, xi, b, a, h[a], bb, -h[bb])
                      - m(model, xi, b, a, -h[a], bb, h[bb])
                      + m(model, xi, b, a, -h[a], bb, -h[bb]))
                  / (4 * h[a] * h[bb]);
          // r = y − model, so ∇²r = −∇²model.
          c[a][bb] += -r * d2;
          c[bb][a] = c[a][bb];
        }
      }
    }
    return c;
  }

  private static double m(Model model, double x, double[] b, int a, double da, int c, double dc) {
    double[] q = b.clone();
    q[a] += da;
    q[c] += dc;
    return model.at(x, q);
  }

  private static Problem load(String name) throws IOException {
    String path = "nist/" + name + ".txt";
    InputStream in = NistStrdTest.class.getResourceAsStream(path);
    assertNotNull(in, path);
    List<double[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> cert = new ArrayList<>();
    List<Double> sd = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    double rss = Double.NaN;
    boolean data = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] t = line.split("\\s+");
        if (data) {
          ys.add(Double.parseDouble(t[0]));
          xs.add(Double.parseDouble(t[1]));
        } else if (t[0].equals("start")) {
          double[] s = new double[t.length - 1];
          for (int i = 1; i < t.length; i++) {
            s[i - 1] = Double.parseDouble(t[i]);
          }
          starts.add(s);
        } else if (t[0].equals("certified")) {
          names.add(t[1]);
          cert.add(Double.parseDouble(t[2]));
          sd.add(Double.parseDouble(t[3]));
        } else if (t[0].equals("rss")) {
          rss = Double.parseDouble(t[1]);
        } else if (t[0].equals("data")) {
          data = true;
        }
      }
    }
    for (double[] s : starts) {
      assertEquals(names.size(), s.length, name + " start point size");
    }
    return new Problem(
        name,
        starts,
        names.toArray(new String[0]),
        cert.stream().mapToDouble(d -> d).toArray(),
        sd.stream().mapToDouble(d -> d).toArray(),
        rss,
        ys.stream().mapToDouble(d -> d).toArray(),
        xs.stream().mapToDouble(d -> d).toArray());
  }
}
