package gradflow.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.live.LiveCharts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
  private final Supplier<Optional<ExperimentSpec>> spec;
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
      Supplier<Optional<ExperimentSpec>> spec,
      LiveCharts charts) {
    this.scheduler = scheduler;
    this.ticker = ticker;
    this.spec = spec;
    this.charts = charts;
    addClassName("gf-run-panel");
    setId("run-panel");
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
    progress.getElement().setAttribute("aria-label", "Training progress");
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
    var checked = spec.get();
    if (checked.isEmpty()) {
      status.setText("Fix the problems marked in the form first, then press Train again.");
      return;
    }
    var current = checked.get();
    switch (presenter.train(current)) {
      case RunPresenter.Started started -> {
        // Lets a browser test (or a curious student) find the run in the REST API.
        getElement().setAttribute("data-run-id", started.run().id());
        charts.reset(current.layers().size(), current.training().steps(), started.run().baseline());
        status.setText("Starting…");
        progress.setValue(0);
        enableControls(true);
      }
      case RunPresenter.Busy busy ->
          status.setText(busy.message() + " Try again in " + busy.retryAfterSeconds() + " s.");
      case RunPresenter.Invalid invalid ->
          status.setText(
              invalid.violations().isEmpty()
                  ? "The server could not read this spec."
                  : "The server refused this spec: " + invalid.violations().getFirst().message());
    }
  }

  private void reset() {
    presenter.stop();
    getElement().removeAttribute("data-run-id");
    status.getElement().removeAttribute("data-status");
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
    charts.show(run, presenter.run().map(r -> r.probes()).orElse(List.of()));
  }

  private void enableControls(boolean running) {
    pause.setEnabled(running);
    step.setEnabled(running);
  }
}
