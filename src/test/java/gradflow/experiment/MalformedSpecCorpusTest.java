package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed spec in the corpus is refused, without an exception, by a sentence that names the
 * field (and the value, when there is one); and reading stays healthy afterwards.
 */
class MalformedSpecCorpusTest {
  private static final Specs SPECS = Fixtures.SPECS;

  static Stream<Arguments> corpus() {
    List<Arguments> cases = new ArrayList<>();
    String field = null;
    String description = null;
    StringBuilder text = new StringBuilder();
    for (String line : Fixtures.resource("malformed-specs.txt").split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (field != null) {
          cases.add(Arguments.of(description, field, bytes(text)));
        }
        String[] header = line.substring(4).split("\\|", 2);
        field = header[0].strip();
        description = header[1].strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    cases.add(Arguments.of(description, field, bytes(text)));

    cases.add(
        Arguments.of(
            "arrays nested a thousand deep inside the kind",
            "task.kind",
            utf8("{\"task\": {\"kind\": " + "[".repeat(1000) + "]".repeat(1000) + "}}")));
    cases.add(
        Arguments.of(
            "objects nested a thousand deep at the top",
            "a",
            utf8("{\"a\": ".repeat(1000) + "1" + "}".repeat(1000))));
    cases.add(
        Arguments.of(
            "lists nested deep in the layers",
            "layers[0]",
            utf8(
                "{\"task\": {\"kind\": \"adding\"}, \"layers\": "
                    + "[".repeat(40)
                    + "]".repeat(40)
                    + "}")));
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    cases.add(Arguments.of("a 10 MB body", "spec", big));
    byte[] latin1 =
        "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}], \"x\": \"caf\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    cases.add(Arguments.of("Latin-1 bytes that are not UTF-8", "spec", latin1));
    cases.add(
        Arguments.of(
            "a lone continuation byte",
            "spec",
            new byte[] {'{', '"', (byte) 0x80, '"', ':', '1', '}'}));
    cases.add(
        Arguments.of(
            "sixty-five layers",
            "layers",
            utf8(
                "{\"task\": {\"kind\": \"adding\"}, \"layers\": ["
                    + String.join(
                        ",",
                        java.util.Collections.nCopies(65, "{\"cell\": \"rnn\", \"hidden\": 4}"))
                    + "]}")));
    cases.add(
        Arguments.of(
            "a kind sixty thousand characters long",
            "task.kind",
            utf8(
                "{\"task\": {\"kind\": \""
                    + "a".repeat(60_000)
                    + "\"}, \"layers\": [{\"cell\": \"rnn\"}]}")));
    cases.add(
        Arguments.of(
            "a number with two hundred digits",
            "task.length",
            utf8("{\"task\": {\"kind\": \"adding\", \"length\": " + "9".repeat(200) + "}}")));
    return cases.stream();
  }

  private static byte[] bytes(StringBuilder text) {
    return utf8(text.toString().strip());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @MethodSource("corpus")
  void isRefusedWithASentenceNamingTheField(String description, String field, byte[] body) {
    SpecResult result = SPECS.read(body);

    assertThat(result.isValid()).as(description).isFalse();
    assertThat(result.errors()).extracting(Violation::field).as(description).contains(field);
    for (Violation v : result.errors()) {
      assertThat(v.message()).as(description).endsWith(".").doesNotContain("Exception");
      assertThat(v.message().length()).as(description).isLessThan(600);
      if (v.field().equals(Violation.WHOLE_SPEC)) {
        assertThat(v.message()).as(description).containsIgnoringCase("spec");
      } else {
        assertThat(v.message()).as(description).contains(v.field());
      }
      if (v.value() != null) {
        assertThat(v.message()).as(description).contains(v.value());
      }
    }
  }

  @ParameterizedTest(name = "{0} is refused at {1} when it arrives as a share link too")
  @MethodSource("corpus")
  void isRefusedTheSameWayThroughTheLinkCodec(String description, String field, byte[] body) {
    if (body.length > SpecJson.MAX_BYTES) {
      return; // a link cannot carry it at all; SpecUrlTest covers oversized links
    }
    String code = LinkBytes.encode(body);
    SpecResult result = SPECS.readLink(code);
    assertThat(result.isValid()).as(description).isFalse();
    assertThat(result.errors()).extracting(Violation::field).as(description).contains(field);
  }

  @AfterAll
  static void readingStillWorksAfterTheWholeCorpus() {
    assertThat(SPECS.read(Fixtures.resource("spec-v1.json")).isValid()).isTrue();
  }
}
