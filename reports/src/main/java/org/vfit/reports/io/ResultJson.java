package org.vfit.reports.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vfit.datasets.io.JsonSyntax;
import org.vfit.reports.result.InvalidFieldException;
import org.vfit.reports.result.Result;
import org.vfit.reports.result.ScanResult;
import org.vfit.reports.result.Summary;
import org.vfit.reports.result.TensionResult;

/**
 * JSON form of the result schema. Reading is strict (unknown fields, missing fields, duplicate
 * keys, strings where numbers belong and trailing content are all errors) because a result file is
 * the source of truth of a run: a silently defaulted field would be a wrong report. Every failure
 * is translated into a {@link MalformedResultException} that names the JSON pointer of the field.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = mapper();
  private static final Pattern MISSING =
      Pattern.compile("Missing (?:required )?creator property '([^']+)'");

  private ResultJson() {}

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // "1.5" is not 1.5 in a result file: a quoted number means the writer was not ours.
    for (LogicalType t : List.of(LogicalType.Float, LogicalType.Integer, LogicalType.Boolean)) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /**
   * The result as pretty-printed UTF-8 JSON ending in a newline; equal results give equal bytes.
   */
  public static byte[] toBytes(TensionResult result) {
    return withNewline(write(result));
  }

  /** The short {@code --json} summary as compact JSON (one line, no trailing newline). */
  public static String summary(TensionResult result) {
    try {
      return MAPPER
          .writer()
          .without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(Summary.of(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result records are always serialisable", e);
    }
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result records are always serialisable", e);
    }
  }

  private static byte[] withNewline(byte[] json) {
    byte[] out = new byte[json.length + 1];
    System.arraycopy(json, 0, out, 0, json.length);
    out[json.length] = '\n';
    return out;
  }

  /**
   * Parses a result.
   *
   * @param json the file content
   * @param source the file name for error messages
   */
  public static TensionResult fromBytes(byte[] json, String source)
      throws MalformedResultException {
    return read(json, source, TensionResult.class);
  }

  /**
   * Parses a result file of any kind vfit writes (a tension run or a scan), chosen by its {@code
   * schema} field.
   */
  public static Result fromBytesAny(byte[] json, String source) throws MalformedResultException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (StreamReadException | StreamConstraintsException e) {
      throw syntax(e, null, source);
    } catch (IOException e) {
      throw new MalformedResultException(source, "", "not valid JSON");
    }
    if (tree == null || tree.isMissingNode()) {
      throw new MalformedResultException(source, "", "the file is empty");
    }
    if (!tree.isObject()) {
      throw new MalformedResultException(source, "", "expected a JSON object (a vfit result)");
    }
    JsonNode schema = tree.get("schema");
    String name = schema != null && schema.isTextual() ? schema.textValue() : null;
    Class<? extends Result> type =
        TensionResult.SCHEMA.equals(name)
            ? TensionResult.class
            : ScanResult.SCHEMA.equals(name) ? ScanResult.class : null;
    if (type == null) {
      String found =
          name == null
              ? "no schema string"
              : name.startsWith("vfit-")
                  ? "\"" + name + "\"" + (name.endsWith("/1") ? " (an older vfit; rerun it)" : "")
                  : "another schema";
      throw new MalformedResultException(
          source,
          "/schema",
          "this vfit reads \""
              + TensionResult.SCHEMA
              + "\" (tension) or \""
              + ScanResult.SCHEMA
              + "\" (contour, profile); the file has "
              + found);
    }
    return read(json, source, type);
  }

  private static <T> T read(byte[] json, String source, Class<T> type)
      throws MalformedResultException {
    try {
      return MAPPER.readValue(json, type);
    } catch (StreamReadException | StreamConstraintsException e) {
      throw syntax(e, null, source);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException cause) {
        throw syntax(cause, pointer(e.getPath()), source);
      }
      throw mapping(e, source);
    } catch (IOException e) {
      throw new MalformedResultException(source, "", "could not be read");
    }
  }

  /** A scan result as pretty-printed UTF-8 JSON ending in a newline. */
  public static byte[] toBytes(ScanResult result) {
    return withNewline(write(result));
  }

  /** Parses a result from a string; see {@link #fromBytes}. */
  public static TensionResult fromString(String json, String source)
      throws MalformedResultException {
    return fromBytes(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private static MalformedResultException syntax(
      JsonProcessingException e, String wrapperPointer, String source) {
    // The parser's own context is the most precise place; the wrapper's path is the fallback.
    String pointer = wrapperPointer == null ? "" : wrapperPointer;
    if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
      String parsed = p.getParsingContext().pathAsPointer().toString();
      if (parsed.length() > pointer.length()) {
        pointer = parsed;
      }
    }
    // Jackson's own message quotes the token it stopped at: a file that is not JSON could be
    // anything readable, so only vfit's description of the mistake is shown.
    JsonSyntax.Problem problem = JsonSyntax.of(e);
    String reason = e.getOriginalMessage();
    if (reason != null && reason.startsWith("Duplicate field")) {
      return new MalformedResultException(source, pointer, "field appears twice");
    }
    return new MalformedResultException(source, pointer, "not valid JSON: " + problem.found());
  }

  private static MalformedResultException mapping(JsonMappingException e, String source) {
    String pointer = pointer(e.getPath());
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof InvalidFieldException f) {
      return new MalformedResultException(source, pointer + "/" + f.field(), f.problem());
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return new MalformedResultException(
          source, pointer, "invalid value: " + e.getCause().getMessage());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      String expected =
          known == null
              ? ""
              : "; expected one of: "
                  + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return new MalformedResultException(
          source, pointer, "unknown field \"" + u.getPropertyName() + "\"" + expected);
    }
    if (e instanceof InvalidNullException) {
      return new MalformedResultException(source, pointer, "must not be null");
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher missing = MISSING.matcher(original);
    if (missing.find()) {
      String field = "/" + escape(missing.group(1));
      return new MalformedResultException(
          source, pointer.endsWith(field) ? pointer : pointer + field, "required field is missing");
    }
    if (original.startsWith("No content to map")) {
      return new MalformedResultException(source, "", "the file is empty");
    }
    if (original.startsWith("Trailing token")) {
      return new MalformedResultException(
          source, "", "unexpected content after the end of the JSON document");
    }
    if (e instanceof InvalidFormatException f) {
      return new MalformedResultException(
          source,
          pointer,
          "expected " + describe(f.getTargetType()) + ", found " + quote(f.getValue()));
    }
    if (e instanceof MismatchedInputException m) {
      JsonToken token = e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
      return new MalformedResultException(
          source,
          pointer,
          "expected " + describe(m.getTargetType()) + ", found " + describe(token));
    }
    // Any other mapping error: Jackson's text would name Java types, so say only where.
    return new MalformedResultException(source, pointer, "a value of the wrong form here");
  }

  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        sb.append('/').append(escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  /** RFC 6901 escaping of one reference token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "a number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return "one of " + enumNames(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String enumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (f.isEnumConstant()) {
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        names.add("\"" + (p != null ? p.value() : f.getName()) + "\"");
      }
    }
    return String.join(", ", names);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static String quote(Object value) {
    if (value instanceof String s) {
      // Long strings are cut: a message names the mistake, it does not reproduce the file.
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    return String.valueOf(value);
  }
}
