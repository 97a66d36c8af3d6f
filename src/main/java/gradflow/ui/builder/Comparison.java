package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;
import gradflow.ui.live.HeatmapView;

/**
 * A lesson that is a comparison: two variants of one experiment, shown side by side.
 *
 * @param lesson the lesson as the single-stack page knows it; its id names the resources
 * @param explanation the paragraph for compare mode, which speaks of A and B
 * @param a the first variant ({@code <id>.a.json}, else the lesson's own spec)
 * @param b the second variant ({@code <id>.b.json})
 * @param view what both heatmaps show ({@code <id>.compare.view}, else the lesson's)
 */
public record Comparison(
    Preset lesson, String explanation, ExperimentSpec a, ExperimentSpec b, HeatmapView view) {

  public Comparison(Preset lesson, String explanation, ExperimentSpec a, ExperimentSpec b) {
    this(lesson, explanation, a, b, lesson.view());
  }

  public String id() {
    return lesson.id();
  }

  public String title() {
    return lesson.title();
  }
}
