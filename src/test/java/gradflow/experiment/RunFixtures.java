package gradflow.experiment;

import java.time.Duration;

/** Small specs and settings for the run and scheduler tests. */
final class RunFixtures {
  private RunFixtures() {}

  /** A tiny vanilla RNN on the adding task: a step takes microseconds. */
  static ExperimentSpec tiny(int steps, int probeEvery) {
    return Fixtures.SPECS
        .read(
            """
            {"task": {"kind": "adding", "length": 8},
             "layers": [{"cell": "rnn", "hidden": 4}],
             "training": {"optimizer": "sgd", "learningRate": 0.01, "batchSize": 2, "steps": %d},
             "probeEvery": %d, "seed": 7}
            """
                .formatted(steps, probeEvery))
        .orElseThrow();
  }

  /**
   * A linear RNN with spectral radius 1.5 and SGD at a large rate, no clipping: finite at first,
   * then NaN or infinite within a few dozen steps.
   */
  static ExperimentSpec exploding() {
    return Fixtures.SPECS
        .read(
            """
            {"task": {"kind": "adding", "length": 40},
             "layers": [{"cell": "rnn", "hidden": 8, "activation": "identity"}],
             "init": {"scheme": "orthogonal", "spectralRadius": 1.5},
             "training": {"optimizer": "sgd", "learningRate": 10, "batchSize": 4, "steps": 500},
             "probeEvery": 1, "seed": 3}
            """)
        .orElseThrow();
  }

  static RunSettings settings(int sliceSteps, int maxLossPoints, int maxProbes) {
    return new RunSettings(
        1,
        4,
        4,
        4,
        0,
        sliceSteps,
        Duration.ofHours(1),
        maxLossPoints,
        maxProbes,
        16_000_000,
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        500,
        org.springframework.util.unit.DataSize.ofBytes(0));
  }

  static Run standalone(ExperimentSpec spec, RunSettings settings) {
    return new Run(spec, "test", settings, System::nanoTime);
  }

  /** Drives a standalone run to its end, one slice after another. */
  static Run runToEnd(Run run) {
    while (run.slice(7, Long.MAX_VALUE) == Run.SliceEnd.MORE) {
      // next slice
    }
    return run;
  }

  static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
