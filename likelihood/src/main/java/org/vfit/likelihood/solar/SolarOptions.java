package org.vfit.likelihood.solar;

import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * Modelling choices of the solar likelihood (docs/design.md §5: each is a lever on the answer and
 * is recorded in results).
 *
 * @param solarModel standard solar model for fluxes and production regions (default B16-GS98)
 * @param approximation form of the adiabatic survival (default: the standard c₁₃⁴P₂ + s₁₃⁴)
 * @param b8Flux how the ⁸B flux normalisation is treated (default: free)
 * @param radiativeCorrections ν–e elastic scattering with BKS 1995 corrections (default) or tree
 *     level
 * @param nadirBins night bins of the annual exposure (default 400)
 */
public record SolarOptions(
    SolarModel.Bundled solarModel,
    SolarSurvival.Approximation approximation,
    B8Flux b8Flux,
    boolean radiativeCorrections,
    int nadirBins)
    implements java.io.Serializable {

  @java.io.Serial private static final long serialVersionUID = 1L;

  /** Treatment of the ⁸B flux normalisation f_B = Φ(⁸B)/Φ_SSM(⁸B). */
  public enum B8Flux {
    /** Free: measured by the data (SNO's NC flux dominates). */
    FREE,
    /** With a Gaussian prior of the solar model's fractional error (12 % for B16). */
    SSM_PRIOR
  }

  public SolarOptions {
    if (nadirBins < 10) {
      throw new IllegalArgumentException("need at least 10 nadir bins, got " + nadirBins);
    }
  }

  public static SolarOptions defaults() {
    return new SolarOptions(
        SolarModel.Bundled.B16_GS98,
        SolarSurvival.Approximation.EFFECTIVE_TWO_FLAVOUR,
        B8Flux.FREE,
        true,
        400);
  }

  public SolarOptions withB8Flux(B8Flux f) {
    return new SolarOptions(solarModel, approximation, f, radiativeCorrections, nadirBins);
  }

  public SolarOptions withApproximation(SolarSurvival.Approximation a) {
    return new SolarOptions(solarModel, a, b8Flux, radiativeCorrections, nadirBins);
  }

  public SolarOptions withSolarModel(SolarModel.Bundled m) {
    return new SolarOptions(m, approximation, b8Flux, radiativeCorrections, nadirBins);
  }

  public SolarOptions withRadiativeCorrections(boolean on) {
    return new SolarOptions(solarModel, approximation, b8Flux, on, nadirBins);
  }
}
