package gradflow.ui.compare;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import gradflow.engine.Probe;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparison;
import gradflow.ui.builder.Presets;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.ViolationText;
import gradflow.ui.live.GradientHeatmap;
import gradflow.ui.live.HeatmapView;
import gradflow.ui.live.HeatmapViewPicker;
import gradflow.ui.run.RunPresenter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Compare mode's content: the comparison lessons, one row of buttons for both runs, A and B side by
 * side with heatmaps on one colour scale, and both losses on one chart.
 */
public final class ComparePanel extends Div {

  public static String heading() {
    return CompareText.heading();
  }

  /** As often as the single run's panel: smooth, and never a backlog. */
  private static final long POLL_MILLIS = 150;

  /** How often the lockstep looks at the steps: no push, so it may be much more often. */
  private static final long LOCKSTEP_MILLIS = 10;

  private final RunScheduler scheduler;
  private final ScheduledExecutorService ticker;
  private final SideColumn sideA;
  private final SideColumn sideB;
  private final CompareLessonPicker lessons;
  private final CompareLossChart loss = new CompareLossChart();
  private final Button train = new Button(CompareText.train());
  private final Button pause = new Button(CompareText.pause());
  private final Button step = new Button(CompareText.step());
  private final Button reset = new Button(CompareText.reset());
  private final Button duplicate = new Button(CompareText.duplicate());
  private final Span message = new Span(CompareText.ready());
  private final Span stepLine = new Span();
  private final Span difference = new Span();
  private ComparePresenter presenter;

  /** The page's session, who runs and saves count against (known once attached). */
  private String clientId = "compare";

  private ScheduledFuture<?> polling;
  private ScheduledFuture<?> lockstep;
  private final HeatmapViewPicker viewPicker = new HeatmapViewPicker("compare-view", this::setView);
  private HeatmapView view = HeatmapView.LATEST;
  private ComparePresenter.Pair lastPair;
  private Probe shownA;
  private Probe shownB;

  public ComparePanel(
      Specs specs,
      List<Comparison> comparisons,
      RunScheduler scheduler,
      ScheduledExecutorService ticker,
      Consumer<Optional<Comparison>> opened) {
    this(
        specs,
        comparisons,
        scheduler,
        ticker,
        opened,
        new SpecEditor(specs),
        new SpecEditor(specs));
  }

  /**
   * @param editorA the spec of side A, which outlives this panel when the page is rebuilt in
   *     another language; likewise {@code editorB}
   */
  public ComparePanel(
      Specs specs,
      List<Comparison> comparisons,
      RunScheduler scheduler,
      ScheduledExecutorService ticker,
      Consumer<Optional<Comparison>> opened,
      SpecEditor editorA,
      SpecEditor editorB) {
    this(specs, comparisons, scheduler, ticker, opened, editorA, editorB, null);
  }

  /**
   * @param store where each side's Share box saves; null for a panel without them
   */
  public ComparePanel(
      Specs specs,
      List<Comparison> comparisons,
      RunScheduler scheduler,
      ScheduledExecutorService ticker,
      Consumer<Optional<Comparison>> opened,
      SpecEditor editorA,
      SpecEditor editorB,
      gradflow.experiment.ExperimentStore store) {
    this.scheduler = scheduler;
    this.ticker = ticker;
    setId("compare");
    addClassName("gf-compare");
    var presets = Presets.load(specs);
    sideA = new SideColumn("A", new SpecForm(editorA, presets), true);
    sideB = new SideColumn("B", new SpecForm(editorB, presets), false);
    if (store != null) {
      sideA.addShare(shareBox("share-a", store, specs, editorA, Lockstep.Side.A));
      sideB.addShare(shareBox("share-b", store, specs, editorB, Lockstep.Side.B));
    }
    lessons = new CompareLessonPicker(comparisons, this::load, opened);
    train.setId("train-both");
    pause.setId("pause-both");
    step.setId("step-both");
    reset.setId("reset-both");
    duplicate.setId("duplicate-to-b");
    train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    train.addClickListener(e -> train(false));
    pause.addClickListener(e -> togglePause());
    step.addClickListener(
        e -> {
          if (presenter.hasRuns()) {
            presenter.stepOnce();
          } else {
            train(true);
          }
        });
    reset.addClickListener(e -> reset());
    duplicate.addClickListener(e -> duplicate());
    message.setId("compare-message");
    message.getElement().setAttribute("aria-live", "polite");
    stepLine.setId("compare-step");
    difference.setId("loss-difference");
    difference.addClassName("gf-compare-difference");
    var buttons = new Div(train, pause, step, reset, duplicate);
    buttons.addClassName("gf-run-buttons");
    var lines = new Div(message, stepLine, difference);
    lines.addClassName("gf-compare-lines");
    var sides = new Div(sideA, sideB);
    sides.addClassName("gf-compare-sides");
    loss.setVisible(false);
    add(lessons, buttons, lines, viewPicker, sides, loss);
    enableControls(false, false);
  }

