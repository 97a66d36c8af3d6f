package gradflow.ui;

import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.LiveCharts;
import gradflow.ui.run.RunPanel;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The run's buttons and its live charts. Before the first run it shows the decay that lesson 1
 * predicts; the first Train replaces it with the run's own charts, and Reset brings it back.
 */
public class ChartsRegion extends Region {

  public ChartsRegion(
      ScheduledExecutorService uiTicker,
      RunPanel runPanel,
      com.vaadin.flow.component.Component share,
      LiveCharts charts) {
    super("charts", I18n.t("region.charts"));
    var intro = new Paragraph(I18n.t("region.charts.intro"));
    var preview = new DecayPreview(uiTicker);
    charts.setVisible(false);
    charts.addResetListener(
        () -> {
          preview.setVisible(false);
          charts.setVisible(true);
        });
    charts.addClearListener(
        () -> {
          charts.setVisible(false);
          preview.setVisible(true);
        });
    add(runPanel, share, intro, preview, charts);
  }
}
