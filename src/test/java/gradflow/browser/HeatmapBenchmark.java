package gradflow.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark of the live heatmap in the browser, run with {@code ./mvnw -Pbench-ui}
 * (see README). It trains 8 layers over 200 time steps from the page and measures, in Chromium, how
 * long each heatmap update takes to apply (parse, swap the data in, redraw) and how far apart the
 * updates arrive. It prints one JSON line and writes it to target/bench/heatmap.json; the target is
 * at most 50 ms per update.
 */
class HeatmapBenchmark extends BrowserTest {

  static final int LAYERS = 8;
  static final int STEPS = 200;
  static final int UPDATES = 60;

  @Test
  void measureHeatmapUpdates() throws Exception {
    var playground = PlaygroundPage.open(page(), baseUrl());
    var builder = playground.builder();
    for (int l = 1; l < LAYERS; l++) {
      builder.addLayer();
    }
    builder.type("#layer-0-hidden", "16");
    for (int l = 1; l < LAYERS; l++) {
      builder.type("#layer-" + l + "-hidden", "16");
    }
    builder.type("#task-length", String.valueOf(STEPS)).type("#training-steps", "5000");
    var run = playground.run().train();
    var heatmap = run.heatmap();
    heatmap.awaitPoints(0, LAYERS * STEPS);
    page()
        .evaluate(
            "el => { window.gfBench = []; el.addEventListener('chart-updated', () =>"
                + " window.gfBench.push([performance.now(), el.lastApplyMillis])); }",
            page().locator("gradflow-chart#gradient-heatmap").elementHandle());
    page().waitForFunction("n => window.gfBench.length >= n", UPDATES);
    @SuppressWarnings("unchecked")
    var samples = (List<List<Number>>) page().evaluate("() => window.gfBench");
    run.reset();

    double[] apply = samples.stream().mapToDouble(s -> s.get(1).doubleValue()).sorted().toArray();
    double[] interval = new double[samples.size() - 1];
    for (int i = 1; i < samples.size(); i++) {
      interval[i - 1] =
          samples.get(i).get(0).doubleValue() - samples.get(i - 1).get(0).doubleValue();
    }
    Arrays.sort(interval);
    var json =
        String.format(
            Locale.ROOT,
            "{\"bench\": \"heatmap_update\", \"layers\": %d, \"steps\": %d, \"cells\": %d,"
                + " \"updates\": %d, \"apply_ms_median\": %.2f, \"apply_ms_p95\": %.2f,"
                + " \"apply_ms_max\": %.2f, \"interval_ms_median\": %.1f, \"interval_ms_p95\": %.1f,"
                + " \"target_apply_ms\": 50}",
            LAYERS,
            STEPS,
            LAYERS * STEPS,
            apply.length,
            quantile(apply, 0.5),
            quantile(apply, 0.95),
            apply[apply.length - 1],
            quantile(interval, 0.5),
            quantile(interval, 0.95));
    System.out.println(json);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "heatmap.json"), json + "\n");
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
