package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gradflow.experiment.ExperimentSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Without --weights, train.py draws its own weights by the spec's scheme: it must run for every
 * scheme, and rescale every recurrent gate block to the spec's spectral radius, since that is what
 * the lessons turn on. The numbers themselves match GradFlow's only in distribution, so only what
 * is exact is checked: the radius, and that the probe has every layer and step and is finite.
 */
class PyTorchInitTest {

  @BeforeAll
  static void pytorch() {
    assumeTrue(Python.hasTorch(), "skipped: /usr/bin/python3 cannot import torch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xavier", "he", "orthogonal", "identity", "normal"})
  void eachSchemeRunsAndRescalesEveryRecurrentBlock(String scheme, @TempDir Path dir)
      throws Exception {
    ExperimentSpec spec =
        ExportFixtures.spec(
            """
            {"task": {"kind": "adding", "length": 15},
             "layers": [{"cell": "lstm", "hidden": 6}, {"cell": "gru", "hidden": 6},
                        {"cell": "rnn", "hidden": 6}, {"cell": "dense", "hidden": 6}],
             "connection": "highway", "init": {"scheme": "%s", "spectralRadius": 0.8},
             "training": {"batchSize": 4, "steps": 0}, "seed": 3}
            """
                .formatted(scheme));
    PyTorchScriptTest.export(spec, dir);

    List<JsonNode> printed = PyTorchScriptTest.probes(Python.run(dir, "train.py", "--jsonl"));

    assertThat(printed).hasSize(1);
    JsonNode probe = printed.getFirst();
    assertThat(Double.isFinite(probe.get("loss").asDouble())).isTrue();
    for (int l = 0; l < 4; l++) {
      JsonNode g = probe.get("hiddenGrad").get(l);
      assertThat(g.size()).isEqualTo(15);
      g.forEach(v -> assertThat(Double.isFinite(v.asDouble())).isTrue());
    }
    List<Integer> blocks = List.of(4, 3, 1, 0);
    for (int l = 0; l < 4; l++) {
      JsonNode radii = probe.get("spectralRadius").get(l);
      assertThat(radii.size()).isEqualTo(blocks.get(l));
      radii.forEach(r -> assertThat(r.asDouble()).isCloseTo(0.8, within(1e-9)));
    }
  }

  @Test
  void withoutJsonlItPrintsTheHeatmapRowsForPeople(@TempDir Path dir) throws Exception {
    ExperimentSpec spec =
        ExportFixtures.spec(
            """
            {"task": {"kind": "adding", "length": 6}, "layers": [{"cell": "rnn", "hidden": 3}],
             "training": {"batchSize": 2, "steps": 2}, "probeEvery": 1, "seed": 1}
            """);
    PyTorchScriptTest.export(spec, dir);

    List<String> lines = Python.run(dir, "train.py");

    assertThat(lines.getFirst()).startsWith("step 0: loss ");
    assertThat(lines.get(1)).startsWith("  layer 1 ||dL/dh_t||, t = 0..5: ");
    assertThat(lines).filteredOn(s -> s.startsWith("step ")).hasSize(3);
    assertThat(lines.getLast()).isEqualTo("finished: 2 steps");
  }
}
