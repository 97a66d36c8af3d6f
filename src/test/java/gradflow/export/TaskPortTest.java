package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gradflow.experiment.ExperimentSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * train.py's port of SplitMix64 and the task generators makes GradFlow's batches exactly, bit for
 * bit: without that, a trained script would see other data than GradFlow from step 1 on. Compared
 * as JSON trees of doubles, so a difference in the last bit fails. Spirals alone may differ in the
 * last bit (Java's StrictMath.cos against the C library's), and is held to 1e-15.
 */
class TaskPortTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void pytorch() {
    assumeTrue(Python.hasTorch(), "skipped: /usr/bin/python3 cannot import torch");
  }

  @ParameterizedTest(name = "{0} length {1}, step {2}")
  @CsvSource({
    "adding, 17, 0",
    "adding, 50, 9",
    "copy, 3, 0",
    "copy, 12, 7",
    "recall, 6, 4",
    "order, 23, 5",
    "parity, 11, 3",
    "reverse, 5, 2",
    "spirals, 1, 6"
  })
  void thePortMakesGradFlowsBatch(String kind, int length, int step, @TempDir Path dir)
      throws Exception {
    ExperimentSpec spec =
        ExportFixtures.spec(
            """
            {"task": {"kind": "%s", "length": %d}, "layers": [{"cell": "lstm", "hidden": 4}],
             "training": {"batchSize": 7}, "seed": 9007199254740991}
            """
                .formatted(kind, length));
    PyTorchScriptTest.export(spec, dir);

    JsonNode ported =
        JSON.readTree(
            String.join("\n", Python.run(dir, "train.py", "--dump-batch", Integer.toString(step))));
    JsonNode gradFlow = JSON.valueToTree(BatchJson.of(spec, step));

    if (kind.equals("spirals")) {
      assertThat(ported.get("target")).isEqualTo(gradFlow.get("target"));
      JsonNode a = ported.get("inputs").get(0);
      JsonNode b = gradFlow.get("inputs").get(0);
      for (int i = 0; i < b.size(); i++) {
        for (int j = 0; j < 2; j++) {
          assertThat(a.get(i).get(j).asDouble()).isCloseTo(b.get(i).get(j).asDouble(), within());
        }
      }
    } else {
      assertThat(ported).isEqualTo(gradFlow);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-15);
  }
}
