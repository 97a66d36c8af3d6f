package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** End to end: the engine does learn, so the probes watch a network that trains. */
class TrainingTest {

  @Test
  void anLstmLearnsTheAddingProblemWellBelowItsChanceLevel() {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.lstm(16, true, 1.0)),
            ConnectionKind.PLAIN,
            InitScheme.XAVIER,
            null,
            3);
    Trainer trainer =
        new Trainer(new Network(config), OptimizerConfig.adam(0.01), Clipping.norm(1.0));
    SplittableRandom data = new SplittableRandom(4);
    double recent = 0;
    for (int s = 0; s < 600; s++) {
      double loss = trainer.step(Fixtures.adding(data, 10, 32)).loss();
      if (s >= 550) {
        recent += loss / 50;
      }
    }
    // predicting the mean sum 1 scores Var(U + U') = 1/6
    assertThat(recent).isLessThan(0.1 / 6);
  }
}
