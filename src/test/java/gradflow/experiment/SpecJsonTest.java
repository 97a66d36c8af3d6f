package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.LayerSpec.Cell;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spec JSON: round trips, canonical text, defaults from the table, and the committed v1 fixture.
 */
class SpecJsonTest {
  private final Specs specs = Fixtures.SPECS;
  private final SettingsTable table = specs.table();

  @Test
  void aSpecWithEveryFieldSetSurvivesWritingAndReadingUnchanged() {
    ExperimentSpec spec = Fixtures.everyField();
    SpecResult back = specs.read(specs.toJson(spec));
    assertThat(back.errors()).isEmpty();
    assertThat(back.spec()).isEqualTo(spec);
  }

  @Test
  void theCommittedV1FixtureKeepsLoadingIntoTheSameSpec() {
    SpecResult r = specs.read(Fixtures.resource("spec-v1.json"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.spec()).isEqualTo(Fixtures.everyField());
  }

  @Test
  void theDesignDocumentExampleWithoutAVersionLoadsAsVersionOne() {
    SpecResult r = specs.read(Fixtures.resource("design-example-without-version.json"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    ExperimentSpec spec = r.spec();
    assertThat(spec.version()).isEqualTo(1);
    assertThat(spec.task()).isEqualTo(new TaskSpec(TaskKind.ADDING, 50));
    assertThat(spec.layers()).extracting(LayerSpec::cell).containsExactly(Cell.RNN, Cell.LSTM);
    assertThat(spec.init().spectralRadius()).isEqualTo(0.9);
    assertThat(spec.training().clipNorm()).isEqualTo(1.0);
    assertThat(spec.training().clipValue()).isNull();
    assertThat(spec.seed()).isEqualTo(42);
  }

  @Test
  void writingIsCanonicalSoTheSameSpecInAnyLayoutGivesTheSameText() {
    String shuffled =
        """
        {"seed": 9007199254740991, "probeEvery": 5,
         "training": {"clipValue": 0.75, "clipNorm": 2.5, "steps": 150, "batchSize": 20,
                      "learningRate": 3e-3, "optimizer": "rmsprop"},
         "init": {"spectralRadius": 1.25, "scheme": "orthogonal"}, "connection": "dense",
         "layers": [{"activation": "identity", "hidden": 16, "cell": "rnn"},
                    {"forgetBias": 1.5, "forgetGate": true, "hidden": 24, "cell": "lstm"},
                    {"forgetGate": false, "hidden": 24.0, "cell": "lstm"},
                    {"hidden": 8, "cell": "gru"},
                    {"activation": "relu", "hidden": 12, "cell": "dense"}],
         "task": {"length": 30, "kind": "copy"}, "version": 1}""";
    String a = specs.toJson(specs.read(shuffled).orElseThrow());
    String b = specs.toJson(specs.read(Fixtures.resource("spec-v1.json")).orElseThrow());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theWrittenFieldsAreExactlyTheTableRowsInTableOrder() {
    JsonNode json = JsonMapper.builder().build().readTree(specs.toJson(Fixtures.everyField()));
    List<String> written = new ArrayList<>();
    collect(json, "", written);
    List<String> rows =
        table.settings().stream()
            .map(Setting::path)
            .filter(path -> !path.equals("layers"))
            .toList();
    assertThat(written.stream().distinct().toList()).containsExactlyElementsOf(rows);
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    for (var entry : node.properties()) {
      String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      JsonNode v = entry.getValue();
      if (v.isArray()) {
        for (JsonNode element : v) {
          collect(element, path + "[]", out);
        }
      } else {
        out.add(path);
        if (v.isObject()) {
          collect(v, path, out);
        }
      }
    }
  }

  @Test
  void leftOutSettingsTakeTheTableDefaults() {
    ExperimentSpec spec =
        specs
            .read("{\"task\": {\"kind\": \"recall\"}, \"layers\": [{\"cell\": \"lstm\"}]}")
            .orElseThrow();
    assertThat(spec.task().length()).isEqualTo(TaskKind.RECALL.defaultLength());
    assertThat(spec.version()).isEqualTo(table.get("version").defaultValue());
    LayerSpec layer = spec.layers().getFirst();
    assertThat(layer.hidden()).isEqualTo(table.get("layers[].hidden").defaultValue());
    assertThat(layer.forgetGate()).isEqualTo(table.get("layers[].forgetGate").defaultValue());
    assertThat(layer.forgetBias()).isEqualTo(table.get("layers[].forgetBias").defaultValue());
    assertThat(layer.activation()).as("an lstm has no activation setting").isNull();
    assertThat(spec.connection().id()).isEqualTo(table.get("connection").defaultValue());
    assertThat(spec.init().scheme().id()).isEqualTo(table.get("init.scheme").defaultValue());
    assertThat(spec.init().spectralRadius()).isNull();
    assertThat(spec.training().optimizer().id())
        .isEqualTo(table.get("training.optimizer").defaultValue());
    assertThat(spec.training().learningRate())
        .isEqualTo(table.get("training.learningRate").defaultValue());
    assertThat(spec.training().batchSize())
        .isEqualTo(table.get("training.batchSize").defaultValue());
    assertThat(spec.training().steps()).isEqualTo(table.get("training.steps").defaultValue());
    assertThat(spec.training().clipNorm()).isNull();
    assertThat(spec.probeEvery()).isEqualTo(table.get("probeEvery").defaultValue());
    assertThat(spec.seed()).isEqualTo(table.get("seed").defaultValue());
  }

  @Test
  void theDepthTaskDefaultsToItsOneStep() {
    ExperimentSpec spec =
        specs
            .read("{\"task\": {\"kind\": \"spirals\"}, \"layers\": [{\"cell\": \"dense\"}]}")
            .orElseThrow();
    assertThat(spec.task().length()).isEqualTo(1);
  }

  @Test
  void anLstmWithoutForgetGateGetsNoDefaultBias() {
    ExperimentSpec spec =
        specs
            .read(
                "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"lstm\","
                    + " \"forgetGate\": false}]}")
            .orElseThrow();
    assertThat(spec.layers().getFirst().forgetBias()).isNull();
  }

  @Test
  void anExplicitNullSwitchesAnOptionalSettingOff() {
    ExperimentSpec spec =
        specs
            .read(
                "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}],"
                    + " \"training\": {\"clipNorm\": null}, \"init\": {\"spectralRadius\": null}}")
            .orElseThrow();
    assertThat(spec.training().clipNorm()).isNull();
    assertThat(spec.init().spectralRadius()).isNull();
  }

  @Test
  void theStarterSpecIsValidAndUsesOnlyTableDefaults() {
    ExperimentSpec starter = specs.starter();
    assertThat(specs.check(starter).isValid()).isTrue();
    assertThat(starter.layers()).hasSize(1);
    assertThat(starter.layers().getFirst().hidden())
        .isEqualTo(table.get("layers[].hidden").defaultValue());
  }
}
