package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The experiment package's malformed-spec corpus, plus the cases only HTTP can carry, sent to
 * {@code POST /api/runs} and {@code POST /api/experiments}: each gets its documented 4xx with a
 * JSON body naming the field, and the server still runs a valid spec afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedSpecsOverHttpTest extends ApiTest {

  static Stream<Arguments> corpus() {
    List<Arguments> cases = new ArrayList<>();
    String field = null;
    String description = null;
    StringBuilder text = new StringBuilder();
    for (String line : resource("/gradflow/experiment/malformed-specs.txt").split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (field != null) {
          cases.add(Arguments.of(description, 400, field, utf8(text.toString().strip())));
        }
        String[] header = line.substring(4).split("\\|", 2);
        field = header[0].strip();
        description = header[1].strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    cases.add(Arguments.of(description, 400, field, utf8(text.toString().strip())));

    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) ' ');
    tenMegabytes[0] = '{';
    tenMegabytes[tenMegabytes.length - 1] = '}';
    cases.add(Arguments.of("a 10 MB body", 413, "spec", tenMegabytes));
    byte[] justOver = new byte[65_537];
    Arrays.fill(justOver, (byte) ' ');
    justOver[0] = '{';
    justOver[justOver.length - 1] = '}';
    cases.add(Arguments.of("a body one byte over 64 KiB", 413, "spec", justOver));
    cases.add(
        Arguments.of(
            "Latin-1 bytes that are not UTF-8",
            400,
            "spec",
            "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"caf\u00e9\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1)));
    cases.add(
        Arguments.of(
            "a lone continuation byte",
            400,
            "spec",
            new byte[] {'{', '"', (byte) 0x80, '"', ':', '1', '}'}));
    cases.add(
        Arguments.of(
            "objects nested a thousand deep",
            400,
            "a",
            utf8("{\"a\": ".repeat(1000) + "1" + "}".repeat(1000))));
    cases.add(
        Arguments.of(
            "arrays nested a thousand deep inside the kind",
            400,
            "task.kind",
            utf8("{\"task\": {\"kind\": " + "[".repeat(1000) + "]".repeat(1000) + "}}")));
    cases.add(
        Arguments.of(
            "sixty-five layers",
            400,
            "layers",
            utf8(
                "{\"task\": {\"kind\": \"adding\"}, \"layers\": ["
                    + String.join(
                        ",", Collections.nCopies(65, "{\"cell\": \"rnn\", \"hidden\": 4}"))
                    + "]}")));
    cases.add(
        Arguments.of(
            "a valid spec whose activations would not fit in memory",
            400,
            "training.batchSize",
            utf8(
                "{\"task\": {\"kind\": \"adding\", \"length\": 1000},"
                    + " \"training\": {\"batchSize\": 256, \"steps\": 1}, \"layers\": ["
                    + String.join(
                        ",", Collections.nCopies(64, "{\"cell\": \"lstm\", \"hidden\": 8}"))
                    + "]}")));
    cases.add(
        Arguments.of(
            "64 wide LSTM layers joined densely, whose weights alone would not fit",
            400,
            "layers",
            utf8(
                "{\"task\": {\"kind\": \"adding\", \"length\": 100}, \"connection\": \"dense\","
                    + " \"training\": {\"batchSize\": 1, \"steps\": 58}, \"layers\": ["
                    + String.join(
                        ",", Collections.nCopies(64, "{\"cell\": \"lstm\", \"hidden\": 256}"))
                    + "]}")));
    cases.add(
        Arguments.of(
            "a valid spec after a byte order mark",
            400,
            "spec",
            concat(
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                utf8("{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}]}"))));
    cases.add(Arguments.of("an empty body", 400, "spec", new byte[0]));
    cases.add(Arguments.of("a JSON array", 400, "spec", utf8("[1, 2, 3]")));
    cases.add(Arguments.of("a bare string", 400, "spec", utf8("\"adding\"")));
    cases.add(Arguments.of("binary zeros", 400, "spec", new byte[64]));
    return cases.stream();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @ParameterizedTest(name = "{0} gets {1} naming {2}")
  @MethodSource("corpus")
  void isRefusedWithItsStatusAndAJsonMessageNamingTheField(
      String description, int status, String field, byte[] body) {
    check(api.post("/api/runs", body), description, status, field);
  }

  @ParameterizedTest(name = "saving {0} gets {1} naming {2}")
  @MethodSource("corpus")
  void isRefusedTheSameWayWhenSavedAsAnExperiment(
      String description, int status, String field, byte[] body) {
    check(api.post("/api/experiments", body), description, status, field);
  }

  private static void check(ApiClient.Answer a, String description, int status, String field) {
    assertThat(a.status()).as(description + ": " + a.response().body()).isEqualTo(status);
    assertThat(a.contentType()).as(description).startsWith("application/json");
    JsonNode json = a.json();
    assertThat(json).as(description).isNotNull();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    String message = json.get("message").asString();
    assertThat(message).as(description).isNotBlank().doesNotContain("Exception");
    List<String> fields = new ArrayList<>();
    if (json.hasNonNull("field")) {
      fields.add(json.get("field").asString());
    }
    if (json.has("errors")) {
      json.get("errors").forEach(e -> fields.add(e.get("field").asString()));
      json.get("errors")
          .forEach(e -> assertThat(e.get("message").asString()).as(description).isNotBlank());
    }
    assertThat(fields).as(description).contains(field);
  }

  @AfterAll
  void theServerStillRunsAValidSpecAfterwards() {
    ApiClient client = new ApiClient(port);
    ApiClient.Answer created = client.post("/api/runs", linearRnn(0.9, 0));
    assertThat(created.status()).isEqualTo(201);
    JsonNode run = client.awaitEnd(created.json().get("id").asString());
    assertThat(run.get("status").asString()).isEqualTo("finished");
    assertThat(client.get("/v3/api-docs").status()).isEqualTo(200);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String path) {
    try (InputStream in = MalformedSpecsOverHttpTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
