package gradflow.ui.compare;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.GradientHeatmap;
import gradflow.ui.run.RunStatusText;

/**
 * One side of the comparison: what it trains in a line, its status and progress, its gradient
 * heatmap, and its form folded away under "Edit A" / "Edit B".
 */
final class SideColumn extends Section {

  private final String name;
  private final SpecForm form;
  private final Span summary = new Span();
  private final Span status = new Span();
  private final Paragraph placeholder = new Paragraph();
  private final ProgressBar progress = new ProgressBar();
  private final GradientHeatmap heatmap;
  private final gradflow.ui.live.SideWhyCharts why;
  private int gridLayers = -1;
  private int gridSteps = -1;
  private boolean gridRelative;
  private gradflow.ui.share.ShareBox share;

  /**
   * @param ownsTask A holds the task, batch size and seed that both sides use; B only notes it
   */
  SideColumn(String name, SpecForm form, boolean ownsTask) {
    this.name = name;
    this.form = form;
    String id = name.toLowerCase();
    setId("side-" + id);
    addClassName("gf-compare-side");
    var heading = new H3(name);
    heading.setId("side-" + id + "-title");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    summary.setId("summary-" + id);
    summary.addClassName("gf-compare-summary");
    status.setId("status-" + id);
    status.getElement().setAttribute("aria-live", "polite");
    progress.setId("progress-" + id);
    progress.setMin(0);
    progress.setMax(1);
    progress.getElement().setAttribute("aria-label", CompareText.progressLabel(name));
    heatmap = new GradientHeatmap("heatmap-" + id, I18n.fill(CompareText.heatmapTitle(), name));
    var box = editor(ownsTask);
    var details = new Details(I18n.fill(CompareText.edit(), name), box);
    details.setId("edit-" + id);
    details.addClassName("gf-compare-edit");
    placeholder.setText(I18n.fill(CompareText.heatmapPlaceholder(), name));
    placeholder.addClassName("gf-caption");
    placeholder.addClassName("gf-compare-placeholder");
    why = new gradflow.ui.live.SideWhyCharts(id);
    add(heading, summary, status, progress, placeholder, heatmap, why, details);
    reset();
    // After the form's own listener, which may have built new layer cards with unscoped ids.
    form.editor()
        .addListener(
            change -> {
              showSummary();
              IdScope.prefix(box.getElement(), id + "-");
            });
    showSummary();
    IdScope.prefix(box.getElement(), id + "-");
  }

  private Div editor(boolean ownsTask) {
    var training =
        new Div(
            form.control("connection"),
            form.control("init.scheme"),
            form.control("training.optimizer"),
            form.control("training.learningRate"),
            form.control("training.steps"));
    training.addClassName("gf-fields");
    var shared =
        ownsTask
            ? new Div(
                form.control("task.kind"),
                form.control("task.length"),
                form.control("training.batchSize"),
                form.control("seed"))
            : new Div(sharedNote());
    shared.addClassName("gf-fields");
    var box =
        new Div(
            form.diagram(),
            form.layers(),
            training,
            form.control("init.spectralRadius"),
            form.control("training.clipNorm"),
            shared,
            form.problems());
    box.addClassName("gf-compare-form");
    return box;
  }

  /** A caption, so that it spans the whole row of fields. */
  private static Paragraph sharedNote() {
    var note = new Paragraph(CompareText.sharedNote());
    note.addClassName("gf-caption");
    return note;
  }

  /** Puts a side's Share box under its heatmap. */
  void addShare(gradflow.ui.share.ShareBox box) {
    share = box;
    addComponentAtIndex(indexOf(heatmap) + 1, box);
  }

  /** Offers the side's files once its run has ended. */
  void followRun() {
    if (share != null) {
      share.followRun();
    }
  }

  SpecForm form() {
    return form;
  }

  /** Back to before any run: no status, no progress, and a line where the heatmap will be. */
  void reset() {
    status.setText("");
    progress.setValue(0);
    progress.setVisible(false);
    heatmap.setVisible(false);
    why.reset();
    placeholder.setVisible(true);
    gridLayers = -1;
    gridSteps = -1;
    gridRelative = false;
    getElement().removeAttribute("data-status");
    getElement().removeAttribute("data-first-loss");
  }

  /**
   * @param held whether the lockstep holds this side: it is then waiting, not paused by anyone
   */
  void show(RunSnapshot run, boolean held) {
    if (run == null) {
      return;
    }
    progress.setVisible(true);
    status.setText(
        held && run.paused()
            ? CompareText.waiting(name, run.step(), name.equals("A") ? "B" : "A")
            : CompareText.sideStatus(name, RunStatusText.status(run)));
    progress.setValue(RunStatusText.fraction(run));
    getElement().setAttribute("data-status", run.status().id());
    getElement().setAttribute("data-step", String.valueOf(run.step()));
    if (!run.lossCurve().isEmpty()) {
      // Lets a test (or a curious teacher) check that identical stacks saw identical batches.
      getElement()
          .setAttribute("data-first-loss", String.valueOf(run.lossCurve().getFirst().loss()));
    }
  }

  /** Shows a probe's grid on the colour range both sides share. */
  void showGrid(double[][] grid, double min, double max) {
    showGrid(grid, min, max, false, "");
  }

  /**
   * Shows a grid on the shared colour range; {@code relative} when it holds ratios to the last step
   * or top layer, and a caption that says which probe it is.
   */
  void showGrid(double[][] grid, double min, double max, boolean relative, String caption) {
    // Visible before the chart is built, so that Chart.js measures a real box.
    heatmap.setVisible(true);
    placeholder.setVisible(false);
    int steps = grid.length == 0 ? 0 : grid[0].length;
    if (grid.length != gridLayers || steps != gridSteps || relative != gridRelative) {
      heatmap.reset(grid.length, steps, relative);
      gridLayers = grid.length;
      gridSteps = steps;
      gridRelative = relative;
    }
    heatmap.setViewCaption(caption);
    heatmap.show(grid, min, max);
  }

  /** The derivations of the probe the heatmap shows. */
  void showWhy(gradflow.engine.Probe probe) {
    why.show(probe);
  }

  private void showSummary() {
    summary.setText(SpecSummary.of(form.editor().spec()));
  }
}
