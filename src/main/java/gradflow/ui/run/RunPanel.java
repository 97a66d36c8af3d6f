package gradflow.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.Violation;
import gradflow.ui.live.LiveCharts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Train, pause, one step and reset, with the progress and the status in words. It polls its run at
 * a bounded rate and pushes only the newest state to the browser; when the page goes away, its run
 * is cancelled.
 */
public class RunPanel extends Div {

  /** About seven pushes a second: smooth charts, and never a backlog. */
  static final Duration POLL = Duration.ofMillis(150);

  private final RunScheduler scheduler;
  private final ScheduledExecutorService ticker;
  private final Supplier<ExperimentSpec> spec;
  private final Consumer<List<Violation>> onInvalid;
  private final LiveCharts charts;
  private final Button train = new Button("Train");
  private final Button pause = new Button("Pause");
  private final Button step = new Button("One step");
  private final Button reset = new Button("Reset");
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span("Ready: build a stack, then press Train.");
  private final Span numbers = new Span();
  private RunPresenter presenter;
  private ScheduledFuture<?> polling;

  public RunPanel(
      RunScheduler scheduler,
      ScheduledExecutorService ticker,
      Supplier<ExperimentSpec> spec,
      Consumer<List<Violation>> onInvalid,
      LiveCharts charts) {
    this.scheduler = scheduler;
    this.ticker = ticker;
    this.spec = spec;
    this.onInvalid = onInvalid;
    this.charts = charts;
    addClassName("gf-run-panel");
    train.setId("train");
    pause.setId("pause");
    step.setId("step");
    reset.setId("reset");
    train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    train.addClickListener(e -> train());
    pause.addClickListener(e -> presenter.togglePause());
    step.addClickListener(e -> presenter.stepOnce());
    reset.addClickListener(e -> reset());
    progress.setId("run-progress");
    progress.setMin(0);
    progress.setMax(1);
    status.setId("run-status");
    status.getElement().setAttribute("aria-live", "polite");
    numbers.setId("run-numbers");
    numbers.addClassName("gf-run-numbers");
    var buttons = new Div(train, pause, step, reset);
    buttons.addClassName("gf-run-buttons");
    add(buttons, progress, status, numbers);
    enableControls(false);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var session = event.getSession().getSession();
    presenter =
        new RunPresenter(
            scheduler, session == null ? "ui-" + event.getUI().getUIId() : session.getId());
    var ui = event.getUI();
    polling =
        ticker.scheduleAtFixedRate(
            () -> presenter.poll().ifPresent(snapshot -> ui.access(() -> show(snapshot))),
            POLL.toMillis(),
            POLL.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      polling.cancel(false);
    }
    // A closed tab must not leave its run using a share of the machine.
    presenter.stop();
  }

  private void train() {
    var current = spec.get();
    if (current == null) {
      return;
    }
    switch (presenter.train(current)) {
      case RunPresenter.Started started -> {
        onInvalid.accept(List.of());
        charts.reset(current.layers().size(), current.training().steps(), started.run().baseline());
        status.setText("Starting…");
        progress.setValue(0);
        enableControls(true);
      }
      case RunPresenter.Busy busy ->
          status.setText(busy.message() + " Try again in " + busy.retryAfterSeconds() + " s.");
      case RunPresenter.Invalid invalid -> {
        onInvalid.accept(invalid.violations());
        status.setText("The spec has a problem: " + invalid.violations().getFirst().message());
      }
    }
  }

  private void reset() {
    presenter.stop();
    progress.setValue(0);
    status.setText("Ready: build a stack, then press Train.");
    numbers.setText("");
    enableControls(false);
  }

  private void show(RunSnapshot run) {
    status.setText(RunStatusText.status(run));
    numbers.setText(RunStatusText.progress(run));
    progress.setValue(RunStatusText.fraction(run));
    pause.setText(run.paused() ? "Resume" : "Pause");
    enableControls(!run.status().isFinal());
    status.getElement().setAttribute("data-status", run.status().id());
    charts.show(run, clippedFraction());
  }

  private double clippedFraction() {
    var probes = presenter.run().map(r -> r.probes()).orElse(List.of());
    if (probes.isEmpty()) {
      return 0;
    }
    return probes.stream().filter(Probe::clipped).count() / (double) probes.size();
  }

  private void enableControls(boolean running) {
    pause.setEnabled(running);
    step.setEnabled(running);
  }
}