  private gradflow.ui.share.ShareBox shareBox(
      String id,
      gradflow.experiment.ExperimentStore store,
      Specs specs,
      SpecEditor editor,
      Lockstep.Side side) {
    return new gradflow.ui.share.ShareBox(
        id,
        store,
        specs,
        editor::runnableSpec,
        () -> presenter == null ? Optional.empty() : presenter.runOf(side),
        () -> clientId);
  }

  /** Opens a comparison lesson by id (from the URL); an unknown id leaves the page as it is. */
  public void open(String id) {
    lessons.select(id);
  }

  /** Shows a comparison lesson as chosen without loading it again (after a language switch). */
  public void showChosen(String id) {
    lessons.showChosen(id);
  }

  private void load(Comparison comparison) {
    reset();
    setView(comparison.view());
    sideA.form().editor().load(comparison.a());
    sideB.form().editor().load(comparison.b());
  }

  SpecEditor editorA() {
    return sideA.form().editor();
  }

  SpecEditor editorB() {
    return sideB.form().editor();
  }

  /** Copies all of A into B: the student then changes one thing in B. */
  void duplicate() {
    sideB.form().editor().load(sideA.form().editor().spec());
    message.setText(CompareText.duplicated());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var session = event.getSession().getSession();
    clientId = session == null ? "ui-" + event.getUI().getUIId() : session.getId();
    presenter = new ComparePresenter(scheduler, clientId);
    var ui = event.getUI();
    polling =
        ticker.scheduleAtFixedRate(
            () -> presenter.poll().ifPresent(pair -> ui.access(() -> show(pair))),
            POLL_MILLIS,
            POLL_MILLIS,
            TimeUnit.MILLISECONDS);
    lockstep =
        ticker.scheduleAtFixedRate(
            presenter::keepInStep, LOCKSTEP_MILLIS, LOCKSTEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      polling.cancel(false);
      lockstep.cancel(false);
    }
    // A closed tab must not leave its two runs using the machine.
    presenter.stop();
  }

  /** Train both (or Restart both), or with {@code oneStep} both paused after their first step. */
  private void train(boolean oneStep) {
    var a = sideA.form().editor().runnableSpec();
    var b = sideB.form().editor().runnableSpec();
    if (a.isEmpty() || b.isEmpty()) {
      var side = a.isEmpty() ? sideA : sideB;
      message.setText(
          I18n.fill(CompareText.fixFirst(), a.isEmpty() ? "A" : "B")
              + " "
              + String.join(" ", side.form().errorSentences()));
      return;
    }
    var started = presenter.trainBoth(a.get(), b.get(), oneStep);
    if (!started.both()) {
      message.setText(
          refusal(started.a(), "A").orElseGet(() -> refusal(started.b(), "B").orElse("")));
      return;
    }
    getElement().setAttribute("data-running", "");
    shownA = null;
    shownB = null;
    sideA.reset();
    sideB.reset();
    loss.setVisible(true);
    loss.reset(((RunPresenter.Started) started.a()).run().baseline());
    difference.setText("");
    pause.setText(oneStep ? CompareText.resume() : CompareText.pause());
    message.setText("");
    enableControls(true, true);
  }

