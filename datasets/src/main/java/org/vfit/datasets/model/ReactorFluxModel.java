package org.vfit.datasets.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reactor ν̄_e flux model: per fissioning isotope, the spectrum per fission dN/dE = exp(Σ_p a_p
 * E^p) (E in MeV, antineutrinos per fission per MeV), the energy released per fission, and the
 * inverse-beta-decay cross-section constants a prediction needs.
 *
 * @param energyMin and {@code energyMax}: range in MeV over which the parametrisation was fitted
 */
public record ReactorFluxModel(
    Metadata meta,
    double energyMin,
    double energyMax,
    Map<String, IsotopeSpectrum> isotopes,
    Map<String, EnergyPerFission> energyPerFission,
    Ibd ibd)
    implements Dataset {

  public ReactorFluxModel {
    Objects.requireNonNull(meta, "meta");
    isotopes = Checks.orderedMap(isotopes, "isotopes");
    energyPerFission = Checks.orderedMap(energyPerFission, "energyPerFission");
    Objects.requireNonNull(ibd, "ibd");
  }

  /**
   * The exp-polynomial of one isotope.
   *
   * @param origin which conversion it is taken from (e.g. "Huber 2011")
   * @param uncertainties 1σ per coefficient (uncorrelated, as published), or null
   */
  public record IsotopeSpectrum(String origin, Values coefficients, Values uncertainties) {
    public IsotopeSpectrum {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(coefficients, "coefficients");
      Checks.sameLength("uncertainties", coefficients.size(), uncertainties);
    }

    /** dN/dE at E (MeV), antineutrinos per fission per MeV. */
    public double at(double energy) {
      double exponent = 0;
      double power = 1;
      for (int p = 0; p < coefficients.size(); p++) {
        exponent += coefficients.get(p) * power;
        power *= energy;
      }
      return Math.exp(exponent);
    }
  }

  /** Thermal energy released per fission and its 1σ, MeV. */
  public record EnergyPerFission(double value, double sigma) {}

  /**
   * Inverse-beta-decay constants.
   *
   * @param strumiaVissani σ(E) = prefactor · p_e E_e · E^(a + b ln E + c ln³E) cm², E_e = E − Δ
   * @param vogelBeacomSigma0 zeroth-order σ = σ₀ E_e p_e, σ₀ in cm²/MeV²
   * @param neutronMass and the other masses in MeV; Δ = m_n − m_p
   */
  public record Ibd(
      StrumiaVissani strumiaVissani,
      double vogelBeacomSigma0,
      double neutronMass,
      double protonMass,
      double electronMass) {
    public Ibd {
      Objects.requireNonNull(strumiaVissani, "strumiaVissani");
    }

    /** Δ = m_n − m_p, MeV. */
    public double delta() {
      return neutronMass - protonMass;
    }

    /** E_thr = ((m_n + m_e)² − m_p²)/(2 m_p), MeV (1.806 MeV). */
    public double threshold() {
      double s = neutronMass + electronMass;
      return (s * s - protonMass * protonMass) / (2 * protonMass);
    }
  }

  /** Constants of Strumia and Vissani's approximate total cross section (their Eq. 25). */
  public record StrumiaVissani(double prefactor, double a, double b, double c) {}

  public IsotopeSpectrum isotope(String name) {
    IsotopeSpectrum s = isotopes.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "no isotope " + name + " in " + name() + "; have " + isotopes.keySet());
    }
    return s;
  }

  public static final List<String> ISOTOPES = ReactorSpectrum.ISOTOPES;
}
