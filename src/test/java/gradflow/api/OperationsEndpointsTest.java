package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What an instructor's monitoring may read: health (liveness, readiness with the database), build
 * info and Prometheus meters with GradFlow's own numbers; every other actuator endpoint is closed.
 */
class OperationsEndpointsTest extends ApiTest {

  @Test
  void healthIsUpWithLivenessAndAReadinessThatIncludesTheDatabase() {
    var health = api.get("/actuator/health");
    var ready = api.get("/actuator/health/readiness");
    var live = api.get("/actuator/health/liveness");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(live.status()).isEqualTo(200);
    assertThat(ready.response().body()).contains("UP");
  }

  @Test
  void prometheusShowsGradFlowsOwnMetersAndTheyMoveWhileARunTrains() throws InterruptedException {
    String before = prometheus();
    // Other API tests share this small server (2 places, 2 queued): wait for room if it is full.
    var answer = api.post("/api/runs", linearRnn(0.9, 100_000));
    long until = System.nanoTime() + 60_000_000_000L;
    while (answer.status() == 429 && System.nanoTime() < until) {
      Thread.sleep(200);
      answer = api.post("/api/runs", linearRnn(0.9, 100_000));
    }
    assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    var created = answer.json();
    try {
      String during = prometheus();
      assertThat(before)
          .contains("gradflow_runs_active")
          .contains("gradflow_runs_queued")
          .contains("gradflow_runs_refused_total")
          .contains("gradflow_steps_per_second")
          .contains("gradflow_experiments_saved")
          .contains("gradflow_probe_seconds_count")
          .contains("gradflow_heatmap_update_seconds_count");
      assertThat(value(during, "gradflow_runs_active") + value(during, "gradflow_runs_queued"))
          .isGreaterThan(
              value(before, "gradflow_runs_active") + value(before, "gradflow_runs_queued"));
      // Probes are taken every 10 steps of this run: the probe timer counts them.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (value(prometheus(), "gradflow_probe_seconds_count")
              <= value(before, "gradflow_probe_seconds_count")
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(value(prometheus(), "gradflow_probe_seconds_count"))
          .isGreaterThan(value(before, "gradflow_probe_seconds_count"));
    } finally {
      api.cancel(created.get("id").asString(), created.get("cancelToken").asString());
      api.awaitEnd(created.get("id").asString());
    }
  }

  @Test
  void everyOtherActuatorEndpointIsClosed() {
    for (String path :
        new String[] {
          "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"
        }) {
      assertThat(api.get(path).status()).as(path).isEqualTo(404);
    }
    assertThat(api.get("/actuator/info").status()).isEqualTo(200);
  }

  @Test
  void infoSaysTheVersionAndTheCommitItWasBuiltFrom() {
    var info = api.get("/actuator/info").json();
    assertThat(info.at("/build/version").asString()).isNotBlank();
    // Built from a git checkout (a clone, as CI's): the abbreviated commit of HEAD.
    assertThat(info.at("/git/commit/id").asString()).matches("[0-9a-f]{7,}");
  }

  /** What a Prometheus server scrapes: plain text. */
  private String prometheus() {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                  .header("Accept", "text/plain")
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static double value(String metrics, String name) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }
}
