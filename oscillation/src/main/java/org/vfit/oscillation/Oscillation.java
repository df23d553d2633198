package org.vfit.oscillation;

import org.vfit.oscillation.earth.Detector;
import org.vfit.oscillation.earth.EarthChord;
import org.vfit.oscillation.earth.EarthModel;
import org.vfit.oscillation.earth.SolarDayNight;
import org.vfit.oscillation.solar.SolarModel;
import org.vfit.oscillation.solar.SolarSurvival;

/**
 * The front door of the oscillation module: the common entry points in one place, each delegating
 * to the class that does the work (named in its description), so a reader can start here and follow
 * the links.
 *
 * <pre>{@code
 * MixingParameters p = MixingParameters.ofDegrees(7.42e-5, 2.514e-3, 33.44, 8.57, 49.0, 195);
 * NeutrinoModel h = Oscillation.hModel(p);                      // A_ν̄ = A_ν*
 * double pee = Oscillation.probability(h, NeutrinoType.ANTINEUTRINO, Flavour.E, Flavour.E,
 *     4.0, Oscillation.constantDensity(180, 2.6, 0.5));        // KamLAND-like
 * SolarDayNight sk = Oscillation.solarDayNight(Detector.KAMIOKA);
 * SolarDayNight.Result r = sk.probabilities(SolarFluxComponent.B8, 10, p);
 * }</pre>
 */
public final class Oscillation {
  private Oscillation() {}

  // ---- mixing parameters ⇄ potential matrix ------------------------------------------------

  /** A_ν = ½ U diag(0, Δm²₂₁, Δm²₃₁) U† in eV² ({@link PotentialMatrix#fromMixing}). */
  public static PotentialMatrix potential(MixingParameters p) {
    return PotentialMatrix.fromMixing(p);
  }

  /**
   * The mixing parameters of a potential matrix, the inverse of {@link #potential} up to flavour
   * rephasing and the trace ({@link PotentialMatrix#toMixing}).
   */
  public static MixingParameters mixing(PotentialMatrix a) {
    return a.toMixing();
  }

  /**
   * Everything a potential matrix holds: angles, δ, splittings, trace and flavour phases, for an
   * exact A → parameters → A round trip ({@link PotentialMatrix#decompose}).
   */
  public static ApparentParameters apparent(PotentialMatrix a) {
    return a.decompose();
  }

  // ---- models -----------------------------------------------------------------------------

  /** The H-model: massive neutrinos, A_ν̄ = A_ν* ({@link StandardMassModel}). */
  public static NeutrinoModel hModel(MixingParameters p) {
    return new StandardMassModel(p);
  }

  /** Shen's V-model with independent potential matrices ({@link VModel}). */
  public static NeutrinoModel vModel(PotentialMatrix nu, PotentialMatrix nubar) {
    return new VModel(nu, nubar);
  }

  /**
   * The V-model from apparent mixing parameters of each type; equal arguments give the H-model
   * ({@link VModel#ofMixing}).
   */
  public static NeutrinoModel vModel(MixingParameters nu, MixingParameters nubarApparent) {
    return VModel.ofMixing(nu, nubarApparent);
  }

  // ---- paths and propagation -------------------------------------------------------------

  /** A vacuum baseline ({@link MatterProfile#vacuum}). */
  public static MatterProfile vacuum(double baselineKm) {
    return MatterProfile.vacuum(baselineKm);
  }

  /**
   * One layer of constant density in g/cm³ with electron fraction Y_e ({@link
   * MatterProfile#constant}).
   */
  public static MatterProfile constantDensity(
      double baselineKm, double densityGcm3, double electronFraction) {
    return MatterProfile.constant(baselineKm, densityGcm3, electronFraction);
  }

  /**
   * The chord through PREM at nadir angle η (radians), in slabs of at most 100 km ({@link
   * EarthChord#profile}).
   */
  public static MatterProfile earthChord(double nadirRad) {
    return EarthChord.profile(EarthModel.prem(), nadirRad, EarthChord.DEFAULT_MAX_SLAB_KM);
  }

  /** A propagator for layered paths. It keeps work arrays: one per thread ({@link Propagator}). */
  public static Propagator propagator() {
    return new Propagator();
  }

  /**
   * P(α → β) for one neutrino type of a model along a path, exact three-flavour (a new {@link
   * Propagator} per call; keep one from {@link #propagator()} for many calls).
   */
  public static double probability(
      NeutrinoModel model,
      NeutrinoType type,
      Flavour from,
      Flavour to,
      double energyMeV,
      MatterProfile path) {
    return new Propagator().probability(model.hamiltonian(type), from, to, energyMeV, path);
  }

  // ---- the Sun and the Earth ----------------------------------------------------------------

  /**
   * Adiabatic MSW survival in the default solar model, B16-GS98, production-averaged ({@link
   * SolarSurvival}).
   */
  public static SolarSurvival solarSurvival() {
    return new SolarSurvival(SolarModel.standard());
  }

  /** The same in a bundled solar model ({@link SolarModel.Bundled}). */
  public static SolarSurvival solarSurvival(SolarModel.Bundled model) {
    return new SolarSurvival(SolarModel.bundled(model));
  }

  /**
   * Day, night and annual-average solar ν_e survival at a detector, with Earth regeneration along
   * PREM chords averaged over the detector's annual nadir exposure, evaluated directly (for a few
   * energies; {@link SolarDayNight#forDetector} tabulates it for fits).
   */
  public static SolarDayNight solarDayNight(Detector detector) {
    return SolarDayNight.forDetector(
        solarSurvival(), detector, SolarDayNight.DEFAULT_NADIR_BINS, false);
  }
}
