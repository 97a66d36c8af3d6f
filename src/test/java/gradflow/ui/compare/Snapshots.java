package gradflow.ui.compare;

import gradflow.experiment.LossPoint;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.RunStatus;
import java.util.List;

/** Run snapshots for the comparison rules, with only what they read. */
final class Snapshots {
  private Snapshots() {}

  static RunSnapshot at(RunStatus status, int step, double... losses) {
    var curve = new java.util.ArrayList<LossPoint>();
    for (int i = 0; i < losses.length; i++) {
      curve.add(new LossPoint(i, losses[i]));
    }
    return new RunSnapshot(
        "id", null, status, false, null, step, 500, 0, 100, 0.17, List.copyOf(curve), null, null);
  }

  static RunSnapshot running(int step) {
    return at(RunStatus.RUNNING, step);
  }
}
