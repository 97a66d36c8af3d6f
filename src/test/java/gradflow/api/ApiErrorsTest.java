package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer under /api/ is JSON and never a 500. */
class ApiErrorsTest extends ApiTest {

  @Test
  void thePlaygroundPageAndSwaggerUiStillServeBesideTheApi() throws Exception {
    var page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Accept", "text/html")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("<html");
    ApiClient.Answer swagger = api.get("/swagger-ui/index.html");
    assertThat(swagger.status()).isEqualTo(200);
  }

  @Test
  void aWrongMethodIsA405WithAJsonBody() {
    ApiClient.Answer a =
        api.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.json().get("status").asInt()).isEqualTo(405);
    assertThat(a.json().get("message").asString()).isNotBlank();
  }

  @Test
  void aNonNumericFromIsA400NamingTheParameter() {
    String id = api.post("/api/runs", linearRnn(0.9, 0)).json().get("id").asString();
    ApiClient.Answer a = api.get("/api/runs/" + id + "/probes?from=abc");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("field").asString()).isEqualTo("from");
    assertThat(a.json().get("message").asString())
        .isEqualTo("from must be a whole number, not \"abc\".");
  }

  @Test
  void anUnknownApiPathIsA404WithAJsonBody() {
    ApiClient.Answer a = api.get("/api/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.json().get("status").asInt()).isEqualTo(404);
  }

  @Test
  void theErrorPathAskedForDirectlyIsA404WithAJsonBodyNotA500() {
    ApiClient.Answer a = api.get("/error");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.json().get("status").asInt()).isEqualTo(404);
    assertThat(a.json().get("message").asString()).isEqualTo("There is nothing at this address.");
  }

  @RepeatedTest(3)
  void aTwentyMegabyteBodyIsAnswered413NotWithAConnectionReset() {
    byte[] body = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    ApiClient.Answer a = api.post("/api/runs", body);
    assertThat(a.status()).isEqualTo(413);
  }

  /**
   * The answer comes before the client has sent everything; unless the server reads the rest, the
   * client meets a closed connection ("broken pipe") instead of the 413.
   */
  @RepeatedTest(10)
  void aTenMegabyteBodyIsAnswered413EveryTimeNotWithABrokenConnection() {
    byte[] body = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    ApiClient.Answer a = api.post("/api/runs", body);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("message").asString())
        .isEqualTo("The spec is 10485760 bytes long, but it may be at most 65536 bytes.");
  }

  @Test
  void aLargeBodyWithoutALengthIsCutOffAt64KiBWithA413() {
    // Chunked: no Content-Length to refuse it by, so the reader must stop counting on its own.
    InputStream endless = new ByteArrayInputStream(new byte[5 * 1024 * 1024]);
    ApiClient.Answer a =
        api.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("field").asString()).isEqualTo("spec");
    assertThat(a.json().get("message").asString()).contains("at most 65536 bytes");
  }

  @Test
  void aValidSpecSentAsPlainTextIsRefusedBecauseAnotherSitesPageCouldSendItSo() {
    ApiClient.Answer a =
        api.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                .header("Content-Type", "text/plain")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        linearRnn(0.9, 0), StandardCharsets.UTF_8)));
    assertThat(a.status()).isEqualTo(415);
  }

  @Test
  void anInvalidSpecListsEveryViolationWithFieldValueAndMessage() {
    ApiClient.Answer a =
        api.post(
            "/api/runs",
            "{\"task\": {\"kind\": \"adding\", \"length\": 5000},"
                + " \"layers\": [{\"cell\": \"rnn\", \"hidden\": 512}]}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asString()).isEqualTo("invalid spec");
    assertThat(a.json().get("errors")).hasSizeGreaterThanOrEqualTo(2);
    var fields = new java.util.ArrayList<String>();
    a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("task.length", "layers[0].hidden");
    a.json()
        .get("errors")
        .forEach(e -> assertThat(e.get("message").asString()).contains(e.get("field").asString()));
  }
}
