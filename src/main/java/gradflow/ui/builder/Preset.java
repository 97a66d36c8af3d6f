package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;
import gradflow.ui.live.HeatmapView;

/**
 * A lesson: a complete spec and a paragraph on what to watch for.
 *
 * @param id the resource name, e.g. {@code "vanishing-tanh"}
 * @param title the menu entry
 * @param explanation one paragraph for the student; a comparison lesson loads its first variant and
 *     names the others
 * @param view what the gradient heatmap shows when the lesson loads: the step and scale its text
 *     speaks of (e.g. step 0 for an explosion that is over within a few steps)
 */
public record Preset(
    String id, String title, String explanation, ExperimentSpec spec, HeatmapView view) {

  /** A lesson whose heatmap follows the latest probe. */
  public Preset(String id, String title, String explanation, ExperimentSpec spec) {
    this(id, title, explanation, spec, HeatmapView.LATEST);
  }
}
