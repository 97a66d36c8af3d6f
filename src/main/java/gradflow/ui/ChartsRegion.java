package gradflow.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.ScheduledExecutorService;

/** The live charts: the gradient heatmap first, the rest as training reports them. */
class ChartsRegion extends Region {

  ChartsRegion(ScheduledExecutorService uiTicker) {
    super("charts", "3. Watch the gradients");
    var intro =
        new Paragraph(
            "Each cell is the size of the gradient that reaches a time step, on a log scale: dark means it has"
                + " faded away, bright means it is strong.");
    add(intro, new DecayPreview(uiTicker));
  }
}
