package gradflow.browser;

import gradflow.experiment.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: how many training steps per second deep stacks reach when trained from the page, with
 * everything a student's run pays for (probes every 20 steps, snapshots, the page polling and
 * drawing its charts in Chromium on the same machine). Run with {@code ./mvnw -Pbench-ui} (see
 * README). It trains the depth lesson's stack (30 plain tanh dense layers of 16, spirals, batch 64)
 * and a 30-layer tanh RNN stack of 16 units over 50 time steps (adding problem, batch 64), each
 * from Train to "finished", and prints one JSON line per stack (also in
 * target/bench/deep-stacks.json). The target for the depth lesson is 300 steps/s.
 */
class DeepStackBenchmark extends BrowserTest {

  @Autowired Specs specs;

  @Test
  void measureDeepStacksFromThePage() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(measure("dense_30x16_spirals", stack("dense", "spirals", 1), 3000));
    lines.add(measure("rnn_30x16_adding_T50", stack("rnn", "adding", 50), 300));
    lines.forEach(System.out::println);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(
        Path.of("target", "bench", "deep-stacks.json"), String.join("\n", lines) + "\n");
  }

  private String measure(String name, String json, int steps) {
    var spec = specs.read(json.replace("\"steps\": 0", "\"steps\": " + steps)).spec();
    page().navigate(baseUrl() + "/?spec=" + specs.toLink(spec));
    var run = PlaygroundPage.current(page()).run();
    long start = System.nanoTime();
    run.train();
    run.awaitStatus("finished");
    double seconds = (System.nanoTime() - start) / 1e9;
    run.reset();
    return String.format(
        Locale.ROOT,
        "{\"bench\": \"deep_stack_in_page\", \"stack\": \"%s\", \"steps\": %d, \"seconds\": %.2f,"
            + " \"steps_per_second\": %.0f, \"target_steps_per_second\": 300}",
        name,
        steps,
        seconds,
        steps / seconds);
  }

  /** 30 layers of 16 of one cell on a task, plain connections, Adam, probes every 20 steps. */
  static String stack(String cell, String task, int length) {
    var layers = new StringBuilder();
    for (int l = 0; l < 30; l++) {
      layers.append(l == 0 ? "" : ", ");
      layers.append("{\"cell\": \"" + cell + "\", \"hidden\": 16, \"activation\": \"tanh\"}");
    }
    return "{\"task\": {\"kind\": \""
        + task
        + "\", \"length\": "
        + length
        + "}, \"layers\": ["
        + layers
        + "], \"connection\": \"plain\", \"init\": {\"scheme\": \"xavier\"}, \"training\":"
        + " {\"optimizer\": \"adam\", \"learningRate\": 0.001, \"batchSize\": 64, \"steps\": 0},"
        + " \"probeEvery\": 20, \"seed\": 42}";
  }
}
