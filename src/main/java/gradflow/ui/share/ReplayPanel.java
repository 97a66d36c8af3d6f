package gradflow.ui.share;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.LiveCharts;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A saved run played back: every chart of the playground drawn from the recorded probes, a slider
 * over them, and play/pause. The charts are fed exactly as the live run fed them, a snapshot and
 * the probes up to the step shown, so that what a shared link shows is what its author saw.
 */
final class ReplayPanel extends Div {

  /** About three probes a second: slow enough to watch the heatmap change. */
  private static final long PLAY_MILLIS = 350;

  private final String slug;
  private final ExperimentSpec spec;
  private final RecordedResults results;
  private final ScheduledExecutorService ticker;
  private final LiveCharts charts = new LiveCharts();
  private final StepSlider slider;
  private final Button play = new Button(I18n.t("share.play"));
  private final Span where = new Span();
  private ScheduledFuture<?> playing;
  private int shown = -1;

  ReplayPanel(
      String slug, ExperimentSpec spec, RecordedResults results, ScheduledExecutorService ticker) {
    this.slug = slug;
    this.spec = spec;
    this.results = results;
    this.ticker = ticker;
    setId("replay");
    addClassName("gf-replay");
    slider = new StepSlider("replay-step", I18n.t("share.slider"), this::show);
    slider.setMax(Math.max(0, results.probes().size() - 1));
    play.setId("replay-play");
    play.addClickListener(e -> togglePlay());
    where.setId("replay-where");
    where.getElement().setAttribute("aria-live", "polite");
    var controls = new Div(play, slider, where);
    controls.addClassName("gf-replay-controls");
    var export = new ExportLinks("export");
    export.show("/api/experiments/" + slug + "/export");
    add(controls, export, charts);
    charts.reset(spec.layers().size(), results.totalSteps(), results.baseline());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // The last step first: the picture the run ended on, as its author saw it.
    show(results.probes().size() - 1);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stop();
  }

  /** Shows the recorded probe {@code index} (0 = the first) with everything up to it. */
  void show(int index) {
    if (results.probes().isEmpty()) {
      where.setText(I18n.t("share.noProbes"));
      return;
    }
    int i = Math.clamp(index, 0, results.probes().size() - 1);
    if (i == shown) {
      return;
    }
    shown = i;
    List<Probe> upTo = results.probes().subList(0, i + 1);
    Probe probe = upTo.getLast();
    boolean last = i == results.probes().size() - 1;
    List<LossPoint> losses =
        results.lossCurve().stream().filter(p -> p.step() <= probe.step()).toList();
    Probe lastFinite = upTo.reversed().stream().filter(Probe::finite).findFirst().orElse(null);
    charts.show(
        new RunSnapshot(
            slug,
            spec,
            results.status(),
            false,
            last ? results.message() : null,
            last ? results.step() : probe.step(),
            results.totalSteps(),
            0,
            0,
            results.baseline(),
            losses,
            probe,
            lastFinite),
        upTo);
    slider.setValue(i, I18n.t("share.at", probe.step(), results.totalSteps()));
    where.setText(I18n.t("share.at", probe.step(), results.totalSteps()));
    getElement().setAttribute("data-step", String.valueOf(probe.step()));
  }

  private void togglePlay() {
    if (playing != null) {
      stop();
      return;
    }
    if (shown >= results.probes().size() - 1) {
      show(0);
    }
    play.setText(I18n.t("share.pause"));
    var ui = getUI().orElseThrow();
    playing =
        ticker.scheduleAtFixedRate(
            () ->
                ui.access(
                    () -> {
                      if (shown >= results.probes().size() - 1) {
                        stop();
                      } else {
                        show(shown + 1);
                      }
                    }),
            PLAY_MILLIS,
            PLAY_MILLIS,
            TimeUnit.MILLISECONDS);
  }

  private void stop() {
    if (playing != null) {
      playing.cancel(false);
      playing = null;
    }
    play.setText(I18n.t("share.play"));
  }
}
