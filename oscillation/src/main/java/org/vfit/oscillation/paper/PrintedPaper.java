package org.vfit.oscillation.paper;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.vfit.oscillation.MassOrdering;

/**
 * The paper's numbers as printed (Table 1, Appendix B Eqs. B13–B18, Appendix C), read from the
 * bundled transcription {@code shen2025-printed.json} (see {@code SOURCES.md} beside it) by the
 * command line, which has the JSON reader. Values are kept exactly as printed, in the printed
 * units; {@link PrintedComparison} sets them against what vfit computes.
 *
 * @param source what the numbers are (the paper, its tables)
 * @param status how they were transcribed, and the caveats of the transcription
 * @param table1 Table 1's row per ordering
 * @param appendixB Appendix B's splittings and Δm_i per ordering
 * @param appendixC Appendix C's estimate
 */
public record PrintedPaper(
    String source,
    String status,
    Map<MassOrdering, Table1Row> table1,
    Map<MassOrdering, AppendixB> appendixB,
    AppendixC appendixC) {

  /** Class-path location of the bundled transcription. */
  public static final String RESOURCE = "/org/vfit/oscillation/paper/shen2025-printed.json";

  public PrintedPaper {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    table1 = copy(table1);
    appendixB = copy(appendixB);
    Objects.requireNonNull(appendixC, "appendixC");
  }

  private static <T> Map<MassOrdering, T> copy(Map<MassOrdering, T> m) {
    Map<MassOrdering, T> c = new EnumMap<>(MassOrdering.class);
    c.putAll(m);
    return Collections.unmodifiableMap(c);
  }

  /**
   * One row of Table 1 as printed, in 1e-4 eV² and radians, read as the transcription suggests:
   * three diagonal offsets A_αα − Ā, three phases φ of the relation (A_βα)* = A_αβ·e^{iφ} taken as
   * arg A_αβ, then three signed numbers read as the moduli |A_eμ|, |A_eτ|, |A_μτ|.
   *
   * @param ee printed A_ee − Ā
   * @param mumu printed A_μμ − Ā
   * @param tautau printed A_ττ − Ā
   * @param phaseEmu printed phase of A_eμ, radians
   * @param phaseEtau printed phase of A_eτ, radians
   * @param phaseMutau printed phase of A_μτ, radians
   * @param modulusEmu first trailing number (read as |A_eμ|)
   * @param modulusEtau second trailing number (read as |A_eτ|)
   * @param modulusMutau third trailing number (read as |A_μτ|)
   */
  public record Table1Row(
      double ee,
      double mumu,
      double tautau,
      double phaseEmu,
      double phaseEtau,
      double phaseMutau,
      double modulusEmu,
      double modulusEtau,
      double modulusMutau) {

    /** Sum of the printed diagonal offsets (zero for any A − tr A/3). */
    public double diagonalSum() {
      return ee + mumu + tautau;
    }
  }

  /**
   * Appendix B as printed (eV²): the splittings and Δm_i with the printed definitions Δm₁ = −(Δm²₂₁
   * + Δm²₃₁)/3, Δm₂ = (2Δm²₂₁ − Δm²₃₁)/3, Δm₃ = (2Δm²₃₁ − Δm²₂₁)/3, i.e. m_i² − mean(m²).
   */
  public record AppendixB(
      double dm21EV2, double dm31EV2, double dm1EV2, double dm2EV2, double dm3EV2) {

    /** Δm₁ from the printed splittings by the printed definition. */
    public double dm1FromDefinition() {
      return -(dm21EV2 + dm31EV2) / 3;
    }

    public double dm2FromDefinition() {
      return (2 * dm21EV2 - dm31EV2) / 3;
    }

    public double dm3FromDefinition() {
      return (2 * dm31EV2 - dm21EV2) / 3;
    }
  }

  /**
   * Appendix C as printed.
   *
   * @param sourceActivityBq the BEST source activity the paper uses, Bq
   * @param sourceNeutrinosPerSecond its ν emission rate, ν/s
   * @param missingFraction the deficit the paper takes (20 %)
   * @param missingNeutrinosPerSecond the missing rate it compares with, ν/s
   * @param relicDensityPerCm3 n per flavour, cm⁻³
   * @param speedCmPerS c as used, cm/s
   * @param innerSphereDiameterCm the BEST inner-sphere size d, cm (a diameter in BEST's papers)
   * @param printedN the printed N = n c π d², ν/s
   */
  public record AppendixC(
      double sourceActivityBq,
      double sourceNeutrinosPerSecond,
      double missingFraction,
      double missingNeutrinosPerSecond,
      double relicDensityPerCm3,
      double speedCmPerS,
      double innerSphereDiameterCm,
      double printedN) {}
}
