package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;

/**
 * Where the student picks a task and how to train it. The buttons that start the run sit above the
 * charts (see {@link ChartsRegion}), so that they stay in view on a projector.
 */
public class RunControlsRegion extends Region {
  public RunControlsRegion(SpecForm form) {
    super("run-controls", I18n.t("region.task"));
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
    // Last: the settings no region places, so that a new one is on the page at once.
    add(
        fields,
        form.control("training.clipNorm"),
        form.moreSettings(),
        form.problems(),
        form.json());
  }
}
