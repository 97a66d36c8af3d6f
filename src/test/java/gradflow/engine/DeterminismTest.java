package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  static final NetworkConfig CONFIG =
      NetworkConfig.of(
          3,
          2,
          List.of(
              LayerConfig.lstm(6, true, 1.0),
              LayerConfig.gru(5),
              LayerConfig.rnn(6, Activation.RELU)),
          ConnectionKind.HIGHWAY,
          InitScheme.ORTHOGONAL,
          0.95,
          42);

  static Trainer train(int steps, boolean probeEveryStep) {
    Trainer trainer =
        new Trainer(new Network(CONFIG), OptimizerConfig.adam(0.01), Clipping.norm(0.5));
    SplittableRandom data = new SplittableRandom(7);
    for (int s = 0; s < steps; s++) {
      Batch b = Fixtures.classification(data, 9, 4, 3, 2, new int[] {4, 8});
      trainer.step(b, probeEveryStep);
    }
    return trainer;
  }

  static void assertBitIdentical(Network a, Network b) {
    for (int q = 0; q < a.params.size(); q++) {
      assertThat(b.params.get(q).v()).as(a.params.get(q).name).isEqualTo(a.params.get(q).v());
    }
  }

  @Test
  void theSameConfigSeedAndDataGiveBitIdenticalWeights() {
    assertBitIdentical(train(25, false).network(), train(25, false).network());
  }

  @Test
  void takingAProbeOnEveryStepDoesNotChangeTheTrajectory() {
    assertBitIdentical(train(25, false).network(), train(25, true).network());
  }

  @Test
  void anotherSeedGivesOtherWeights() {
    Network a = new Network(CONFIG);
    Network b =
        new Network(
            new NetworkConfig(
                3,
                2,
                CONFIG.layers(),
                CONFIG.connection(),
                CONFIG.init(),
                0.95,
                CONFIG.highwayBias(),
                43));
    assertThat(b.params.get(0).v()).isNotEqualTo(a.params.get(0).v());
  }
}
