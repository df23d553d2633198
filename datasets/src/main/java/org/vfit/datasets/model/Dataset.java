package org.vfit.datasets.model;

/** Any dataset: measured data or a prediction input. The kind-specific records implement it. */
public sealed interface Dataset
    permits Rates,
        PolynomialSurvival,
        DayNight,
        ReactorSpectrum,
        RecoilSpectrum,
        GaussianConstraint,
        Chi2Table,
        CrossSection,
        PredictedSpectra,
        ReactorFluxModel,
        ReactorBaselines,
        ReactorUnits,
        SolarFluxes,
        SolarSpectrum,
        ZenithExposure,
        SourceExperiments {

  Metadata meta();

  default String name() {
    return meta().name();
  }

  default Kind kind() {
    return meta().kind();
  }

  default Status status() {
    return meta().status();
  }
}
