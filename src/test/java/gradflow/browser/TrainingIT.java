package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingIT extends BrowserTest {

  @Test
  void aTwoLayerStackTrainsAndItsHeatmapChangesAsItLearns() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    // Long enough that the heatmap's first picture is read before the run ends, even now that
    // 600 steps can finish before the first chart update reaches the page.
    playground.builder().addLayer().type("#training-steps", "3000");
    var run = playground.run().train();

    var heatmap = run.heatmap();
    heatmap.awaitUpdateCountAbove(0);
    var first = heatmap.points(0);
    ScreenshotOnFailure.save(page(), "training-two-layers");
    // Compared with the end rather than with "the next update": a fast run may be over by then.
    run.awaitStatus("finished");
    var later = heatmap.points(0);

    assertThat(rows(first)).containsExactlyInAnyOrder(0, 1);
    assertThat(later).hasSameSizeAs(first).isNotEqualTo(first);
    assertThat(heatmap.updateCount()).isGreaterThan(1);
    assertThat(run.status()).startsWith("Finished");
    run.lossChart().awaitPoints(0, 2);
    assertThat(rows(run.history().points(0))).as("one row per probe").hasSizeGreaterThan(5);
    ScreenshotOnFailure.save(page(), "training-two-layers-finished");
    assertNoConsoleErrors();
  }

  @Test
  void aRunThatExplodesWithoutClippingSaysAtWhichStepItDiverged() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("3. Exploding gradients, then clipping");

    var run = playground.run().train().awaitStatus("diverged");

    assertThat(run.status()).matches("Diverged at step \\d+\\. The last good probe is shown\\.");
    ScreenshotOnFailure.save(page(), "training-diverged");
    assertNoConsoleErrors();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1. A tanh RNN forgets",
        "2. Eigenvalues decide: ρ = 0.8, 1.0, 1.2",
        "3. Exploding gradients, then clipping",
        "4. LSTM vs RNN on the adding problem (T = 100)",
        "5. LSTM forget gate: 1997, 2000, bias 1",
        "6. 30 layers: plain, residual, highway, dense",
        "7. A stacked LSTM with residual connections",
        "8. IndRNN: one recurrent weight per unit",
        "9. B is the forget gate: bias −3 vs +3",
        "10. The bound and the measurement",
        "11. Residual adds I"
      })
  void everyLessonLoadsAndTrains(String title) {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson(title);

    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);

    assertThat(run.heatmap().points(0)).isNotEmpty();
    ScreenshotOnFailure.save(
        page(), "lesson-" + title.substring(0, title.indexOf('.')) + "-training");
    run.reset();
    assertNoConsoleErrors();
  }

  @Test
  void closingThePageCancelsItsRun() throws Exception {
    var playground = PlaygroundPage.open(page(), baseUrl());
    // Long enough to outlive the test, small enough for the work cap.
    playground.builder().type("#training-steps", "20000");
    String id = playground.run().train().runId();
    assertThat(statusOf(id)).isIn("queued", "running");

    page().close();

    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    String status = statusOf(id);
    while (!"cancelled".equals(status) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      status = statusOf(id);
    }
    assertThat(status).isEqualTo("cancelled");
  }

  private static Set<Integer> rows(java.util.List<Map<String, Object>> cells) {
    return cells.stream().map(c -> ((Number) c.get("y")).intValue()).collect(Collectors.toSet());
  }

  private String statusOf(String id) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/runs/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
    var matcher =
        java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
    return matcher.find() ? matcher.group(1) : "unknown (" + response.statusCode() + ")";
  }
}
