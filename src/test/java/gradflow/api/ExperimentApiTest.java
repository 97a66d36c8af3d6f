package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.Specs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST and GET /api/experiments over real HTTP, on the app's (in-memory) database. */
class ExperimentApiTest extends ApiTest {
  @Autowired Specs specs;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long savedRows() {
    return jdbc.queryForObject("select count(*) from saved_experiment", Long.class);
  }

  @Test
  void aSavedSpecLoadsBackAsTheIdenticalCanonicalSpec() {
    String spec = linearRnn(0.9, 100);

    ApiClient.Answer created = api.post("/api/experiments", spec);

    assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    String slug = created.json().get("slug").asString();
    String canonical = specs.toJson(specs.read(spec).orElseThrow());
    assertThat(created.json().get("link").asString()).isEqualTo("/x/" + slug);
    assertThat(created.json().get("specLink").asString())
        .isEqualTo(specs.toLink(specs.read(spec).orElseThrow()));
    assertThat(created.header("Location")).isEqualTo("/api/experiments/" + slug);

    ApiClient.Answer loaded = api.get("/api/experiments/" + slug);

    assertThat(loaded.status()).isEqualTo(200);
    assertThat(loaded.json().get("slug").asString()).isEqualTo(slug);
    assertThat(loaded.json().get("spec").toString()).isEqualTo(canonical);
    assertThat(loaded.response().body()).contains("\"spec\":" + canonical);
    assertThat(loaded.json().get("results").isNull()).isTrue();
    assertThat(loaded.json().get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void savingWithAFinishedRunsIdKeepsItsLossCurveAndProbes() {
    String id = api.post("/api/runs", linearRnn(0.9, 30)).json().get("id").asString();
    JsonNode run = api.awaitEnd(id);
    assertThat(run.get("status").asString()).isEqualTo("finished");
    JsonNode probes = api.get("/api/runs/" + id + "/probes").json();

    ApiClient.Answer created = api.post("/api/experiments?runId=" + id, "");

    assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    JsonNode saved = api.get("/api/experiments/" + created.json().get("slug").asString()).json();
    assertThat(saved.get("spec")).isEqualTo(run.get("spec"));
    JsonNode results = saved.get("results");
    assertThat(results.get("status").asString()).isEqualTo("finished");
    assertThat(results.get("step").asInt()).isEqualTo(30);
    assertThat(results.get("baseline")).isEqualTo(run.get("baseline"));
    assertThat(results.get("lossCurve")).isEqualTo(run.get("lossCurve"));
    assertThat(results.get("probes")).isEqualTo(probes);
    assertThat(results.get("probes")).hasSize(4);
  }

  @Test
  void savingTheSameEndedRunAgainAnswersItsFirstSlugAndStoresNothingNew() {
    String id = api.post("/api/runs", linearRnn(0.9, 30)).json().get("id").asString();
    api.awaitEnd(id);
    long countBefore = savedRows();

    ApiClient.Answer first = api.post("/api/experiments?runId=" + id, "");
    ApiClient.Answer again = api.post("/api/experiments?runId=" + id, "");
    ApiClient.Answer andAgain = api.post("/api/experiments?runId=" + id, "");

    assertThat(first.status()).isEqualTo(201);
    String slug = first.json().get("slug").asString();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("slug").asString()).isEqualTo(slug);
    assertThat(andAgain.json().get("slug").asString()).isEqualTo(slug);
    assertThat(savedRows()).isEqualTo(countBefore + 1);
  }

  @Test
  void theRunsOwnSpecMayBeSentWithItsIdButNoOtherSpec() {
    String spec = linearRnn(0.9, 0);
    String id = api.post("/api/runs", spec).json().get("id").asString();
    api.awaitEnd(id);

    assertThat(api.post("/api/experiments?runId=" + id, spec).status()).isEqualTo(201);

    ApiClient.Answer other = api.post("/api/experiments?runId=" + id, linearRnn(0.5, 0));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().get("field").asString()).isEqualTo("runId");
    assertThat(other.json().get("message").asString()).contains("different spec");
  }

