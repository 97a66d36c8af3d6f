package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** DESIGN.md lesson 4: divergence is a result to show, not a crash. */
class DivergenceTest {

  @Test
  void anExplodingRunStopsAsDivergedAtStepKAndKeepsTheLastFiniteProbe() {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.rnn(8, Activation.IDENTITY)),
            ConnectionKind.PLAIN,
            InitScheme.ORTHOGONAL,
            1.5,
            1);
    Trainer trainer = new Trainer(new Network(config), OptimizerConfig.sgd(50.0), Clipping.NONE);
    SplittableRandom data = new SplittableRandom(2);
    StepReport diverged = null;
    for (int s = 0; s < 50 && diverged == null; s++) {
      StepReport r =
          trainer.step(Fixtures.regression(data, 40, 4, 2, 1, Fixtures.lastStep(40)), true);
      if (r.diverged()) {
        diverged = r;
      }
    }
    assertThat(diverged).isNotNull();
    int k = diverged.step();
    assertThat(k).isPositive();
    assertThat(diverged.divergence()).startsWith("diverged at step " + k);
    assertThat(trainer.stepsTaken()).isEqualTo(k);
    assertThat(trainer.lastFiniteProbe())
        .hasValueSatisfying(
            p -> {
              assertThat(p.finite()).isTrue();
              assertThat(p.step()).isLessThanOrEqualTo(k);
            });

    StepReport later =
        trainer.step(Fixtures.regression(data, 40, 4, 2, 1, Fixtures.lastStep(40)), true);
    assertThat(later.diverged()).isTrue();
    assertThat(later.divergence()).isEqualTo(diverged.divergence());
    assertThat(trainer.stepsTaken()).isEqualTo(k);
  }

  @Test
  void clippingTamesTheSameRun() {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.rnn(8, Activation.TANH)),
            ConnectionKind.PLAIN,
            InitScheme.ORTHOGONAL,
            1.5,
            1);
    Trainer trainer =
        new Trainer(new Network(config), OptimizerConfig.sgd(0.05), Clipping.norm(1.0));
    SplittableRandom data = new SplittableRandom(2);
    for (int s = 0; s < 30; s++) {
      StepReport r = trainer.step(Fixtures.regression(data, 40, 4, 2, 1, Fixtures.lastStep(40)));
      assertThat(r.diverged()).isFalse();
      assertThat(r.globalNormAfter()).isLessThanOrEqualTo(1.0 + 1e-12);
    }
  }
}
