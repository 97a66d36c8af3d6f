package gradflow.experiment;

import java.util.Collection;
import java.util.Comparator;

/** The scheduler's refusals, worded for a student, with a guess at when to try again. */
final class Refusals {
  private Refusals() {}

  private static final int UNKNOWN_WAIT_SECONDS = 10;
  private static final int MAX_WAIT_SECONDS = 600;

  static BusyException shuttingDown() {
    return new BusyException("The server is shutting down.", UNKNOWN_WAIT_SECONDS, false);
  }

  static BusyException clientLimit(Collection<Run> mine) {
    int wait = soonestEnd(mine);
    return new BusyException(
        "You already have "
            + mine.size()
            + " runs going, the most one person may have at a time; cancel one or retry in "
            + wait
            + " s.",
        wait,
        true);
  }

  static BusyException addressLimit(Collection<Run> fromThere) {
    int wait = soonestEnd(fromThere);
    return new BusyException(
        "Your network address already has "
            + fromThere.size()
            + " runs going, the most one address may have at a time (GRADFLOW_RUNS_PERADDRESS);"
            + " retry in "
            + wait
            + " s.",
        wait,
        true);
  }

  static BusyException full(Collection<Run> active, int waiting) {
    int wait = soonestEnd(active);
    return new BusyException(
        "The server is busy ("
            + active.size()
            + " runs training, "
            + waiting
            + " waiting); retry in "
            + wait
            + " s.",
        wait,
        false);
  }

  static Violation tooMuchMemory(ExperimentSpec spec, long memory, long budget) {
    if (MemoryEstimate.weightBytes(spec) * 2 > memory) {
      // Mostly weights, which no batch size changes: say what does.
      return new Violation(
          "layers",
          String.valueOf(spec.layers().size()),
          "This stack's weights alone would need about "
              + MemoryEstimate.describe(memory)
              + " of memory while training ("
              + spec.layers().size()
              + " layers"
              + (spec.connection() == ExperimentSpec.Connection.DENSE
                  ? ", each of which reads every layer below it through the dense connection"
                  : "")
              + "), but a run may use at most "
              + MemoryEstimate.describe(budget)
              + "; use fewer or narrower layers"
              + (spec.connection() == ExperimentSpec.Connection.DENSE
                  ? " or another connection."
                  : "."));
    }
    int batch = spec.training().batchSize();
    return new Violation(
        "training.batchSize",
        String.valueOf(batch),
        "This run would need about "
            + MemoryEstimate.describe(memory)
            + " of memory to keep every layer's activations for "
            + batch
            + " sequences (training.batchSize is "
            + batch
            + "), but a run may use at most "
            + MemoryEstimate.describe(budget)
            + "; use a smaller batch, a shorter task or fewer or narrower layers.");
  }

  /** Seconds until the first of these runs is likely to end, from their recent rates. */
  private static int soonestEnd(Collection<Run> candidates) {
    return candidates.stream()
        .map(Run::secondsLeft)
        .filter(s -> s >= 0)
        .min(Comparator.naturalOrder())
        .map(s -> (int) Math.clamp(Math.ceil(s), 1, MAX_WAIT_SECONDS))
        .orElse(UNKNOWN_WAIT_SECONDS);
  }
}
