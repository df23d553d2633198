package org.vfit.oscillation.solar;

import java.util.ArrayList;
import java.util.List;
import org.vfit.oscillation.Flavour;
import org.vfit.oscillation.Hamiltonian;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.MatterProfile;
import org.vfit.oscillation.NeutrinoType;
import org.vfit.oscillation.PhysicalConstants;
import org.vfit.oscillation.PotentialMatrix;
import org.vfit.oscillation.Propagator;

/**
 * Reference calculation: exact three-flavour evolution of a ν_e produced at radius r₀ through the
 * solar electron-density profile to the surface, in thin constant-density shells, followed by
 * decoherence into vacuum mass states on the way to Earth. Slow (tens of thousands of layers); used
 * to validate {@link SolarSurvival}, not in fits.
 */
public final class SolarNumericalEvolution {
  private final SolarModel model;
  private final int shells;

  /**
   * @param shells number of constant-density shells of equal thickness from r₀ to the surface
   */
  public SolarNumericalEvolution(SolarModel model, int shells) {
    this.model = model;
    this.shells = shells;
  }

  /**
   * Mass-state fractions at the surface for a ν_e produced at r₀ (R_sun): {@code out[i]} =
   * |⟨ν_{i+1}|ψ(R_sun)⟩|², mass labels as {@link PotentialMatrix#decompose()}.
   */
  public void massFractions(
      PotentialMatrix aNu, double energyMeV, double productionRadius, double[] out) {
    MatterProfile path = path(productionRadius);
    // |⟨ν_i|S|e⟩|² = |⟨e|S†|ν_i⟩|², and S† = conj(S') with S' the evolution under H* along the
    // reversed path; conj(ν_i) are the eigenvectors of A*. So the mass-state projection is
    // Propagator.massStateToFlavour applied to A* on the reversed path.
    PotentialMatrix conj = aNu.conjugate();
    new Propagator()
        .massStateToFlavour(
            new Hamiltonian(conj, NeutrinoType.NEUTRINO),
            Flavour.E,
            energyMeV,
            path.reversed(),
            Propagator.massLabelSlots(conj),
            out);
  }

  /** Day survival P_ee = Σ_i P_i |U_ei|² for production at r₀. */
  public double dayProbability(PotentialMatrix aNu, double energyMeV, double productionRadius) {
    double[] f = new double[3];
    massFractions(aNu, energyMeV, productionRadius, f);
    int[] slot = Propagator.massLabelSlots(aNu);
    double p = 0;
    for (int i = 0; i < 3; i++) {
      double vr = aNu.eigenvectorRe(slot[i], 0), vi = aNu.eigenvectorIm(slot[i], 0);
      p += f[i] * (vr * vr + vi * vi);
    }
    return p;
  }

  private MatterProfile path(double r0) {
    // Uniform shells in r with the density at each shell's midpoint (second-order accurate in
    // the shell thickness); convergence is checked in the tests by doubling the count.
    List<MatterLayer> layers = new ArrayList<>(shells);
    double dr = (1.0 - r0) / shells;
    for (int i = 0; i < shells; i++) {
      double mid = r0 + (i + 0.5) * dr;
      layers.add(new MatterLayer(dr * PhysicalConstants.SUN_RADIUS_KM, model.electronDensity(mid)));
    }
    return new MatterProfile(layers);
  }
}
