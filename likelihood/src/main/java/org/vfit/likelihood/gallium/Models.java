package org.vfit.likelihood.gallium;

import java.util.List;

/** The implementations of {@link GalliumModel}. */
final class Models {
  private Models() {}

  /** The flux density scale of the intensity coefficient, ν cm⁻² s⁻¹. */
  static final double FLUX_UNIT = 1e12;

  static final class NoDeficit implements GalliumModel {
    @Override
    public String name() {
      return "no-deficit";
    }

    @Override
    public String description() {
      return "R = 1 (the experiments' expectation)";
    }

    @Override
    public List<String> parameters() {
      return List.of();
    }

    @Override
    public double[] lower() {
      return new double[0];
    }

    @Override
    public double[] upper() {
      return new double[0];
    }

    @Override
    public double predict(double[] p, SourceMeasurement m) {
      return 1;
    }
  }

  static final class Constant implements GalliumModel {
    @Override
    public String name() {
      return "constant-deficit";
    }

    @Override
    public String description() {
      return "R = r for every experiment (a common cross-section or efficiency factor)";
    }

    @Override
    public List<String> parameters() {
      return List.of("r");
    }

    @Override
    public double[] lower() {
      return new double[] {0};
    }

    @Override
    public double[] upper() {
      return new double[] {2};
    }

    @Override
    public double predict(double[] p, SourceMeasurement m) {
      return p[0];
    }
  }

  static final class Intensity implements GalliumModel {
    @Override
    public String name() {
      return "intensity";
    }

    @Override
    public String description() {
      return "R = 1 - c * Phi / (1e12 nu cm^-2 s^-1), Phi the source's volume-averaged flux density"
          + " at the target (V-model, Shen section 4 and Appendix C)";
    }

    @Override
    public List<String> parameters() {
      return List.of("c");
    }

    @Override
    public double[] lower() {
      return new double[] {-10};
    }

    @Override
    public double[] upper() {
      return new double[] {10};
    }

    @Override
    public double predict(double[] p, SourceMeasurement m) {
      return 1 - p[0] * m.meanFluxDensity() / FLUX_UNIT;
    }
  }

  static final class Sterile implements GalliumModel {
    @Override
    public String name() {
      return "sterile-3+1";
    }

    @Override
    public String description() {
      return "R = sum over lines w [1 - sin^2(2 theta) <sin^2(dm2 L / 4E)>] over each target"
          + " (3+1 nu_e disappearance)";
    }

    @Override
    public List<String> parameters() {
      return List.of("log10(dm2/eV^2)", "sin2(2theta)");
    }

    @Override
    public double[] lower() {
      return new double[] {-2, 0};
    }

    @Override
    public double[] upper() {
      return new double[] {2, 1};
    }

    @Override
    public double predict(double[] p, SourceMeasurement m) {
      double dm2 = Math.pow(10, p[0]);
      double[] e = m.lineEnergiesMeV();
      double[] w = m.lineWeights();
      double r = 0;
      for (int i = 0; i < e.length; i++) {
        r += w[i] * (1 - p[1] * m.geometry().meanOscillation(dm2, e[i]));
      }
      return r;
    }
  }
}
