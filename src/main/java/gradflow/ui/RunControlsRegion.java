package gradflow.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Where the student picks a task and starts, pauses, steps or resets training. */
class RunControlsRegion extends Region {

  RunControlsRegion() {
    super("run-controls", "2. Choose a task and train");
    add(
        new Paragraph(
            "Pick a long-dependency task such as the adding problem or copy memory, then train and watch the"
                + " charts."));
  }
}