  private static Optional<String> refusal(RunPresenter.Start start, String side) {
    return switch (start) {
      case RunPresenter.Started s -> Optional.empty();
      // Compare mode submits to the scheduler, never through a class.
      case RunPresenter.Refused refused -> Optional.of(refused.message());
      case RunPresenter.Busy busy ->
          Optional.of(CompareText.busy(busy.clientLimit(), busy.retryAfterSeconds()));
      case RunPresenter.Invalid invalid ->
          Optional.of(
              CompareText.refused(
                  side,
                  invalid.violations().isEmpty()
                      ? CompareText.unreadable()
                      : ViolationText.message(invalid.violations().getFirst(), I18n.current())));
    };
  }

  private void togglePause() {
    presenter.togglePause();
    pause.setText(presenter.isUserPaused() ? CompareText.resume() : CompareText.pause());
  }

  private void reset() {
    if (presenter != null) {
      presenter.stop();
    }
    lastPair = null;
    getElement().removeAttribute("data-running");
    loss.setVisible(false);
    sideA.reset();
    sideB.reset();
    message.setText(CompareText.ready());
    stepLine.setText("");
    difference.setText("");
    pause.setText(CompareText.pause());
    enableControls(false, false);
  }

  /** What both heatmaps show: a comparison lesson's own choice, or the student's. */
  private void setView(HeatmapView chosen) {
    view = chosen;
    viewPicker.set(chosen);
    shownA = null;
    shownB = null;
    if (lastPair != null) {
      showHeatmaps(lastPair.a(), lastPair.b());
    }
  }

  private void show(ComparePresenter.Pair pair) {
    lastPair = pair;
    RunSnapshot a = pair.a();
    RunSnapshot b = pair.b();
    sideA.show(a, pair.held().equals(Optional.of(Lockstep.Side.A)));
    sideB.show(b, pair.held().equals(Optional.of(Lockstep.Side.B)));
    sideA.followRun();
    sideB.followRun();
    showHeatmaps(a, b);
    loss.show(a, b);
    if (a != null && b != null) {
      stepLine.setText(Lockstep.describe(a, b));
      getElement().setAttribute("data-shared-step", String.valueOf(Lockstep.sharedStep(a, b)));
      enableControls(!(a.status().isFinal() && b.status().isFinal()), true);
    }
    LossDifference.text(a, b).ifPresent(difference::setText);
  }

  /** Both heatmaps, each the probe the view picks, on the colour range of both together. */
  private void showHeatmaps(RunSnapshot a, RunSnapshot b) {
    Probe probeA = pick(a, Lockstep.Side.A);
    Probe probeB = pick(b, Lockstep.Side.B);
    if (probeA == shownA && probeB == shownB) {
      return;
    }
    double[] range =
        probeA == null
            ? GradientHeatmap.sharedRange(grid(probeB))
            : probeB == null
                ? GradientHeatmap.sharedRange(grid(probeA))
                : GradientHeatmap.sharedRange(grid(probeA), grid(probeB));
    if (probeA != null) {
      sideA.showGrid(grid(probeA), range[0], range[1], view.relative(), caption(probeA));
      sideA.showWhy(probeA);
    }
    if (probeB != null) {
      sideB.showGrid(grid(probeB), range[0], range[1], view.relative(), caption(probeB));
      sideB.showWhy(probeB);
    }
    getElement().setAttribute("data-range-min", String.valueOf(range[0]));
    getElement().setAttribute("data-range-max", String.valueOf(range[1]));
    shownA = probeA;
    shownB = probeB;
  }

  private Probe pick(RunSnapshot run, Lockstep.Side side) {
    if (run == null || run.latestProbe() == null) {
      return null;
    }
    var probes = presenter == null ? List.<Probe>of() : presenter.probes(side);
    return probes.isEmpty() ? run.latestProbe() : view.pick(probes);
  }

  private String caption(Probe probe) {
    var grid = probe.hiddenGrad();
    return HeatmapViewPicker.caption(view, probe, grid.length > 0 && grid[0].length == 1);
  }

  private double[][] grid(Probe probe) {
    return probe == null ? new double[0][] : view.grid(probe);
  }

  /**
   * @param running whether either side still trains
   * @param started whether a comparison exists (going or ended): Train both then starts it over
   */
  private void enableControls(boolean running, boolean started) {
    train.setText(started ? CompareText.restart() : CompareText.train());
    pause.setEnabled(running);
    step.setEnabled(running || !started);
  }
}
