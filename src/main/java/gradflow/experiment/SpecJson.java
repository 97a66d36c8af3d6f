package gradflow.experiment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spec JSON: reading that never throws (every problem becomes a {@link Violation} naming its field)
 * and canonical writing (fields in {@link SettingsTable} order, left-out optionals omitted), so
 * that equal specs give equal text and equal share links.
 */
public final class SpecJson {
  /** The largest spec accepted, in bytes; a 64-layer spec needs about 5 KB. */
  public static final int MAX_BYTES = 65_536;

  /**
   * A spec nests 3 deep (spec, layers, layer); anything much deeper is an attack or an accident.
   */
  static final int MAX_DEPTH = 16;

  private static final JsonMapper READER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(100)
                          .maxStringLength(MAX_BYTES)
                          .maxNameLength(1000)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final JsonMapper WRITER = JsonMapper.builder().build();

  private final SettingsTable table;

  public SpecJson(SettingsTable table) {
    this.table = table;
  }

  /**
   * Reads a spec's shape: types, ranges, allowed choices, unknown and missing fields. Cross-field
   * rules (the work cap, widths for skips, ...) are {@link SpecValidator}'s; {@link Specs#read}
   * does both.
   */
  public SpecResult parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Like {@link #parse(String)}, for a request body as it arrived. */
  public SpecResult parse(byte[] json) {
    if (json.length > MAX_BYTES) {
      return whole(
          json.length + " bytes",
          "The spec is "
              + json.length
              + " bytes long, but it may be at most "
              + MAX_BYTES
              + " bytes.");
    }
    String utf8Problem = utf8Problem(json);
    if (utf8Problem != null) {
      return whole(null, "The spec is not valid UTF-8 text: " + utf8Problem + ".");
    }
    JsonParser parser = null;
    try {
      parser = READER.createParser(json);
      JsonNode root = READER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        return whole(null, "The spec is empty; it must be a JSON object {…}.");
      }
      SpecReader reader = new SpecReader(table);
      ExperimentSpec spec = reader.read(root);
      return spec == null
          ? SpecResult.unreadable(reader.violations())
          : new SpecResult(spec, List.of(), List.of());
    } catch (JacksonException e) {
      String field = parser == null ? Violation.WHOLE_SPEC : fieldAt(parser);
      return SpecResult.unreadable(List.of(new Violation(field, null, explain(e, field, table))));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** The canonical JSON text of a spec. */
  public static String write(ExperimentSpec spec) {
    return WRITER.writeValueAsString(spec);
  }

  private static SpecResult whole(String value, String message) {
    return SpecResult.unreadable(List.of(new Violation(Violation.WHOLE_SPEC, value, message)));
  }

  private static String utf8Problem(byte[] json) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    CharBuffer out = CharBuffer.allocate(json.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return null;
    }
    int at = in.position();
    return String.format(
        Locale.ROOT,
        "byte %d (0x%02X) is not part of a UTF-8 character; save the spec as UTF-8",
        at,
        json[at] & 0xff);
  }

  /**
   * The spec field the parser was in when it failed, so that even broken JSON is reported at a
   * field: "/layers/0/hidden/0/0" becomes "layers[0].hidden" (the deepest part the table knows).
   */
  private String fieldAt(JsonParser parser) {
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    StringBuilder field = new StringBuilder();
    String tablePath = "";
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String segment = raw.replace("~1", "/").replace("~0", "~");
      Setting list = tablePath.isEmpty() ? null : table.forField(tablePath).orElse(null);
      if (list != null && list.type() == Setting.Type.LIST && segment.matches("\\d+")) {
        field.append('[').append(segment).append(']');
        tablePath += "[]";
        continue;
      }
      String childPath = tablePath.isEmpty() ? segment : tablePath + "." + segment;
      boolean known = table.forField(childPath).isPresent();
      boolean inObject =
          tablePath.isEmpty()
              || table.forField(tablePath).map(s -> s.type() == Setting.Type.OBJECT).orElse(false)
              || tablePath.endsWith("[]");
      if (!inObject || segment.matches("\\d+")) {
        break;
      }
      field.append(field.isEmpty() ? "" : ".").append(segment);
      if (!known) {
        break;
      }
      tablePath = childPath;
    }
    return field.isEmpty() ? Violation.WHOLE_SPEC : field.toString();
  }

  private static String explain(JacksonException e, String field, SettingsTable table) {
    String where = field.equals(Violation.WHOLE_SPEC) ? "" : " (in " + field + ")";
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (original.contains("nesting depth")) {
        return "The spec is nested more than "
            + MAX_DEPTH
            + " levels deep"
            + where
            + "; a spec needs only 3.";
      }
      if (original.contains("Number value length")) {
        return "The spec holds a number with more digits than any setting allows" + where + ".";
      }
      return "The spec holds a value or name too long for any setting" + where + ".";
    }
    if (original.startsWith("Non-standard token")) {
      String allowed = table.forField(field).map(s -> "; it must be " + s.allowed()).orElse("");
      return field + " is NaN or Infinity, which are not numbers in JSON" + allowed + ".";
    }
    if (original.startsWith("Duplicate Object property")) {
      return field + " is given twice; give each setting once.";
    }
    TokenStreamLocation at = e.getLocation();
    String position =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "The spec is not valid JSON" + position + where + ": " + syntaxProblem(original) + ".";
  }

  /** Jackson's parser message, in a student's words where we know the case. */
  private static String syntaxProblem(String original) {
    Matcher token = Pattern.compile("^Unrecognized token '([^']*)'").matcher(original);
    if (token.find()) {
      return "'" + token.group(1) + "' is not a JSON value (text must be in double quotes)";
    }
    if (original.contains("end-of-input")) {
      return "it ends too early (a closing } or ] is missing)";
    }
    if (original.startsWith("Unexpected character (''' ")) {
      return "JSON needs double quotes \" where this has a single quote '";
    }
    if (original.contains("Leading zeroes")) {
      return "a JSON number cannot start with 0";
    }
    String line = original.lines().findFirst().orElse(original);
    return line.replaceAll(" \\(code \\d+\\)", "").replaceAll("[.:]+$", "");
  }
}