  @Test
  void aWrongOrMalformedSlugIsA404NamingTheSlug() {
    String slug = api.post("/api/experiments", linearRnn(0.9, 0)).json().get("slug").asString();
    char[] wrong = slug.toCharArray();
    wrong[5] = wrong[5] == 'a' ? 'b' : 'a';

    for (String path :
        Arrays.asList(
            "/api/experiments/" + new String(wrong),
            "/api/experiments/" + slug.substring(1),
            "/api/experiments/not-a-slug",
            "/api/experiments/%20",
            "/api/experiments/" + "x".repeat(5000))) {
      ApiClient.Answer a = api.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.contentType()).as(path).startsWith("application/json");
      assertThat(a.json().get("field").asString()).as(path).isEqualTo("slug");
      assertThat(a.json().get("message").asString()).as(path).contains("no saved experiment");
    }
  }

  @Test
  void anInvalidSpecIsRefusedWithTheSameErrorsAsARun() {
    String spec =
        """
        {"task": {"kind": "adding", "length": 30}, "layers": [{"cell": "rnn", "hidden": 512}]}
        """;

    ApiClient.Answer saved = api.post("/api/experiments", spec);
    ApiClient.Answer run = api.post("/api/runs", spec);

    assertThat(saved.status()).isEqualTo(400);
    assertThat(saved.json().get("field").asString()).isEqualTo("layers[0].hidden");
    assertThat(saved.json()).isEqualTo(run.json());
  }

  @Test
  void anEmptyBodyWithoutARunIsA400NamingTheSpec() {
    ApiClient.Answer a = api.post("/api/experiments", "");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("field").asString()).isEqualTo("spec");
  }

  @Test
  void anUnknownRunIdIsA404NamingRunId() {
    ApiClient.Answer a = api.post("/api/experiments?runId=no-such-run", "");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("field").asString()).isEqualTo("runId");
    assertThat(a.json().get("message").asString()).contains("no run with id no-such-run");
  }

  @Test
  void aRunThatHasNotEndedIsA409NamingRunId() {
    var created = api.post("/api/runs", linearRnn(0.9, 100_000)).json();
    String id = created.get("id").asString();
    try {
      ApiClient.Answer a = api.post("/api/experiments?runId=" + id, "");

      assertThat(a.status()).isEqualTo(409);
      assertThat(a.json().get("field").asString()).isEqualTo("runId");
      assertThat(a.json().get("message").asString()).containsAnyOf("is running", "is queued");
    } finally {
      api.cancel(id, created.get("cancelToken").asString());
      api.awaitEnd(id);
    }
    ApiClient.Answer cancelled = api.post("/api/experiments?runId=" + id, "");
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().get("message").asString()).contains("is cancelled");
  }

  @Test
  void anOversizedBodyIsA413() {
    byte[] body = new byte[70_000];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';

    ApiClient.Answer a = api.post("/api/experiments", body);

    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("message").asString()).contains("at most 65536 bytes");
  }

  @Test
  void thePageLinksUnderXAreLeftToTheUiNotAnsweredByTheApi() throws Exception {
    String slug = api.post("/api/experiments", linearRnn(0.9, 0)).json().get("slug").asString();

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/x/" + slug))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).doesNotContain("\"field\"");
  }

  @Test
  void theOpenApiDescriptionListsTheExperimentEndpoints() {
    JsonNode paths = api.get("/v3/api-docs").json().get("paths");
    assertThat(paths.has("/api/experiments")).isTrue();
    assertThat(paths.has("/api/experiments/{slug}")).isTrue();
    assertThat(paths.get("/api/experiments").get("post").get("parameters").toString())
        .contains("runId");
  }
}
