package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * No page on another site can start runs or save experiments in a visitor's name, and the API reads
 * exactly the JSON it is sent (issue: cross-site requests, BOM, encodings, content types).
 */
class CrossSiteRequestsTest extends ApiTest {

  /** A run that only probes the fresh network, so that it holds no place for the other tests. */
  private static final String SPEC =
      "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}],"
          + " \"training\": {\"steps\": 0}}";

  private HttpRequest.Builder post(String path, byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  @Test
  void aTextPlainPostFromAnotherSitesPageStartsNothing() {
    var answer =
        api.send(
            post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "text/plain")
                .header("Origin", "http://evil.example"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("field").asString()).isEqualTo("Origin");
    assertThat(answer.json().get("message").asString()).contains("http://evil.example");
  }

  @Test
  void aJsonPostFromAnotherSitesPageIsRefusedForRunsSavesAndCancels() {
    for (String path : new String[] {"/api/runs", "/api/experiments"}) {
      var answer =
          api.send(
              post(path, SPEC.getBytes(StandardCharsets.UTF_8))
                  .header("Content-Type", "application/json")
                  .header("Origin", "https://evil.example"));
      assertThat(answer.status()).as(path).isEqualTo(403);
    }
    var cancel =
        api.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs/x"))
                .DELETE()
                .header("Origin", "https://evil.example"));
    assertThat(cancel.status()).isEqualTo(403);
  }

  @Test
  void theServersOwnPagesAndClientsWithoutAnOriginAreServed() {
    var own =
        api.send(
            post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Origin", "http://localhost:" + port));
    var curl = api.post("/api/runs", SPEC);

    assertThat(own.status()).isEqualTo(201);
    assertThat(curl.status()).isEqualTo(201);
  }

  @Test
  void aBodyThatIsNotJsonByItsContentTypeIsRefusedWith415() {
    for (String type :
        new String[] {
          "text/plain", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1"
        }) {
      var answer =
          api.send(
              post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8))
                  .header("Content-Type", type));
      assertThat(answer.status()).as(type).isEqualTo(415);
      assertThat(answer.json().get("field").asString()).isEqualTo("Content-Type");
    }
    var none = api.send(post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8)));
    assertThat(none.status()).isEqualTo(415);
    var utf8 =
        api.send(
            post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8"));
    assertThat(utf8.status()).isEqualTo(201);
  }

  @Test
  void aGzipBodyIsRefusedRatherThanReadAsIfItWerePlain() throws Exception {
    var zipped = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(zipped)) {
      gz.write(SPEC.getBytes(StandardCharsets.UTF_8));
    }
    var gzip =
        api.send(
            post("/api/runs", zipped.toByteArray())
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip"));
    var plainButLabelled =
        api.send(
            post("/api/runs", SPEC.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip"));

    assertThat(gzip.status()).isEqualTo(415);
    assertThat(plainButLabelled.status()).isEqualTo(415);
    assertThat(gzip.json().get("field").asString()).isEqualTo("Content-Encoding");
  }

  @Test
  void aBodyWithAByteOrderMarkIsRefusedAndSaysWhy() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] spec = SPEC.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + spec.length];
    System.arraycopy(bom, 0, body, 0, 3);
    System.arraycopy(spec, 0, body, 3, spec.length);

    var answer = api.post("/api/runs", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asString()).contains("byte order mark");
  }
}
