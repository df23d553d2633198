package org.vfit.datasets.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.vfit.datasets.DatasetException;
import org.vfit.datasets.model.Chi2Table;
import org.vfit.datasets.model.CrossSection;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.Kind;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.PredictedSpectra;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorBaselines;
import org.vfit.datasets.model.ReactorFluxModel;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.ReactorUnits;
import org.vfit.datasets.model.RecoilSpectrum;
import org.vfit.datasets.model.SolarFluxes;
import org.vfit.datasets.model.SolarSpectrum;
import org.vfit.datasets.model.SourceExperiments;
import org.vfit.datasets.model.ZenithExposure;

/**
 * Reads and writes dataset files. Reading validates everything and reports the first problem as a
 * {@link DatasetException}; syntax errors are reported with the JSON pointer and line where the
 * parser stopped. Writing produces the canonical layout, which reads back to an equal record.
 */
public final class DatasetJson {
  private DatasetJson() {}

  /**
   * NaN and Infinity are accepted by the parser only so that validation can reject them with a
   * pointer ("found NaN") instead of a bare syntax error.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Indented objects, {@code "field": value} without a space before the colon. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  /**
   * Reads a dataset file; the file name in messages is the path as given. Only a regular file of at
   * most {@link BoundedFiles#MAX_DATASET_BYTES} is read (no FIFO, device or directory).
   */
  public static Dataset read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(file, BoundedFiles.MAX_DATASET_BYTES);
    } catch (BoundedFiles.UnreadableFileException e) {
      throw new DatasetException(source, "", "a readable dataset file", e.found());
    }
    return read(decode(bytes, source), source);
  }

  /** Validates a parsed dataset tree; {@code source} names it in messages. */
  public static Dataset read(JsonNode tree, String source) {
    return fromTree(tree, source);
  }

  /** Parses and validates dataset JSON; {@code source} names it in messages. */
  public static Dataset read(String json, String source) {
    return fromTree(parse(json, source), source);
  }

  public static String write(Dataset d) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(toTree(d)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + d.name(), e);
    }
  }

  public static ObjectNode toTree(Dataset d) {
    if (d instanceof Rates x) {
      return RatesCodec.write(x);
    } else if (d instanceof PolynomialSurvival x) {
      return PolynomialSurvivalCodec.write(x);
    } else if (d instanceof DayNight x) {
      return DayNightCodec.write(x);
    } else if (d instanceof ReactorSpectrum x) {
      return ReactorSpectrumCodec.write(x);
    } else if (d instanceof RecoilSpectrum x) {
      return RecoilSpectrumCodec.write(x);
    } else if (d instanceof GaussianConstraint x) {
      return GaussianConstraintCodec.write(x);
    } else if (d instanceof Chi2Table x) {
      return Chi2TableCodec.write(x);
    } else if (d instanceof CrossSection x) {
      return CrossSectionCodec.write(x);
    } else if (d instanceof PredictedSpectra x) {
      return PredictedSpectraCodec.write(x);
    } else if (d instanceof ReactorFluxModel x) {
      return ReactorFluxModelCodec.write(x);
    } else if (d instanceof ReactorBaselines x) {
      return ReactorBaselinesCodec.write(x);
    } else if (d instanceof ReactorUnits x) {
      return ReactorUnitsCodec.write(x);
    } else if (d instanceof SolarFluxes x) {
      return SolarFluxesCodec.write(x);
    } else if (d instanceof SolarSpectrum x) {
      return SolarSpectrumCodec.write(x);
    } else if (d instanceof ZenithExposure x) {
      return ZenithExposureCodec.write(x);
    } else if (d instanceof SourceExperiments x) {
      return SourceExperimentsCodec.write(x);
    }
    throw new IllegalStateException("no writer for " + d.getClass());
  }

  private static Dataset fromTree(JsonNode json, String source) {
    Node root = new Node(json, "", source);
    if (!json.isObject()) {
      throw root.failHere("a JSON object (a dataset)");
    }
    String expected = "one of " + Node.quoteAll(Kind.ids());
    Node kindNode = root.field("kind", expected);
    JsonNode kindJson = kindNode.json();
    if (kindJson.isTextual() && !Kind.ids().contains(kindJson.textValue())) {
      // The kind is the first thing checked, before the document is known to be a dataset: a
      // JSON file of another kind (credentials, configuration) has its value quoted only when it
      // looks like a kind name.
      String s = kindJson.textValue();
      throw kindNode.fail(
          expected,
          KIND_LIKE.matcher(s).matches()
              ? "the string \"" + s + "\""
              : "a string that is not a dataset kind");
    }
    Kind kind = kindNode.term(Kind.class);
    return switch (kind) {
      case RATES -> RatesCodec.read(root);
      case POLYNOMIAL_SURVIVAL -> PolynomialSurvivalCodec.read(root);
      case DAY_NIGHT -> DayNightCodec.read(root);
      case REACTOR_SPECTRUM -> ReactorSpectrumCodec.read(root);
      case RECOIL_SPECTRUM -> RecoilSpectrumCodec.read(root);
      case GAUSSIAN_CONSTRAINT -> GaussianConstraintCodec.read(root);
      case CHI2_TABLE -> Chi2TableCodec.read(root);
      case CROSS_SECTION -> CrossSectionCodec.read(root);
      case PREDICTED_SPECTRA -> PredictedSpectraCodec.read(root);
      case REACTOR_FLUX_MODEL -> ReactorFluxModelCodec.read(root);
      case REACTOR_BASELINES -> ReactorBaselinesCodec.read(root);
      case REACTOR_UNITS -> ReactorUnitsCodec.read(root);
      case SOLAR_FLUXES -> SolarFluxesCodec.read(root);
      case SOLAR_SPECTRUM -> SolarSpectrumCodec.read(root);
      case ZENITH_EXPOSURE -> ZenithExposureCodec.read(root);
      case SOURCE_EXPERIMENTS -> SourceExperimentsCodec.read(root);
    };
  }

  /** What an unknown kind may look like to be quoted in a message. */
  private static final Pattern KIND_LIKE = Pattern.compile("[a-z0-9-]{1,40}");

  private static String decode(byte[] bytes, String source) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A byte-order mark is legal at the start of UTF-8 text but not JSON; editors write it.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DatasetException(
          source,
          "",
          "a UTF-8 text file",
          "bytes that are not UTF-8 (a binary or differently encoded file)");
    }
  }

  private static JsonNode parse(String json, String source) {
    try (JsonParser p = MAPPER.createParser(json)) {
      JsonNode root = MAPPER.readTree(p);
      if (root == null || root.isMissingNode()) {
        throw new DatasetException(source, "", "a JSON object (a dataset)", "an empty file");
      }
      JsonToken extra = p.nextToken();
      if (extra != null) {
        JsonLocation loc = p.currentTokenLocation();
        throw new DatasetException(
            source,
            "",
            "a single JSON object",
            "more content after it at line " + loc.getLineNr() + ", column " + loc.getColumnNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e, source);
    } catch (IOException e) {
      // Parsing a String does no I/O; anything else is a content problem of the document.
      throw new DatasetException(source, "", "well-formed JSON", "malformed JSON");
    }
  }

  /** Turns a parser error into a message that quotes nothing from the file. */
  static DatasetException syntaxError(JsonProcessingException e, String source) {
    JsonSyntax.Problem p = JsonSyntax.of(e);
    if (p.truncated()) {
      return new DatasetException(source, p.pointer(), "the rest of the JSON document", p.found());
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
      return new DatasetException(source, p.pointer(), "each field once", p.found());
    }
    return new DatasetException(source, p.pointer(), "well-formed JSON", p.found());
  }
}
