package gradflow.experiment;

import java.util.Locale;

/**
 * About how much heap a run of a spec needs while it trains: backpropagation through time keeps
 * every layer's activations for every time step of the batch, so it grows with layers × length ×
 * batch × hidden, whatever the number of steps. The work cap does not bound it (64 narrow LSTM
 * layers on 1000 steps of 256 sequences are cheap work and 20 GB of memory), so the scheduler
 * checks it separately.
 *
 * <p>Doubles kept per unit of (time step × sequence × hidden unit), measured on the engine
 * (November 2026, 16 layers, T = 100, batch 64, peak heap after one probed step): rnn and dense
 * about 6, gru 12, lstm 22; the connections add about 2 (residual) or 4 (highway) per unit, and
 * dense connections about 3 per unit of every earlier layer's width that each layer reads.
 */
final class MemoryEstimate {
  private MemoryEstimate() {}

  /** Head room over the measured figures, for what the measurement did not see. */
  private static final double MARGIN = 1.25;

  static long bytes(ExperimentSpec spec) {
    var task = spec.task().create();
    return (long)
        Math.min(Long.MAX_VALUE, (activations(spec, task) + parameters(spec, task)) * 8 * MARGIN);
  }

  /** The part of {@link #bytes} that is weights and their training state. */
  static long weightBytes(ExperimentSpec spec) {
    return (long) Math.min(Long.MAX_VALUE, parameters(spec, spec.task().create()) * 8 * MARGIN);
  }

  /** What backpropagation through time keeps: grows with length × batch, not with the weights. */
  private static double activations(ExperimentSpec spec, gradflow.task.Task task) {
    double perStepAndSequence = 0;
    double below = 0;
    for (LayerSpec layer : spec.layers()) {
      double h = layer.hidden();
      double cell = layer.cell().kind().keptPerUnit();
      double connection =
          switch (spec.connection()) {
            case PLAIN -> 0;
            case RESIDUAL -> 2 * h;
            case HIGHWAY -> 4 * h;
            case DENSE -> 3 * below;
          };
      perStepAndSequence += cell * h + connection;
      below += h;
    }
    return perStepAndSequence * task.sequenceLength() * (double) spec.training().batchSize();
  }

  /**
   * The weights, as many times over as training keeps them: the value, its gradient, and the
   * optimiser's state (Adam two more, momentum and RMSProp one). Small for a plain stack, but a
   * dense connection's layer l reads every layer below it, so its input weights grow with l and the
   * whole stack with the square of the depth: 64 LSTM layers of 256 hold about 0.5 billion weights,
   * 17 GB with Adam, whatever the batch.
   */
  private static double parameters(ExperimentSpec spec, gradflow.task.Task task) {
    double weights = 0;
    double denseIn = task.inputSize();
    double previous = task.inputSize();
    for (LayerSpec layer : spec.layers()) {
      double h = layer.hidden();
      double in = spec.connection() == ExperimentSpec.Connection.DENSE ? denseIn : previous;
      double gates = layer.cell().kind().blocks();
      double recurrent = layer.cell().kind().recurrentWeights(h);
      weights += in * gates * h + recurrent + gates * h;
      // A projection P where the widths differ; highway's transform gate W_T, b_T always.
      boolean project = in != h;
      weights +=
          switch (spec.connection()) {
            case PLAIN, DENSE -> 0;
            case RESIDUAL -> project ? in * h : 0;
            case HIGHWAY -> in * h + h + (project ? in * h : 0);
          };
      denseIn += h;
      previous = h;
    }
    weights += previous * task.outputSize() + task.outputSize();
    double copies =
        2
            + switch (spec.training().optimizer()) {
              case SGD -> 0;
              case MOMENTUM, RMSPROP -> 1;
              case ADAM -> 2;
            };
    return weights * copies;
  }

  static String describe(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
  }
}
