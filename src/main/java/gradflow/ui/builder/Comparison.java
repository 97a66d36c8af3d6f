package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;

/**
 * A lesson that is a comparison: two variants of one experiment, shown side by side.
 *
 * @param lesson the lesson as the single-stack page knows it; its id names the resources
 * @param explanation the paragraph for compare mode, which speaks of A and B
 * @param a the first variant ({@code <id>.a.json}, else the lesson's own spec)
 * @param b the second variant ({@code <id>.b.json})
 */
public record Comparison(Preset lesson, String explanation, ExperimentSpec a, ExperimentSpec b) {

  public String id() {
    return lesson.id();
  }

  public String title() {
    return lesson.title();
  }
}
