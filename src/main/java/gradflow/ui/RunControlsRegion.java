package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import gradflow.ui.builder.SpecForm;

/**
 * Where the student picks a task and how to train, and (next) starts, pauses, steps or resets the
 * run. The run's buttons and progress go in {@code run-actions} at the bottom.
 */
class RunControlsRegion extends Region {
  private final Div actions = new Div();

  RunControlsRegion(SpecForm form) {
    super("run-controls", "2. Choose a task and train");
    var fields =
        new Div(
            form.control("task.kind"),
            form.control("task.length"),
            form.taskNote(),
            form.control("training.optimizer"),
            form.control("training.learningRate"),
            form.control("training.batchSize"),
            form.control("training.steps"),
            form.control("seed"));
    fields.addClassName("gf-fields");
    actions.setId("run-actions");
    actions.addClassName("gf-run-actions");
    add(fields, form.clipNorm(), form.problems(), form.json(), actions);
  }
}
