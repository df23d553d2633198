package org.vfit.datasets.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The dataset kinds; {@link #id()} is the value of the {@code kind} field in a file. */
public enum Kind implements Term {
  RATES("rates", Rates.class),
  POLYNOMIAL_SURVIVAL("polynomial-survival", PolynomialSurvival.class),
  DAY_NIGHT("day-night", DayNight.class),
  REACTOR_SPECTRUM("reactor-spectrum", ReactorSpectrum.class),
  RECOIL_SPECTRUM("recoil-spectrum", RecoilSpectrum.class),
  GAUSSIAN_CONSTRAINT("gaussian-constraint", GaussianConstraint.class),
  CHI2_TABLE("chi2-table", Chi2Table.class),
  CROSS_SECTION("cross-section", CrossSection.class),
  PREDICTED_SPECTRA("predicted-spectra", PredictedSpectra.class),
  REACTOR_FLUX_MODEL("reactor-flux-model", ReactorFluxModel.class),
  REACTOR_BASELINES("reactor-baselines", ReactorBaselines.class),
  REACTOR_UNITS("reactor-units", ReactorUnits.class),
  SOLAR_FLUXES("solar-fluxes", SolarFluxes.class),
  SOLAR_SPECTRUM("solar-spectrum", SolarSpectrum.class),
  ZENITH_EXPOSURE("zenith-exposure", ZenithExposure.class),
  SOURCE_EXPERIMENTS("source-experiments", SourceExperiments.class);

  private final String id;
  private final Class<? extends Dataset> type;

  Kind(String id, Class<? extends Dataset> type) {
    this.id = id;
    this.type = type;
  }

  @Override
  public String id() {
    return id;
  }

  public Class<? extends Dataset> type() {
    return type;
  }

  public static Optional<Kind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Kind::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
