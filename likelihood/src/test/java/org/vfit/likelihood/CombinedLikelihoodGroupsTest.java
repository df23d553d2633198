package org.vfit.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vfit.oscillation.MixingParameters;

/**
 * Parameter sets beyond ν and ν̄: the default grouping is the by-sector layout of H0/H1, and
 * explicit groups give each group its own copy of each freed parameter it reads.
 */
class CombinedLikelihoodGroupsTest {

  /** χ² = Σ (value − centre)² over the parameters the term reads; records what it was given. */
  private record Probe(
      String name, Sector sector, EnumSet<OscillationParameter> reads, double[] centre)
      implements LikelihoodTerm {
    @Override
    public List<NuisanceParameter> nuisanceParameters() {
      return List.of();
    }

    @Override
    public double chi2(MixingParameters p, double[] nuisance) {
      double[] v = {p.dm21EV2() / 1e-5, p.sin2Theta12(), p.sin2Theta13()};
      double s = 0;
      for (OscillationParameter q : reads) {
        double d = v[q.ordinal()] - centre[q.ordinal()];
        s += d * d;
      }
      return s;
    }

    @Override
    public int dataPoints() {
      return reads.size();
    }

    @Override
    public java.util.Set<OscillationParameter> dependsOn() {
      return EnumSet.copyOf(reads);
    }

    @Override
    public LikelihoodTerm toy(MixingParameters p, double[] nuisance, SplittableRandom rng) {
      return this;
    }

    @Override
    public LikelihoodTerm asimov(MixingParameters p, double[] nuisance) {
      return this;
    }
  }

  private static final EnumSet<OscillationParameter> ALL =
      EnumSet.allOf(OscillationParameter.class);
  private static final Probe SUN = new Probe("sun", Sector.NU, ALL, new double[] {6, 0.30, 0.02});
  private static final Probe FAR =
      new Probe("far", Sector.NUBAR, ALL, new double[] {7.5, 0.31, 0.022});
  private static final Probe MID =
      new Probe("mid", Sector.NUBAR, ALL, new double[] {7.4, 0.32, 0.023});
  private static final Probe THETA13 =
      new Probe(
          "theta13",
          Sector.NUBAR,
          EnumSet.of(OscillationParameter.SIN2_THETA13),
          new double[] {0, 0, 0.0218});
  private static final MixingParameters START =
      MixingParameters.ofSin2(7e-5, 2.5e-3, 0.3, 0.022, 0.5, 0);

  private static TermGroups classes() {
    return new TermGroups(
        List.of(
            new TermGroups.Group("solar", Sector.NU, List.of("sun"), ALL),
            new TermGroups.Group("dayabay", Sector.NUBAR, List.of("theta13"), THETA13.dependsOn()),
            new TermGroups.Group("juno", Sector.NUBAR, List.of("mid"), ALL),
            new TermGroups.Group("kamland", Sector.NUBAR, List.of("far"), ALL)));
  }

  @Test
  void defaultGroupingIsTheSectorLayoutOfH0AndH1() {
    List<LikelihoodTerm> terms = List.of(SUN, FAR, THETA13);
    CombinedLikelihood h1 = new CombinedLikelihood(terms, Hypothesis.h1SharedTheta13(), START);
    assertEquals(
        List.of("nu.dm21", "nubar.dm21", "nu.sin2theta12", "nubar.sin2theta12", "sin2theta13"),
        h1.parameterNames());
    assertEquals(List.of("nu", "nubar"), h1.groupLabels());
    CombinedLikelihood h0 = new CombinedLikelihood(terms, Hypothesis.h0(), START);
    assertEquals(List.of("dm21", "sin2theta12", "sin2theta13"), h0.parameterNames());
    assertEquals(
        h1.index(Sector.NUBAR, OscillationParameter.DM21),
        h1.index("nubar", OscillationParameter.DM21));
  }

  @Test
  void explicitGroupsGetOneCopyPerGroupThatReadsAFreedParameter() {
    List<LikelihoodTerm> terms = List.of(SUN, FAR, MID, THETA13);
    CombinedLikelihood l =
        new CombinedLikelihood(terms, Hypothesis.h1SharedTheta13(), START, classes());
    // The θ13-only group gets no Δm²21 or θ12 of its own: nothing would constrain them.
    assertEquals(
        List.of(
            "solar.dm21",
            "juno.dm21",
            "kamland.dm21",
            "solar.sin2theta12",
            "juno.sin2theta12",
            "kamland.sin2theta12",
            "sin2theta13"),
        l.parameterNames());
    assertEquals(List.of("solar", "dayabay", "juno", "kamland"), l.groupLabels());
    // Each term sees its own group's values: χ² vanishes at every centre at once.
    double[] x = {6, 7.4, 7.5, 0.30, 0.32, 0.31, 0.022};
    assertEquals(
        (0.02 - 0.022) * (0.02 - 0.022)
            + (0.023 - 0.022) * (0.023 - 0.022)
            + (0.0218 - 0.022) * (0.0218 - 0.022),
        l.value(x),
        1e-15);
    assertEquals(7.4e-5, l.groupParameters("juno", x).dm21EV2(), 1e-18);
    assertEquals(0.31, l.termParameters(1, x).sin2Theta12(), 1e-15);
    // Under H0 every group reads one set.
    CombinedLikelihood h0 = new CombinedLikelihood(terms, Hypothesis.h0(), START, classes());
    assertEquals(List.of("dm21", "sin2theta12", "sin2theta13"), h0.parameterNames());
  }

  @Test
  void idsLocateEveryEntryAndStartsEnterInTheFitUnit() {
    List<LikelihoodTerm> terms = List.of(SUN, FAR, MID, THETA13);
    CombinedLikelihood l =
        new CombinedLikelihood(terms, Hypothesis.h1SharedTheta13(), START, classes());
    List<ParameterId> ids = l.parameterIds();
    assertEquals(l.parameterNames(), ids.stream().map(ParameterId::label).toList());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, l.index(ids.get(i)));
      assertEquals(ids.get(i), ParameterId.parse(ids.get(i).label()));
    }
    assertEquals(
        l.index("juno", OscillationParameter.DM21),
        l.index(ParameterId.of("juno", OscillationParameter.DM21)));
    assertEquals(-1, l.index(ParameterId.of("dayabay", OscillationParameter.DM21)));
    assertEquals(
        l.index("dayabay", OscillationParameter.SIN2_THETA13),
        l.index(ParameterId.shared(OscillationParameter.SIN2_THETA13)));
    // START has Δm²21 = 7e-5 eV²: 7 in the fit's 1e-5 eV² (one rounding).
    assertEquals(7.0, l.startValues()[l.index("solar", OscillationParameter.DM21)], 1e-15);
  }

  @Test
  void aGroupMustNotMixSectors() {
    TermGroups wrong =
        new TermGroups(List.of(new TermGroups.Group("mixed", Sector.NUBAR, List.of("sun"), ALL)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CombinedLikelihood(List.of(SUN, FAR), Hypothesis.h0(), START, wrong));
    assertEquals(
        "group mixed is a nubar group but term sun reads the nu parameters", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TermGroups(
                List.of(
                    new TermGroups.Group("a", Sector.NUBAR, List.of("far"), ALL),
                    new TermGroups.Group("b", Sector.NUBAR, List.of("far"), ALL))));
  }
}
