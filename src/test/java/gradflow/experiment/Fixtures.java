package gradflow.experiment;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.InitSpec.Scheme;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.TrainingSpec.Optimizer;
import gradflow.task.TaskKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Specs and resources shared by the experiment tests. */
final class Fixtures {
  private Fixtures() {}

  static final Specs SPECS = new Specs(SpecLimits.DEFAULTS);

  /**
   * The spec the committed v1 fixture holds: every setting, every cell, every optional field set.
   */
  static ExperimentSpec everyField() {
    return new ExperimentSpec(
        1,
        new TaskSpec(TaskKind.COPY, 30),
        List.of(
            new LayerSpec(Cell.RNN, 16, Activation.IDENTITY, null, null),
            new LayerSpec(Cell.LSTM, 24, null, true, 1.5),
            new LayerSpec(Cell.LSTM, 24, null, false, null),
            new LayerSpec(Cell.GRU, 8, null, null, null),
            new LayerSpec(Cell.DENSE, 12, Activation.RELU, null, null)),
        Connection.DENSE,
        new InitSpec(Scheme.ORTHOGONAL, 1.25),
        new TrainingSpec(Optimizer.RMSPROP, 0.003, 20, 150, 2.5, 0.75),
        5,
        SettingsTable.MAX_SEED);
  }

  static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
