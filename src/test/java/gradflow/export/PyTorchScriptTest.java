package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exported train.py, run by real PyTorch, computes GradFlow's numbers: with GradFlow's initial
 * weights (weights.json) in float64 its step-0 loss and ||dL/dh_t|| for every layer and time step
 * agree with GradFlow's probe within 1e-6 relative error, and so do the training steps that follow.
 * This is what makes the script a faithful rebuild rather than a look-alike: a wrong gate order,
 * projection, loss scale or clipping rule shows here as a number that differs.
 *
 * <p>Skipped only when /usr/bin/python3 cannot import torch (bin/test installs Debian's
 * python3-torch when it may).
 */
class PyTorchScriptTest {
  static final double TOLERANCE = 1e-6;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void pytorch() {
    assumeTrue(
        Python.hasTorch(),
        "skipped: /usr/bin/python3 cannot import torch; install Debian's python3-torch"
            + " (apt-get install python3-torch, as bin/test does when run as root)");
  }

  /** The two checks: the adding problem with a tanh RNN and with an LSTM, at step 0. */
  static List<String> stepZero() {
    return List.of(
        """
        {"task": {"kind": "adding", "length": 40},
         "layers": [{"cell": "rnn", "hidden": 16, "activation": "tanh"}],
         "init": {"scheme": "orthogonal", "spectralRadius": 1.1},
         "training": {"batchSize": 8, "steps": 0}, "seed": 5}
        """,
        """
        {"task": {"kind": "adding", "length": 40},
         "layers": [{"cell": "lstm", "hidden": 12, "forgetGate": true, "forgetBias": 1.0}],
         "training": {"batchSize": 8, "steps": 0}, "seed": 6}
        """);
  }

  @ParameterizedTest
  @MethodSource("stepZero")
  void atStepZeroOnGradFlowsBatchTheScriptPrintsGradFlowsProbe(String json, @TempDir Path dir)
      throws Exception {
    ExperimentSpec spec = ExportFixtures.spec(json);
    export(spec, dir);

    List<JsonNode> printed =
        probes(
            Python.run(
                dir,
                "train.py",
                "--weights",
                "weights.json",
                "--batch-from",
                "batch.json",
                "--jsonl"));

    List<Probe> gradFlow = ExportFixtures.gradFlowProbes(spec);
    assertThat(printed).hasSize(1);
    ProbeComparison check = new ProbeComparison(TOLERANCE);
    check.compare(gradFlow.getFirst(), printed.getFirst());
    System.out.printf(
        "PyTorch check, %s step 0: largest relative errors %s%n", describe(spec), check.worst);
  }

  /**
   * Every cell (IndRNN with ReLU and tanh), connection, optimiser and clipping rule, trained for a
   * few steps on the script's own port of the batches: the probes of every step agree, so the
   * update rules do too.
   */
  static List<String> training() {
    return List.of(
        """
        {"task": {"kind": "copy", "length": 4},
         "layers": [{"cell": "gru", "hidden": 10}, {"cell": "lstm", "hidden": 10, "forgetGate": false},
                    {"cell": "dense", "hidden": 10, "activation": "relu"}],
         "connection": "residual", "init": {"scheme": "xavier"},
         "training": {"optimizer": "adam", "learningRate": 0.01, "batchSize": 6, "steps": 4,
                      "clipNorm": 0.5}, "probeEvery": 2, "seed": 21}
        """,
        """
        {"task": {"kind": "adding", "length": 12},
         "layers": [{"cell": "rnn", "hidden": 8, "activation": "sigmoid"},
                    {"cell": "lstm", "hidden": 8, "forgetBias": 0.5}, {"cell": "gru", "hidden": 8},
                    {"cell": "indrnn", "hidden": 8, "activation": "relu"}],
         "connection": "highway", "init": {"scheme": "he", "spectralRadius": 0.95},
         "training": {"optimizer": "rmsprop", "learningRate": 0.005, "batchSize": 5, "steps": 4,
                      "clipValue": 0.01}, "probeEvery": 2, "seed": 22}
        """,
        """
        {"task": {"kind": "parity", "length": 10},
         "layers": [{"cell": "lstm", "hidden": 6}, {"cell": "rnn", "hidden": 7, "activation": "relu"},
                    {"cell": "dense", "hidden": 5, "activation": "identity"}],
         "connection": "dense", "init": {"scheme": "normal"},
         "training": {"optimizer": "momentum", "learningRate": 0.05, "batchSize": 4, "steps": 4,
                      "clipNorm": 1.0}, "probeEvery": 2, "seed": 23}
        """,
        """
        {"task": {"kind": "recall", "length": 5},
         "layers": [{"cell": "rnn", "hidden": 9, "activation": "identity"},
                    {"cell": "indrnn", "hidden": 9, "activation": "tanh"}],
         "init": {"scheme": "identity", "spectralRadius": 0.9},
         "training": {"optimizer": "sgd", "learningRate": 0.1, "batchSize": 3, "steps": 3},
         "probeEvery": 1, "seed": 24}
        """);
  }

  @ParameterizedTest
  @MethodSource("training")
  void trainingOnThePortedBatchesTheScriptPrintsGradFlowsProbes(String json, @TempDir Path dir)
      throws Exception {
    ExperimentSpec spec = ExportFixtures.spec(json);
    export(spec, dir);

    List<JsonNode> printed =
        probes(Python.run(dir, "train.py", "--weights", "weights.json", "--jsonl"));

    List<Probe> gradFlow = ExportFixtures.gradFlowProbes(spec);
    assertThat(printed).hasSize(gradFlow.size());
    ProbeComparison check = new ProbeComparison(TOLERANCE);
    for (int i = 0; i < gradFlow.size(); i++) {
      check.compare(gradFlow.get(i), printed.get(i));
    }
    System.out.printf(
        "PyTorch check, %s trained: largest relative errors %s%n", describe(spec), check.worst);
  }

  static void export(ExperimentSpec spec, Path dir) throws IOException {
    ExportSource source = new ExportSource("check", spec, List.of());
    for (ExportFile f :
        List.of(ExportFile.SPEC, ExportFile.WEIGHTS, ExportFile.BATCH, ExportFile.TRAIN_PY)) {
      try (var out = Files.newOutputStream(dir.resolve(f.fileName()))) {
        Exports.write(f, source, out);
      }
    }
  }

  static List<JsonNode> probes(List<String> lines) {
    return lines.stream().map(JSON::readTree).toList();
  }

  private static String describe(ExperimentSpec spec) {
    return spec.task().kind().id()
        + " "
        + spec.layers().stream().map(l -> l.cell().id()).toList()
        + " "
        + spec.connection().id();
  }
}
