package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.classroom.ClassRun;
import gradflow.experiment.SettingsTable;
import gradflow.ui.live.Numbers;

/**
 * One finished run in the gallery: who, the swept setting's value, a small heatmap of its last
 * probe's gradient, and how it ended. The instructor's card adds its actions ({@link Gallery}).
 */
final class RunCard extends Div {
  private final ClassRun run;
  private final Div actions = new Div();
  private final Image picture;

  RunCard(ClassRun run, SettingsTable table) {
    this.run = run;
    setId("run-card-" + run.id());
    addClassName("gf-run-card");
    getElement().setAttribute("role", "listitem");
    getElement().setAttribute("data-nickname", run.nickname());
    var name = new H3(run.nickname());
    add(name);
    if (run.sweepPath() != null && run.sweepValue() != null) {
      var swept =
          new Paragraph(
              ClassText.setting(table, run.sweepPath())
                  + " = "
                  + ClassText.value(run.sweepValue()));
      swept.addClassName("gf-run-card-value");
      add(swept);
    }
    if (hasHeatmap(run)) {
      picture = new Image();
      picture.setAlt(alt(run));
      picture.addClassName("gf-run-card-heatmap");
      add(picture);
    } else {
      picture = null;
    }
    var outcome = new Paragraph(ClassText.outcome(run));
    outcome.addClassName(run.diverged() ? "gf-run-card-diverged" : "gf-run-card-outcome");
    add(outcome);
    if (run.gradientRatio() != null) {
      var ratio =
          new Paragraph(ClassText.t("class.run.ratio", Numbers.format(run.gradientRatio())));
      ratio.addClassName("gf-caption");
      add(ratio);
    }
    actions.addClassName("gf-run-card-actions");
    add(actions);
    showHidden();
  }

  ClassRun run() {
    return run;
  }

  static boolean hasHeatmap(ClassRun run) {
    return run.heatmap() != null && run.heatmap().log10().length > 0;
  }

  /** Draws the heatmap on the gallery's shared colour range [lo, hi] of log10. */
  void paint(double lo, double hi) {
    if (picture != null) {
      picture.setSrc(HeatmapPicture.dataUrl(run.heatmap(), lo, hi));
    }
  }

  Div actions() {
    return actions;
  }

  void showHidden() {
    getElement().getClassList().set("gf-run-card-hidden", run.hidden());
  }

  private static String alt(ClassRun run) {
    var h = run.heatmap();
    return ClassText.t("class.run.heatmapAlt", h.layers().length, h.steps().length);
  }
}
