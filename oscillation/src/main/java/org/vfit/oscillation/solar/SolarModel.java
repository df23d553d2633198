package org.vfit.oscillation.solar;

import java.util.EnumMap;
import java.util.Map;
import org.vfit.oscillation.io.NumericTable;

/**
 * A standard solar model as the propagators need it: where each flux component is produced, the
 * electron density along the way out, the total fluxes with their model errors, and the neutrino
 * spectra. Immutable.
 *
 * <p>Bundled: B16-GS98 (default) and B16-AGSS09met (Vinyoles et al. 2017) production distributions
 * and fluxes, with the BS05(OP) electron density for the full radius (B16 tables stop at 0.5 R_sun;
 * at r = 0.1/0.3/0.45 R_sun the two models' log₁₀ n_e agree to 0.01). Spectra: Winter et al. 2006
 * for ⁸B, Bahcall for pp, hep and CNO, lines for pep and ⁷Be.
 */
public final class SolarModel {
  /** Bundled models. */
  public enum Bundled {
    B16_GS98("B16-GS98", "nudistr_b16_gs98.dat", 1),
    B16_AGSS09("B16-AGSS09met", "nudistr_b16_agss09.dat", 3);

    private final String label;
    private final String distributionFile;
    private final int fluxColumn;

    Bundled(String label, String distributionFile, int fluxColumn) {
      this.label = label;
      this.distributionFile = distributionFile;
      this.fluxColumn = fluxColumn;
    }

    public String label() {
      return label;
    }

