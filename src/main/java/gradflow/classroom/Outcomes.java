package gradflow.classroom;

import gradflow.engine.Probe;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.RunStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a gallery card and the sweep plot show of an ended run, computed once from its recorded
 * results when it is stored: the final loss, where it diverged, the gradient ratio and the small
 * heatmap (see {@link ClassRun}).
 */
final class Outcomes {
  private static final Pattern DIVERGED_AT = Pattern.compile("diverged at step (\\d+)");

  private Outcomes() {}

  /** The last finite loss of the curve, else of the last probe; null when there is none. */
  static Double finalLoss(RecordedResults results) {
    List<LossPoint> curve = results.lossCurve();
    for (LossPoint p : curve.reversed()) {
      if (Double.isFinite(p.loss())) {
        return p.loss();
      }
    }
    Probe last = lastProbe(results);
    return last != null && Double.isFinite(last.loss()) ? last.loss() : null;
  }

  /** The step a diverged run diverged at ("diverged at step k: …"), else null. */
  static Integer divergedAt(RecordedResults results) {
    if (results.status() != RunStatus.DIVERGED) {
      return null;
    }
    Matcher m = results.message() == null ? null : DIVERGED_AT.matcher(results.message());
    return m != null && m.find() ? Integer.valueOf(m.group(1)) : results.step();
  }

  /**
   * The far end's gradient over the near end's, from the last probe: in time, the top layer's
   * hiddenGrad at the first step over the last step (the loss reads the top layer, so this is the
   * decay through time alone); in depth (the task has one step), the first layer's over the last
   * layer's. Null when there is no probe or the ratio is not a finite number.
   */
  static Double gradientRatio(RecordedResults results, boolean depthTask) {
    Probe last = lastProbe(results);
    if (last == null || last.hiddenGrad().length == 0) {
      return null;
    }
    double[][] g = last.hiddenGrad();
    double ratio;
    if (depthTask) {
      ratio = g[0][g[0].length - 1] / g[g.length - 1][g[g.length - 1].length - 1];
    } else {
      double[] top = g[g.length - 1];
      ratio = top[0] / top[top.length - 1];
    }
    return Double.isFinite(ratio) ? ratio : null;
  }

  /** The small heatmap of the last probe; an empty one when there is none. */
  static Heatmap heatmap(RecordedResults results) {
    Probe last = lastProbe(results);
    return Heatmap.of(last == null ? new double[0][] : last.hiddenGrad());
  }

  private static Probe lastProbe(RecordedResults results) {
    return results.probes().isEmpty() ? null : results.probes().getLast();
  }
}
