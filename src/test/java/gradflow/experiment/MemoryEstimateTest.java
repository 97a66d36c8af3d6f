package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scheduler admits a run only when its memory estimate fits, so the estimate must cover what a
 * run really holds, for every cell and every connection: measured here as the heap a run keeps
 * after one probed step (its network, optimiser state and activations), against the estimate.
 */
class MemoryEstimateTest {

  private static ExperimentSpec spec(String cell, String connection, int layers, int hidden) {
    String layer = "{\"cell\": \"" + cell + "\", \"hidden\": " + hidden + "}";
    String stack = String.join(", ", java.util.Collections.nCopies(layers, layer));
    return Fixtures.SPECS
        .read(
            """
            {"task": {"kind": "adding", "length": 40},
             "layers": [%s], "connection": "%s",
             "training": {"optimizer": "adam", "batchSize": 32, "steps": 10},
             "probeEvery": 1, "seed": 5}
            """
                .formatted(stack, connection))
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} layers joined {1}")
  @CsvSource({
    "rnn, plain", "rnn, residual", "rnn, dense", "rnn, highway",
    "lstm, plain", "lstm, residual", "lstm, dense", "lstm, highway",
    "gru, plain", "gru, residual", "gru, dense", "gru, highway",
    "dense, plain", "dense, residual", "dense, dense", "dense, highway"
  })
  void theEstimateCoversTheHeapARunHoldsAfterAProbedStep(String cell, String connection) {
    var spec = spec(cell, connection, 6, 96);

    long held = retainedBy(spec);
    long estimate = MemoryEstimate.bytes(spec);
    System.out.printf(
        "%s/%s: held %d MB, estimate %d MB%n", cell, connection, held >> 20, estimate >> 20);

    assertThat(estimate).as("estimate vs %d bytes held", held).isGreaterThanOrEqualTo(held);
    // and not so far above that it refuses runs that would fit
    assertThat(estimate).isLessThan(4 * held + (8L << 20));
  }

  @Test
  void denseConnectionsWeightsGrowWithTheSquareOfTheDepthAndTheEstimateSaysSo() {
    // The run that once reached 6 GB and "Java heap space": 64 LSTM layers of 256, dense, batch 1.
    var big =
        Fixtures.SPECS
            .read(
                """
                {"task": {"kind": "adding", "length": 100},
                 "layers": [%s], "connection": "dense",
                 "training": {"optimizer": "adam", "batchSize": 1, "steps": 58}}
                """
                    .formatted(
                        String.join(
                            ", ",
                            java.util.Collections.nCopies(
                                64, "{\"cell\": \"lstm\", \"hidden\": 256}"))))
            .orElseThrow();

    // about 0.54 billion weights, four copies with Adam, 8 bytes each
    assertThat(MemoryEstimate.bytes(big)).isGreaterThan(16L << 30);
    assertThat(MemoryEstimate.bytes(spec("lstm", "dense", 12, 64)))
        .isGreaterThan(MemoryEstimate.bytes(spec("lstm", "plain", 12, 64)));
  }

  /** Heap in use while a run of the spec holds its network after one probed step, minus before. */
  private static long retainedBy(ExperimentSpec spec) {
    long before = usedAfterGc();
    var training = new Training(spec, spec.task().create());
    training.next();
    long after = usedAfterGc();
    // keeps the training reachable until after the measurement
    assertThat(training).isNotNull();
    return after - before;
  }

  private static long usedAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
