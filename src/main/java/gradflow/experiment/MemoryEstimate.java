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
    double perStepAndSequence = 0;
    double below = 0;
    for (LayerSpec layer : spec.layers()) {
      double h = layer.hidden();
      double cell =
          switch (layer.cell()) {
            case RNN, DENSE -> 6;
            case GRU -> 12;
            case LSTM -> 22;
          };
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
    double doubles =
        perStepAndSequence
            * spec.task().create().sequenceLength()
            * (double) spec.training().batchSize();
    return (long) Math.min(Long.MAX_VALUE, doubles * 8 * MARGIN);
  }

  static String describe(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
  }
}
