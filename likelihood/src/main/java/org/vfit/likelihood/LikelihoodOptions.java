package org.vfit.likelihood;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vfit.likelihood.reactor.KamLandOptions;
import org.vfit.likelihood.solar.SolarOptions;

/**
 * Every modelling choice of the likelihood terms in one value (DESIGN §5: each lever is explicit,
 * reaches the command line and is recorded in results): the solar term's and the reactor-spectrum
 * terms'. Serialisable, so work units rebuilt in another JVM build the same terms.
 *
 * @param solar choices of the solar term (solar model, survival form, ⁸B flux, ν–e radiative
 *     corrections)
 * @param reactor choices of the reactor-spectrum terms (reactor table, propagation, spectral shape,
 *     geo-ν̄ treatment, cross section)
 */
public record LikelihoodOptions(SolarOptions solar, KamLandOptions reactor)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public LikelihoodOptions {
    Objects.requireNonNull(solar, "solar");
    Objects.requireNonNull(reactor, "reactor");
  }

  /** The documented defaults of both. */
  public static LikelihoodOptions defaults() {
    return new LikelihoodOptions(SolarOptions.defaults(), KamLandOptions.defaults());
  }

  public LikelihoodOptions withSolar(SolarOptions s) {
    return new LikelihoodOptions(s, reactor);
  }

  public LikelihoodOptions withReactor(KamLandOptions r) {
    return new LikelihoodOptions(solar, r);
  }

  /**
   * The choices as ordered {@code key → value} text, for result files and reports ({@code
   * solar.model}, {@code reactor.geo}, …); equal options give equal maps.
   */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("solar.model", solar.solarModel().label());
    out.put("solar.survival", solar.approximation().name());
    out.put(
        "solar.b8Flux",
        solar.b8Flux().name()
            + (solar.b8Flux() == SolarOptions.B8Flux.FREE
                ? " (profiled analytically)"
                : " (profiled analytically with the solar model's prior)"));
    out.put(
        "solar.elasticScattering",
        solar.radiativeCorrections() ? "BKS 1995 radiative corrections" : "tree level");
    out.put("solar.nadirBins", Integer.toString(solar.nadirBins()));
    out.put(
        "reactor.table",
        (reactor.reactorTable() == null ? "dataset default" : reactor.reactorTable())
            + (reactor.prisStart() == null && reactor.prisEnd() == null
                ? ""
                : " averaged " + reactor.prisStart() + " to " + reactor.prisEnd()));
    out.put(
        "reactor.propagation",
        reactor.propagation() == KamLandOptions.Propagation.CRUST
            ? "CRUST (rho = "
                + reactor.crustDensityGcm3()
                + " g/cm^3, Y_e = "
                + reactor.crustElectronFraction()
                + ")"
            : "VACUUM");
    out.put("reactor.shape", reactor.shape().name());
    out.put("reactor.geo", reactor.freeBackgrounds().name());
    out.put("reactor.crossSection", reactor.crossSection().name());
    out.put("reactor.neutronRecoil", Boolean.toString(reactor.neutronRecoil()));
    out.put("reactor.normalisation", reactor.normalisation().name());
    out.put("reactor.fluxAnchor", reactor.fluxAnchor().name());
    out.put("reactor.annualPlacement", reactor.annualPlacement().name());
    return out;
  }
}
