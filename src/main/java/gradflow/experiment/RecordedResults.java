package gradflow.experiment;

import gradflow.engine.Probe;
import java.util.List;

/**
 * What an ended run recorded, kept with a saved experiment so that a share link shows the numbers
 * without training again.
 *
 * @param status finished or diverged
 * @param message how it ended ("diverged at step k: …"); null when it finished
 * @param step the training steps taken
 * @param lossCurve the loss curve as the run kept it (evenly thinned)
 * @param probes the probes in step order (the run's thinned history, perhaps thinned further to fit
 *     the store's size limit)
 */
public record RecordedResults(
    RunStatus status,
    String message,
    int step,
    int totalSteps,
    double baseline,
    List<LossPoint> lossCurve,
    List<Probe> probes) {

  public RecordedResults {
    lossCurve = List.copyOf(lossCurve);
    probes = List.copyOf(probes);
  }

  /** Whether a run that is now in this status has results worth keeping. */
  public static boolean recordable(RunStatus status) {
    return status == RunStatus.FINISHED || status == RunStatus.DIVERGED;
  }

  /**
   * The results of an ended run.
   *
   * @throws IllegalStateException when the run has not ended as finished or diverged
   */
  public static RecordedResults of(Run run) {
    RunSnapshot s = run.snapshot();
    if (!recordable(s.status())) {
      throw new IllegalStateException("run " + run.id() + " is " + s.status().id());
    }
    return new RecordedResults(
        s.status(),
        s.message(),
        s.step(),
        s.totalSteps(),
        s.baseline(),
        s.lossCurve(),
        run.probes());
  }

  /** A copy with fewer probes, for a store that must keep it under a size limit. */
  public RecordedResults withProbes(List<Probe> fewer) {
    return new RecordedResults(status, message, step, totalSteps, baseline, lossCurve, fewer);
  }
}
