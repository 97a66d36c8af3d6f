package gradflow.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.ViolationText;
import gradflow.ui.live.LiveCharts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Train, pause, one step and reset, with the progress and the status in words. It polls its run at
 * a bounded rate and pushes only the newest state to the browser; when the page goes away, its run
 * is cancelled.
 *
 * <p>Each button says what it will do now: Train reads "Restart" once a run exists, because it then
 * throws that run away; One step works from ready (it starts a paused run); Reset takes the charts
 * away with the run.
 */
public class RunPanel extends Div {

  /** About seven pushes a second: smooth charts, and never a backlog. */
  static final Duration POLL = Duration.ofMillis(150);

  private final RunPresenter presenter;
  private final ScheduledExecutorService ticker;
  private final Supplier<Trainable> spec;
  private final LiveCharts charts;
  private final Button train = new Button(I18n.t("run.train"));
  private final Button pause = new Button(I18n.t("run.pause"));
  private final Button step = new Button(I18n.t("run.step"));
  private final Button reset = new Button(I18n.t("run.reset"));
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span(I18n.t("run.ready"));
  private final Span numbers = new Span();
  private final UnorderedList problems = new UnorderedList();
  private ScheduledFuture<?> polling;
  private final List<java.util.function.Consumer<RunSnapshot>> snapshotListeners =
      new java.util.ArrayList<>();

  /**
   * @param presenter the page's run, which outlives this panel when the page is rebuilt in another
   *     language; its owner stops it when the page goes away
   */
  public RunPanel(
      RunPresenter presenter,
      ScheduledExecutorService ticker,
      Supplier<Trainable> spec,
      LiveCharts charts) {
    this.presenter = presenter;
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
    train.addClickListener(e -> start(false));
    pause.addClickListener(e -> presenter.togglePause());
    step.addClickListener(
        e -> {
          if (presenter.run().isPresent()) {
            presenter.stepOnce();
          } else {
            start(true);
          }
        });
    reset.addClickListener(e -> reset());
    progress.setId("run-progress");
    progress.getElement().setAttribute("aria-label", I18n.t("run.progress.label"));
    progress.setMin(0);
    progress.setMax(1);
    status.setId("run-status");
    status.getElement().setAttribute("aria-live", "polite");
    numbers.setId("run-numbers");
    numbers.addClassName("gf-run-numbers");
    problems.setId("run-problems");
    problems.addClassName("gf-run-problems");
    problems.setVisible(false);
    var buttons = new Div(train, pause, step, reset);
    buttons.addClassName("gf-run-buttons");
    add(buttons, progress, status, problems, numbers);
    enableControls(null);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var ui = event.getUI();
    // A run that outlived the previous panel (a language switch) is shown again from its start.
    presenter
        .run()
        .ifPresent(
            run -> {
              getElement().setAttribute("data-run-id", run.id());
              charts.reset(
                  run.spec().layers().size(), run.spec().training().steps(), run.baseline());
              show(run.snapshot());
            });
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
  }

  /** Train (or Restart), or with {@code oneStep} a paused run that takes its first step. */
  private void start(boolean oneStep) {
    var checked = spec.get();
    showProblems(checked.problems());
    if (checked.spec().isEmpty()) {
      status.setText(I18n.t("run.fixFirst"));
      return;
    }
    var current = checked.spec().get();
    switch (oneStep ? presenter.trainOneStep(current) : presenter.train(current)) {
      case RunPresenter.Started started -> {
        // Lets a browser test (or a curious student) find the run in the REST API.
        getElement().setAttribute("data-run-id", started.run().id());
        charts.reset(current.layers().size(), current.training().steps(), started.run().baseline());
        status.setText(I18n.t("run.starting"));
        progress.setValue(0);
        enableControls(started.run().snapshot());
      }
      case RunPresenter.Busy busy ->
          status.setText(
              I18n.t(
                  busy.clientLimit() ? "run.busy.client" : "run.busy.server",
                  busy.retryAfterSeconds()));
      case RunPresenter.Refused refused -> status.setText(refused.message());
      case RunPresenter.Invalid invalid ->
          status.setText(
              invalid.violations().isEmpty()
                  ? I18n.t("run.unreadable")
                  : I18n.t(
                      "run.refused",
                      ViolationText.message(invalid.violations().getFirst(), I18n.current())));
    }
  }

  private void reset() {
    presenter.stop();
    getElement().removeAttribute("data-run-id");
    status.getElement().removeAttribute("data-status");
    progress.setValue(0);
    status.setText(I18n.t("run.ready"));
    numbers.setText("");
    showProblems(List.of());
    charts.clear();
    enableControls(null);
  }

  /** The problems that stop Train, under the status that says to fix them; none hides the list. */
  private void showProblems(List<String> sentences) {
    problems.removeAll();
    sentences.forEach(sentence -> problems.add(new ListItem(sentence)));
    problems.setVisible(!sentences.isEmpty());
  }

  /** Hears every state of the page's run that is shown, and a null when Reset takes it away. */
  public void addSnapshotListener(java.util.function.Consumer<RunSnapshot> listener) {
    snapshotListeners.add(listener);
  }

  private void show(RunSnapshot run) {
    snapshotListeners.forEach(l -> l.accept(run));
    status.setText(RunStatusText.status(run));
    numbers.setText(RunStatusText.progress(run));
    progress.setValue(RunStatusText.fraction(run));
    pause.setText(I18n.t(run.paused() ? "run.resume" : "run.pause"));
    enableControls(run);
    status.getElement().setAttribute("data-status", run.status().id());
    charts.show(run, presenter.run().map(r -> r.probes()).orElse(List.of()));
    presenter.shown(run);
  }

  /** The buttons for a run's state; null: no run, ready to start one. */
  private void enableControls(RunSnapshot run) {
    boolean going = run != null && !run.status().isFinal();
    train.setText(I18n.t(run == null ? "run.train" : "run.restart"));
    pause.setEnabled(going);
    step.setEnabled(run == null || going);
  }
}
