package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import gradflow.classroom.ClassRun;

/**
 * The instructor's actions on a gallery card: show the run to the class (its saved page under a
 * {@link ShownBanner}, in a new tab for the projector), pick it for a side-by-side comparison, hide
 * it from the students or show it again.
 */
final class CardActions {
  /** Hides a run (true) or shows it again (false). */
  interface Hider {
    void hide(String runId, boolean hidden);
  }

  CardActions(RunCard card, CompareChoice compare, Hider hider) {
    ClassRun run = card.run();
    String who = run.nickname();
    var show = new Anchor(ShownBanner.link(run), ClassText.t("teach.card.show"));
    show.setId("show-" + run.id());
    show.setTarget(AnchorTarget.BLANK);
    show.getElement().setAttribute("aria-label", ClassText.t("teach.card.showNamed", who));
    show.addClassName("gf-card-show");
    var pick = new Checkbox(ClassText.t("teach.card.compare"));
    pick.setId("compare-" + run.id());
    pick.setAriaLabel(ClassText.t("teach.card.compareNamed", who));
    pick.setValue(compare.isPicked(run));
    pick.addValueChangeListener(e -> compare.pick(run, e.getValue()));
    var hide = new Button(ClassText.t(run.hidden() ? "teach.card.unhide" : "teach.card.hide"));
    hide.setId("hide-" + run.id());
    hide.setAriaLabel(
        ClassText.t(run.hidden() ? "teach.card.unhideNamed" : "teach.card.hideNamed", who));
    hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    hide.addClickListener(e -> hider.hide(run.id(), !run.hidden()));
    card.actions().add(show, pick, hide);
    if (run.hidden()) {
      var note = new com.vaadin.flow.component.html.Span(ClassText.t("teach.card.hidden"));
      note.addClassName("gf-caption");
      card.actions().add(note);
    }
  }
}
