package gradflow.experiment;

import gradflow.engine.Batch;
import gradflow.engine.Probe;
import gradflow.engine.StepReport;
import gradflow.engine.Trainer;
import gradflow.task.Task;

/**
 * What one step of a run does, apart from the run's life: step k trains on the task's batch (seed,
 * k) and is probed when k is a multiple of {@code probeEvery}; after the last step the trained
 * network is probed once more when the step count is itself a probe step; {@code steps: 0} only
 * probes the fresh network. Not thread-safe: one slice at a time.
 */
final class Training {
  private final ExperimentSpec spec;
  private final Task task;
  private Trainer trainer;

  /**
   * What a step gave.
   *
   * @param trained whether an update was tried (then {@code step} and {@code loss} go on the curve)
   * @param stepsTaken the updates made so far
   * @param probe the probe taken, or null
   * @param end FINISHED or DIVERGED when this was the last step, else null
   * @param message why it diverged
   */
  record Outcome(
      boolean trained,
      int step,
      double loss,
      int stepsTaken,
      Probe probe,
      RunStatus end,
      String message) {}

  /**
   * @throws IllegalArgumentException if the engine refuses a setting
   */
  Training(ExperimentSpec spec, Task task) {
    this.spec = spec;
    this.task = task;
    this.trainer = EngineAdapter.trainer(spec, task);
  }

  /** How long the last probe took to compute, in nanoseconds. */
  long lastProbeNanos() {
    return trainer.lastProbeNanos();
  }

  /** Stops the step under way, from any thread: it throws StepInterrupted. */
  void interrupt() {
    trainer.interrupt();
  }

  Outcome next() {
    int total = spec.training().steps();
    int k = trainer.stepsTaken();
    int probeEvery = spec.probeEvery();
    if (k >= total) {
      Probe p = null;
      if (total == 0 || total % probeEvery == 0) {
        p = trainer.probe(batch(k));
        if (p == null) {
          return new Outcome(
              false,
              k,
              Double.NaN,
              k,
              null,
              RunStatus.DIVERGED,
              "diverged at step " + k + ": the loss is not finite");
        }
      }
      return new Outcome(false, k, Double.NaN, k, p, RunStatus.FINISHED, null);
    }
    StepReport r = trainer.step(batch(k), k % probeEvery == 0);
    return new Outcome(
        true,
        k,
        r.loss(),
        trainer.stepsTaken(),
        r.probe(),
        r.diverged() ? RunStatus.DIVERGED : null,
        r.divergence());
  }

  /**
   * A probe of the network as it is, on the batch of the next step, without training: the last word
   * of a run the server stops.
   */
  Outcome probeNow() {
    int k = trainer.stepsTaken();
    return new Outcome(false, k, Double.NaN, k, trainer.probe(batch(k)), null, null);
  }

  private Batch batch(int k) {
    return task.batch(spec.training().batchSize(), spec.seed(), k);
  }
}
