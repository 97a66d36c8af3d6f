package gradflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code docker stop} does: the whole app in a child JVM on an H2 file, a run training and an
 * experiment saved, then SIGTERM. The run must end as "stopped" with its reason while the server
 * still answers, the process must exit within 30 s, the log must say so in one line naming the run,
 * and the saved experiment must be there when the app starts again on the same files.
 */
class SigtermEndsRunsCleanlyTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String LONG_RUN =
      """
      {"task": {"kind": "adding", "length": 50},
       "layers": [{"cell": "rnn", "hidden": 32}],
       "training": {"batchSize": 16, "steps": 100000}, "probeEvery": 100}
      """;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sigtermStopsTheRunsWithAClearStatusExitsInTimeAndLosesNoSavedExperiment(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("server.log");
    int port = freePort();
    Process server = start(dir, port, log);
    String slug;
    String runId;
    try {
      awaitReady(port);
      JsonNode run = post(port, "/api/runs", LONG_RUN);
      runId = run.get("id").asString();
      slug = post(port, "/api/experiments", LONG_RUN).get("slug").asString();
      awaitStep(port, runId);

      long signalled = System.nanoTime();
      server.destroy(); // SIGTERM
      JsonNode seen = awaitEndWhileServing(port, runId);
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("exited within 30 s").isTrue();
      double seconds = (System.nanoTime() - signalled) / 1e9;
      System.out.printf("SIGTERM to exit: %.1f s%n", seconds);

      assertThat(seen).as("the run's last state the server gave").isNotNull();
      assertThat(seen.get("status").asString()).isEqualTo("stopped");
      assertThat(seen.get("message").asString())
          .matches("stopped at step \\d+: the server is shutting down.*");
      assertThat(Files.readAllLines(log))
          .anySatisfy(l -> assertThat(l).contains("run " + runId + " stopped after"));
    } finally {
      server.destroyForcibly();
    }

    Process again = start(dir, port, dir.resolve("again.log"));
    try {
      awaitReady(port);
      var page =
          http.send(get(port, "/api/experiments/" + slug), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Process start(Path dir, int port, Path log) throws IOException {
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                System.getProperty("java.class.path"),
                "gradflow.GradFlowApplication",
                "--server.port=" + port,
                "--gradflow.data-dir=" + dir,
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/gradflow;WRITE_DELAY=0"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private void awaitReady(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(
                    get(port, "/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server did not become ready within 120 s");
  }

  private void awaitStep(int port, String runId) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (run(port, runId).get("step").asInt() > 200) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the run did not train");
  }

  /** The run's state as long as the server answers; the last one it gave. */
  private JsonNode awaitEndWhileServing(int port, String runId) throws InterruptedException {
    JsonNode last = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        last = run(port, runId);
        if (!List.of("queued", "running").contains(last.get("status").asString())) {
          return last;
        }
      } catch (IOException gone) {
        return last;
      }
      Thread.sleep(20);
    }
    return last;
  }

  private JsonNode run(int port, String runId) throws IOException, InterruptedException {
    var response = http.send(get(port, "/api/runs/" + runId), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  private JsonNode post(int port, String path, String body) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