    public static Bundled parse(String text) {
      String t = text.trim().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("b16-gs98") || t.equals("gs98")) return B16_GS98;
      if (t.equals("b16-agss09met") || t.equals("b16-agss09") || t.equals("agss09"))
        return B16_AGSS09;
      throw new IllegalArgumentException(
          "unknown solar model '" + text + "': expected B16-GS98 or B16-AGSS09met");
    }
  }

  private final String name;
  private final double[] productionRadius;
  private final double[] productionElectronDensity;
  private final double[][] productionPdf;
  private final double[] profileRadius;
  private final double[] profileElectronDensity;
  private final double[] flux;
  private final double[] fluxFractionalError;
  private final NeutrinoSpectrum[] spectra;

  /**
   * @param name model label
   * @param productionRadius radii of the production table, R_sun, ascending
   * @param productionElectronDensity n_e/N_A (mol/cm³) at those radii
   * @param productionPdf per component (enum order), dΦ/dr normalised per R_sun at those radii
   * @param profileRadius radii of the full n_e profile, R_sun, ascending to ≥ 1
   * @param profileElectronDensity n_e/N_A (mol/cm³) there
   * @param flux total flux per component at 1 AU, cm⁻² s⁻¹
   * @param fluxFractionalError fractional 1σ model error per component
   * @param spectra spectrum per component
   */
  public SolarModel(
      String name,
      double[] productionRadius,
      double[] productionElectronDensity,
      double[][] productionPdf,
      double[] profileRadius,
      double[] profileElectronDensity,
      double[] flux,
      double[] fluxFractionalError,
      NeutrinoSpectrum[] spectra) {
    int n = SolarFluxComponent.values().length;
    if (productionPdf.length != n
        || flux.length != n
        || fluxFractionalError.length != n
        || spectra.length != n) {
      throw new IllegalArgumentException(
          "a solar model needs one entry per flux component (" + n + ")");
    }
    requireAscending("production radius", productionRadius);
    requireAscending("profile radius", profileRadius);
    if (productionElectronDensity.length != productionRadius.length
        || profileElectronDensity.length != profileRadius.length) {
      throw new IllegalArgumentException("solar model: density and radius tables differ in length");
    }
    for (double[] pdf : productionPdf) {
      if (pdf.length != productionRadius.length) {
        throw new IllegalArgumentException(
            "solar model: production distribution length differs from its radius table");
      }
    }
    this.name = name;
    this.productionRadius = productionRadius.clone();
    this.productionElectronDensity = productionElectronDensity.clone();
    this.productionPdf = new double[n][];
    for (int i = 0; i < n; i++) this.productionPdf[i] = productionPdf[i].clone();
    this.profileRadius = profileRadius.clone();
    this.profileElectronDensity = profileElectronDensity.clone();
    this.flux = flux.clone();
    this.fluxFractionalError = fluxFractionalError.clone();
    this.spectra = spectra.clone();
  }

  private static final Map<Bundled, SolarModel> CACHE = new EnumMap<>(Bundled.class);

  /** The default model, B16-GS98. */
  public static SolarModel standard() {
    return bundled(Bundled.B16_GS98);
  }

  /** A bundled model (loaded once). */
  public static synchronized SolarModel bundled(Bundled which) {
    return CACHE.computeIfAbsent(which, SolarModel::load);
  }

  private static SolarModel load(Bundled which) {
    NumericTable dist = NumericTable.resource(SolarModel.class, which.distributionFile, false);
    double[] r = dist.column(0);
    double[] logNe = smoothed(dist.column(2), 8);
    double[] ne = new double[r.length];
    for (int i = 0; i < r.length; i++) ne[i] = Math.pow(10.0, logNe[i]);
    int n = SolarFluxComponent.values().length;
    double[][] pdf = new double[n][];
    for (int c = 0; c < n; c++) pdf[c] = dist.column(4 + c);
    NumericTable prof = NumericTable.resource(SolarModel.class, "nele_bs05op.dat", false);
    double[] rawR = prof.column(0);
    double[] rawLog = prof.column(1);
    // The BS05(OP) export repeats r = 1.0000000 (two photospheric rows); keep the first of any
    // non-increasing radius so the profile is a function of r.
    int kept = 0;
    double[] pr = new double[rawR.length], pne = new double[rawR.length];
    for (int i = 0; i < rawR.length; i++) {
      if (kept > 0 && rawR[i] <= pr[kept - 1]) continue;
      pr[kept] = rawR[i];
      pne[kept] = Math.pow(10.0, rawLog[i]);
      kept++;
    }
    pr = java.util.Arrays.copyOf(pr, kept);
    pne = java.util.Arrays.copyOf(pne, kept);
    NumericTable fl = NumericTable.resource(SolarModel.class, "b16_fluxes.csv", true);
    double[] flux = new double[n], err = new double[n];
    for (int i = 0; i < fl.size(); i++) {
      SolarFluxComponent c = SolarFluxComponent.parse(fl.label(i));
      flux[c.ordinal()] = fl.row(i)[which.fluxColumn - 1];
      err[c.ordinal()] = fl.row(i)[which.fluxColumn];
    }
    return new SolarModel(which.label(), r, ne, pdf, pr, pne, flux, err, bundledSpectra());
  }

  /**
   * B16 tabulates log₁₀ n_e to three decimals: a staircase of 0.23 % steps in n_e that turns the
   * production average into a sum of jumps (quadrature converging only as 1/N). A centred moving
   * average over ±{@code half} rows (±0.004 R_sun, far below the density scale height of ~0.1
   * R_sun) restores the smooth profile; near the ends the window shrinks symmetrically.
   */
  static double[] smoothed(double[] v, int half) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int w = Math.min(half, Math.min(i, v.length - 1 - i));
      double sum = 0;
      for (int k = i - w; k <= i + w; k++) sum += v[k];
      out[i] = sum / (2 * w + 1);
    }
    return out;
  }

  /** The bundled spectra (model-independent shapes). */
  public static NeutrinoSpectrum[] bundledSpectra() {
    NeutrinoSpectrum[] s = new NeutrinoSpectrum[SolarFluxComponent.values().length];
    s[SolarFluxComponent.PP.ordinal()] = table("pp_shape.csv");
    s[SolarFluxComponent.HEP.ordinal()] = table("hep_shape.csv");
    s[SolarFluxComponent.B8.ordinal()] = table("8B_shape_Winter_et_al.csv");
    s[SolarFluxComponent.N13.ordinal()] = table("n13_shape.csv");
    s[SolarFluxComponent.O15.ordinal()] = table("o15_shape.csv");
    s[SolarFluxComponent.F17.ordinal()] = table("f17_shape.csv");
    // pep: a single line; 7Be: 861.8 keV (89.56 %) and 384.3 keV (10.44 %) lines (ssm_fluxes.json).
    s[SolarFluxComponent.PEP.ordinal()] =
        NeutrinoSpectrum.lines(new double[] {1.442}, new double[] {1.0});
    s[SolarFluxComponent.BE7.ordinal()] =
        NeutrinoSpectrum.lines(new double[] {0.3843, 0.8618}, new double[] {0.1044, 0.8956});
    return s;
  }

  private static NeutrinoSpectrum table(String file) {
    NumericTable t = NumericTable.resource(SolarModel.class, file, false);
    return NeutrinoSpectrum.continuum(t.column(0), t.column(1));
  }

  public String name() {
    return name;
  }

  /** Total flux of a component at 1 AU, cm⁻² s⁻¹. */
  public double flux(SolarFluxComponent c) {
    return flux[c.ordinal()];
  }

  /** Fractional 1σ model error of a component's flux. */
  public double fluxFractionalError(SolarFluxComponent c) {
    return fluxFractionalError[c.ordinal()];
  }

  public NeutrinoSpectrum spectrum(SolarFluxComponent c) {
    return spectra[c.ordinal()];
  }

  /** Radii of the production table (R_sun); a copy. */
  public double[] productionRadius() {
    return productionRadius.clone();
  }

  /** n_e/N_A (mol/cm³) at the production radii; a copy. */
  public double[] productionElectronDensity() {
    return productionElectronDensity.clone();
  }

  /** Production distribution dΦ/dr (per R_sun) of a component at the production radii; a copy. */
  public double[] productionPdf(SolarFluxComponent c) {
    return productionPdf[c.ordinal()].clone();
  }

  /** n_e/N_A (mol/cm³) at radius r (R_sun), log-linear interpolation in the full profile. */
  public double electronDensity(double rSun) {
    double[] r = profileRadius;
    if (rSun <= r[0]) return profileElectronDensity[0];
    if (rSun >= r[r.length - 1]) return profileElectronDensity[r.length - 1];
    int lo = 0, hi = r.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (r[mid] <= rSun) lo = mid;
      else hi = mid;
    }
    double t = (rSun - r[lo]) / (r[hi] - r[lo]);
    return Math.exp(
        Math.log(profileElectronDensity[lo]) * (1 - t) + Math.log(profileElectronDensity[hi]) * t);
  }

  /** Radii of the full density profile (R_sun); a copy. */
  public double[] profileRadius() {
    return profileRadius.clone();
  }

  /** n_e/N_A on the full profile; a copy. */
  public double[] profileElectronDensity() {
    return profileElectronDensity.clone();
  }

  private static void requireAscending(String what, double[] x) {
    for (int i = 1; i < x.length; i++) {
      if (!(x[i] > x[i - 1])) {
        throw new IllegalArgumentException(
            "solar model: " + what + " must be strictly ascending (index " + i + ")");
      }
    }
  }
}
