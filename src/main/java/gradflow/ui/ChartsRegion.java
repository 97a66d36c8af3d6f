package gradflow.ui;

import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.live.LiveCharts;
import gradflow.ui.run.RunPanel;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The run's buttons and its live charts. Before the first run it shows the decay that lesson 1
 * predicts; the first Train replaces it with the run's own charts.
 */
class ChartsRegion extends Region {

  ChartsRegion(ScheduledExecutorService uiTicker, RunPanel runPanel, LiveCharts charts) {
    super("charts", "3. Train and watch the gradients");
    var intro =
        new Paragraph(
            "Each cell is the size of the gradient that reaches a time step, on a log scale: dark"
                + " means it has faded away, bright means it is strong.");
    var preview = new DecayPreview(uiTicker);
    charts.setVisible(false);
    charts.addResetListener(
        () -> {
          preview.setVisible(false);
          charts.setVisible(true);
        });
    add(runPanel, intro, preview, charts);
  }
}
