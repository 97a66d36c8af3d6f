package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;

/**
 * A lesson: a complete spec and a paragraph on what to watch for.
 *
 * @param id the resource name, e.g. {@code "vanishing-tanh"}
 * @param title the menu entry
 * @param explanation one paragraph for the student; a comparison lesson loads its first variant and
 *     names the others
 */
public record Preset(String id, String title, String explanation, ExperimentSpec spec) {}
