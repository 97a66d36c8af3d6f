package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

  @Test
  void badConfigurationIsRejectedNamingTheFieldAndTheLimit() {
    assertThatThrownBy(() -> LayerConfig.rnn(0, Activation.TANH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hidden must be in [1, 1024]");
    assertThatThrownBy(
            () ->
                NetworkConfig.of(
                    2,
                    1,
                    List.of(LayerConfig.gru(4)),
                    ConnectionKind.PLAIN,
                    InitScheme.XAVIER,
                    0.0,
                    1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("init.spectralRadius must be in (0, 10");
    assertThatThrownBy(
            () ->
                NetworkConfig.of(2, 1, List.of(), ConnectionKind.PLAIN, InitScheme.XAVIER, null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layers must hold 1 to 64");
    assertThatThrownBy(() -> OptimizerConfig.adam(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training.learningRate");
    assertThatThrownBy(() -> Clipping.norm(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training.clipNorm");
    assertThatThrownBy(() -> CellKind.parse("lstmx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell must be one of rnn | lstm | gru | dense");
  }

  @Test
  void aBatchThatDoesNotFitTheNetworkIsRejectedNamingTheMismatch() {
    Network net =
        new Network(
            NetworkConfig.of(
                3,
                1,
                List.of(LayerConfig.lstm(4)),
                ConnectionKind.PLAIN,
                InitScheme.XAVIER,
                null,
                1));
    Trainer trainer = new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE);
    Batch wrongInput =
        Fixtures.regression(new SplittableRandom(1), 5, 2, 2, 1, Fixtures.lastStep(5));
    assertThatThrownBy(() -> trainer.step(wrongInput))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inputSize");
    Batch badStep = Fixtures.regression(new SplittableRandom(1), 5, 2, 3, 1, new int[] {5});
    assertThatThrownBy(() -> trainer.step(badStep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target steps");
    Network wide =
        new Network(
            NetworkConfig.of(
                1,
                1,
                List.of(LayerConfig.lstm(1024)),
                ConnectionKind.PLAIN,
                InitScheme.XAVIER,
                null,
                1));
    Batch huge =
        new Batch(
            Fixtures.gaussianInputs(new SplittableRandom(1), 20000, 1, 1),
            new Batch.Regression(
                new int[] {0},
                new org.ejml.data.DMatrixRMaj[] {new org.ejml.data.DMatrixRMaj(1, 1)}));
    assertThatThrownBy(() -> new Trainer(wide, OptimizerConfig.sgd(0.1), Clipping.NONE).step(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds the engine's buffer limit");
  }
}
