package gradflow.experiment;

import gradflow.engine.Probe;
import java.util.List;

/**
 * A run as it is at one moment, for a page or the REST API. Immutable; take a new one to see more.
 *
 * @param id the run's id (unguessable: it is the only key to somebody's run)
 * @param status where the run is
 * @param paused whether its owner paused it (it keeps its place among the active runs)
 * @param message why it ended, for diverged ("diverged at step k: …"), cancelled and failed; null
 *     otherwise
 * @param step the training steps taken so far (the next step's number)
 * @param totalSteps {@code training.steps}
 * @param queuePosition 1 for the next run to start, while queued; 0 otherwise
 * @param stepsPerSecond the recent rate in wall-clock time (waiting for a turn included); 0 before
 *     the first slice
 * @param baseline the task's chance-level loss, for the line under the loss curve
 * @param lossCurve the loss of the training steps, evenly thinned past the configured number of
 *     points
 * @param latestProbe the most recent probe, null before the first; after a divergence it may hold
 *     NaN or infinite numbers
 * @param lastFiniteProbe the most recent probe whose numbers are all finite
 */
public record RunSnapshot(
    String id,
    ExperimentSpec spec,
    RunStatus status,
    boolean paused,
    String message,
    int step,
    int totalSteps,
    int queuePosition,
    double stepsPerSecond,
    double baseline,
    List<LossPoint> lossCurve,
    Probe latestProbe,
    Probe lastFiniteProbe) {

  public RunSnapshot {
    lossCurve = List.copyOf(lossCurve);
  }
}
