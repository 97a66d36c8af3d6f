package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import gradflow.export.ProbeJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunApiTest extends ApiTest {

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {0.5, 0.9, 1.5})
  void aZeroStepRunOfTheLinearRnnShowsTheGradientScalingByRhoPerStep(double rho) {
    ApiClient.Answer created = api.post("/api/runs", linearRnn(rho, 0));
    assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).isEqualTo("/api/runs/" + id);
    assertThat(created.json().get("status").asString()).isIn("queued", "running");

    JsonNode run = api.awaitEnd(id);

    assertThat(run.get("status").asString()).isEqualTo("finished");
    assertThat(run.get("step").asInt()).isZero();
    assertThat(run.get("baseline").asDouble()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(run.get("spec").get("init").get("spectralRadius").asDouble()).isEqualTo(rho);
    JsonNode probe = run.get("latestProbe");
    assertThat(probe.get("step").asInt()).isZero();
    assertThat(probe.get("finite").asBoolean()).isTrue();
    JsonNode g = probe.get("hiddenGrad").get(0);
    assertThat(g.size()).isEqualTo(30);
    for (int t = 1; t < g.size(); t++) {
      double ratio = g.get(t - 1).asDouble() / g.get(t).asDouble();
      assertThat(ratio / rho - 1).as("t = %d", t).isCloseTo(0, within(1e-9));
    }
    assertThat(probe.get("spectralRadius").get(0).get(0).asDouble()).isCloseTo(rho, within(1e-9));
  }

  @Test
  void anLstmRunsProbeCarriesTheFourCellTermsPerStepAndOthersCarryTheirJacobians() {
    String spec =
        """
        {"task": {"kind": "adding", "length": 12},
         "layers": [{"cell": "lstm", "hidden": 6}, {"cell": "rnn", "hidden": 5}],
         "training": {"batchSize": 4, "steps": 0}, "seed": 5}
        """;
    String id = api.post("/api/runs", spec).json().get("id").asString();
    JsonNode probe = api.awaitEnd(id).get("latestProbe");

    JsonNode terms = probe.get("cellTerms");
    assertThat(terms.get(0)).hasSize(12);
    for (int t = 1; t < 12; t++) {
      JsonNode term = terms.get(0).get(t);
      assertThat(term.get("b").asDouble()).as("the direct path at t = %d", t).isPositive();
      for (String path : List.of("a", "c", "d")) {
        assertThat(term.get(path).isNumber()).as("%s at t = %d", path, t).isTrue();
      }
    }
    assertThat(terms.get(1).isNull()).as("no cell terms for the rnn layer").isTrue();
    assertThat(probe.get("cellProducts").get(0).get(11).get("all").asDouble()).isEqualTo(1.0);
    assertThat(probe.get("stepJacobian").get(1).get("bound").asDouble()).isPositive();
    assertThat(probe.get("stepWeightGrad").get(0)).hasSize(12);
    assertThat(probe.get("depthGain").get(1).asDouble()).isPositive();
  }

  @Test
  void probesComeInStepOrderAndCanBeAskedForFromAStep() {
    String id = api.post("/api/runs", linearRnn(0.9, 30)).json().get("id").asString();
    JsonNode run = api.awaitEnd(id);
    assertThat(run.get("status").asString()).isEqualTo("finished");
    assertThat(run.get("lossCurve")).hasSize(30);
    assertThat(run.get("lossCurve").get(0).get("step").asInt()).isZero();

    JsonNode probes = api.get("/api/runs/" + id + "/probes").json();
    List<Integer> steps = new ArrayList<>();
    probes.forEach(p -> steps.add(p.get("step").asInt()));
    assertThat(steps).containsExactly(0, 10, 20, 30);

    JsonNode later = api.get("/api/runs/" + id + "/probes?from=15").json();
    assertThat(later).hasSize(2);
  }

  @Test
  void aDivergedRunSaysAtWhichStepAndWritesItsNonFiniteNumbersAsStrings() {
    String spec =
        """
        {"task": {"kind": "adding", "length": 40},
         "layers": [{"cell": "rnn", "hidden": 8, "activation": "identity"}],
         "init": {"scheme": "orthogonal", "spectralRadius": 1.5},
         "training": {"optimizer": "sgd", "learningRate": 10, "batchSize": 4, "steps": 500},
         "probeEvery": 1, "seed": 3}
        """;
    String id = api.post("/api/runs", spec).json().get("id").asString();

    JsonNode run = api.awaitEnd(id);

    assertThat(run.get("status").asString()).isEqualTo("diverged");
    assertThat(run.get("message").asString()).startsWith("diverged at step " + run.get("step"));
    assertThat(run.get("lastFiniteProbe").get("finite").asBoolean()).isTrue();
    JsonNode latest = run.get("latestProbe");
    if (!latest.get("finite").asBoolean()) {
      assertThat(latest.toString()).containsAnyOf("\"NaN\"", "\"Infinity\"", "\"-Infinity\"");
    }
    String body = api.get("/api/runs/" + id).response().body();
    assertThat(body).doesNotContain(":NaN").doesNotContain(":Infinity").doesNotContain(",NaN");
  }

  @Autowired JsonMapper json;

  @Test
  void nonFiniteNumbersAreWrittenAsTheStringsNaNAndInfinity() {
    Probe p =
        new Probe(
            7,
            Double.NaN,
            new double[][] {{1.0, Double.POSITIVE_INFINITY}},
            new double[][] {null},
            new double[][] {null},
            new double[] {Double.NEGATIVE_INFINITY},
            0,
            Double.NaN,
            Double.NaN,
            false,
            new double[][] {{}},
            new Spectrum[][] {{}});

    JsonNode written = json.readTree(json.writeValueAsString(ProbeJson.of(p)));

    assertThat(written.get("finite").asBoolean()).isFalse();
    assertThat(written.get("loss").isString()).isTrue();
    assertThat(written.get("loss").asString()).isEqualTo("NaN");
    assertThat(written.get("hiddenGrad").get(0).get(1).asString()).isEqualTo("Infinity");
    assertThat(written.get("weightGrad").get(0).asString()).isEqualTo("-Infinity");
    assertThat(written.get("hiddenGrad").get(0).get(0).asDouble()).isEqualTo(1.0);
  }

  @Test
  void anUnknownRunIsA404NamingTheId() {
    for (String path :
        List.of("/api/runs/no-such-run", "/api/runs/no-such-run/probes", "/api/runs/%20")) {
      ApiClient.Answer a = api.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.json().get("field").asString()).as(path).isEqualTo("id");
      assertThat(a.json().get("message").asString()).as(path).contains("no run with id");
    }
    assertThat(api.delete("/api/runs/no-such-run").status()).isEqualTo(404);
  }

  @Test
  void itsCreatorCancelsARunWithTheTokenItsCreationAnswered() {
    JsonNode created = api.post("/api/runs", linearRnn(0.9, 100_000)).json();
    String id = created.get("id").asString();

    ApiClient.Answer deleted = api.cancel(id, created.get("cancelToken").asString());

    assertThat(deleted.status()).isIn(200, 202);
    assertThat(deleted.json().get("id").asString()).isEqualTo(id);
    assertThat(deleted.json().get("status").asString()).isIn("running", "queued", "cancelled");
    JsonNode run = api.awaitEnd(id);
    assertThat(run.get("status").asString()).isEqualTo("cancelled");
    assertThat(run.get("message").asString()).startsWith("cancelled");
  }

  @Test
  void anyoneElseTryingToCancelARunGetsTheAnswerOfARunThatDoesNotExist() {
    JsonNode created = api.post("/api/runs", linearRnn(0.9, 100_000)).json();
    String id = created.get("id").asString();
    try {
      ApiClient.Answer unknown = api.delete("/api/runs/no-such-run");
      ApiClient.Answer noToken = api.delete("/api/runs/" + id);
      ApiClient.Answer wrongToken = api.cancel(id, "AAAAAAAAAAAAAAAAAAAAAA");

      for (ApiClient.Answer a : List.of(noToken, wrongToken)) {
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("message").asString())
            .isEqualTo(unknown.json().get("message").asString().replace("no-such-run", id));
      }
      assertThat(api.get("/api/runs/" + id).json().get("status").asString())
          .isIn("queued", "running");
    } finally {
      api.cancel(id, created.get("cancelToken").asString());
      api.awaitEnd(id);
    }
  }

  @Test
  void whenEveryPlaceIsTakenARunIsRefusedWith429AndRetryAfter() {
    List<String> ids = new ArrayList<>();
    java.util.Map<String, String> tokens = new java.util.HashMap<>();
    try {
      ApiClient.Answer a;
      // 2 active places and 2 queue places: the fifth run finds no room.
      do {
        a = api.post("/api/runs", linearRnn(0.9, 100_000));
        if (a.status() == 201) {
          ids.add(a.json().get("id").asString());
          tokens.put(ids.getLast(), a.json().get("cancelToken").asString());
        }
      } while (a.status() == 201 && ids.size() < 10);

      assertThat(ids).hasSize(4);
      assertThat(a.status()).isEqualTo(429);
      int retry = Integer.parseInt(a.header("Retry-After"));
      assertThat(retry).isBetween(1, 600);
      assertThat(a.json().get("retryAfterSeconds").asInt()).isEqualTo(retry);
      assertThat(a.json().get("message").asString()).contains("busy").contains("retry in");
      assertThat(api.get("/api/runs/" + ids.get(3)).json().get("queuePosition").asInt())
          .isEqualTo(2);
    } finally {
      ids.forEach(id -> api.cancel(id, tokens.get(id)));
      ids.forEach(api::awaitEnd);
    }
  }

  @Test
  void theOpenApiDescriptionListsTheRunEndpoints() {
    ApiClient.Answer a = api.get("/v3/api-docs");
    assertThat(a.status()).isEqualTo(200);
    JsonNode paths = a.json().get("paths");
    assertThat(paths.has("/api/runs")).isTrue();
    assertThat(paths.has("/api/runs/{id}")).isTrue();
    assertThat(paths.has("/api/runs/{id}/probes")).isTrue();
    assertThat(a.json().get("info").get("title").asString()).isEqualTo("GradFlow API");
  }
}
