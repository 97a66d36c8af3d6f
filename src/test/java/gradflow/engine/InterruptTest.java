package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cancel must not wait for the end of a step that lasts many seconds: an interrupted step stops
 * at the very next time step of whichever layer it is in, forward or backward.
 */
class InterruptTest {

  @ParameterizedTest
  @EnumSource(value = CellKind.class, mode = EnumSource.Mode.EXCLUDE, names = "DENSE")
  void anInterruptStopsTheStepAtTheNextTimeStepForwardOrBackward(CellKind kind) {
    int T = 20;
    for (int askedBeforeStop : new int[] {0, 7, 2 * T + 5, 3 * T + 2}) {
      var network = network(kind);
      var asked = new AtomicInteger();
      for (Cell cell : network.cells) {
        cell.interrupted = () -> asked.incrementAndGet() > askedBeforeStop;
      }
      var trainer = new Trainer(network, OptimizerConfig.sgd(0.1), Clipping.NONE);

      assertThatThrownBy(() -> trainer.step(Fixtures.adding(new SplittableRandom(1), T, 4), true))
          .isInstanceOf(StepInterrupted.class);
      // Stopped at the first check that said so: no time step ran past it.
      assertThat(asked.get()).as("after %d checks", askedBeforeStop).isEqualTo(askedBeforeStop + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = CellKind.class, mode = EnumSource.Mode.EXCLUDE, names = "DENSE")
  void aStepChecksEveryTimeStepOfEveryLayerBothWays(CellKind kind) {
    int T = 20;
    var network = network(kind);
    var asked = new AtomicInteger();
    for (Cell cell : network.cells) {
      cell.interrupted = () -> asked.incrementAndGet() < 0;
    }
    new Trainer(network, OptimizerConfig.sgd(0.1), Clipping.NONE)
        .step(Fixtures.adding(new SplittableRandom(1), T, 4));

    // two layers, forward and backward, each time step, plus one check per layer each way
    assertThat(asked.get()).isGreaterThanOrEqualTo(2 * 2 * (T + 1));
  }

  private static Network network(CellKind kind) {
    LayerConfig layer = new LayerConfig(kind, 8, Activation.TANH, true, 1.0);
    return new Network(
        NetworkConfig.of(
            2, 1, List.of(layer, layer), ConnectionKind.PLAIN, InitScheme.XAVIER, null, 3));
  }
}
